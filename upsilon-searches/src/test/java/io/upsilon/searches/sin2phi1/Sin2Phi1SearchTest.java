package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the measurement end to end, on two threads and one. */
class Sin2Phi1SearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("sin2phi1", one, 2);
        QuickRuns.run("sin2phi1", two, 1);
    }

    private static JsonNode result(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    }

    @Test
    void sAndCAreRecoveredAtTheirInputs() throws Exception {
        JsonNode r = result(one);
        for (String sample : new String[] {"data", "cp_null"}) {
            JsonNode s = r.get(sample);
            assertThat(s.get("converged").asBoolean()).isTrue();
            double err = s.get("s_err").asDouble();
            // A tenth of the luminosity: sigma(S) ~ 0.2 (3 x Belle II's 0.062).
            assertThat(err).as(sample).isBetween(0.1, 0.4);
            assertThat(s.get("s").asDouble())
                    .as(sample)
                    .isCloseTo(s.get("input_s").asDouble(), org.assertj.core.api.Assertions.within(3 * err));
            assertThat(s.get("c").asDouble())
                    .as(sample)
                    .isCloseTo(
                            0.0,
                            org.assertj.core.api.Assertions.within(
                                    3 * s.get("c_err").asDouble()));
            // The truth-level fit (generated Delta t, perfect tags) checks the sign conventions.
            assertThat(s.get("truth_fit_s").asDouble())
                    .as(sample)
                    .isCloseTo(
                            s.get("input_s").asDouble(),
                            org.assertj.core.api.Assertions.within(
                                    3 * s.get("truth_fit_s_err").asDouble()));
            // Every generated event holds one signal decay; 69 % K_S0 -> pi+ pi-, times the
            // reconstruction: between 20 and 50 % are selected.
            assertThat(s.get("efficiency").asDouble()).as(sample).isBetween(0.2, 0.5);
        }
    }

    @Test
    void theStatisticalErrorAtTheFullLuminosityIsNearBelleIIs() throws Exception {
        JsonNode r = result(one);
        double scaled = r.get("data").get("s_err_at_full_luminosity").asDouble();
        double belle2 = r.get("belle2").get("s_stat").asDouble();
        // Same order: a perfect-resolution, background-free simulation may be better, a worse
        // resolution worse; a factor 1.5 either way (quick-mode statistics make it ~15 % uncertain).
        assertThat(scaled).isBetween(belle2 / 1.5, belle2 * 1.5);
    }

    @Test
    void theToysArePulledCorrectly() throws Exception {
        JsonNode t = result(one).get("toys");
        assertThat(t.get("count").asInt()).isEqualTo(50);
        // 50 toys: mean known to +-0.14, width to +-0.1; 3 sigma.
        assertThat(Math.abs(t.get("s_pull_mean").asDouble())).isLessThan(0.42);
        assertThat(t.get("s_pull_width").asDouble()).isBetween(0.7, 1.3);
        assertThat(Math.abs(t.get("c_pull_mean").asDouble())).isLessThan(0.42);
        assertThat(t.get("c_pull_width").asDouble()).isBetween(0.7, 1.3);
    }

    @Test
    void theResolutionFunctionHasACoreAndATail() throws Exception {
        JsonNode res = result(one).get("resolution");
        assertThat(res.get("s_core").asDouble()).isBetween(0.5, 3.0);
        assertThat(res.get("s_tail").asDouble()).isGreaterThan(res.get("s_core").asDouble());
        assertThat(res.get("f_tail").asDouble()).isBetween(0.0, 0.5);
    }

    @Test
    void writesThePlotsAndIsTheSameOnOneAndTwoThreads() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "result.json",
                        "summary.json",
                        "cutflow.csv",
                        "report.html",
                        "toys.csv",
                        "deltat_fit.png",
                        "asymmetry.png",
                        "resolution.png",
                        "toy_pulls_s.png");
        QuickRuns.assertIdenticalOutputs(one, two);
    }
}

package io.upsilon.searches.charmlifetimes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the measurement end to end (12000 c cbar events), on two threads and one. */
class CharmLifetimesSearchTest {
    private static final String[] MODES = {"d0", "dplus", "lambdac"};

    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("charm-lifetimes", one, 2);
        QuickRuns.run("charm-lifetimes", two, 1);
    }

    private static JsonNode modes() throws Exception {
        JsonNode s = new ObjectMapper().readTree(one.resolve("summary.json").toFile());
        JsonNode r = s.has("result") ? s.get("result") : s.get("search").get("result");
        return r.get("modes");
    }

    @Test
    void eachLifetimeIsRecoveredWithinItsError() throws Exception {
        for (String mode : MODES) {
            JsonNode m = modes().get(mode);
            assertThat(m.get("fit_ok").asBoolean()).as(mode).isTrue();
            double err = m.get("tau_error_fs").asDouble();
            double tau = m.get("tau_generated_fs").asDouble();
            // Quick mode: a few hundred to a few thousand candidates, so 1 % to 10 % errors.
            assertThat(err).as(mode).isBetween(0.005 * tau, 0.15 * tau);
            // Closure against the generator's lifetime: 3.5 sigma (three modes, so a 3 sigma
            // fluctuation somewhere is not rare; 3.5 sigma has a 0.14 % chance across the three).
            assertThat(Math.abs(m.get("closure_sigma").asDouble())).as(mode).isLessThan(3.5);
            // The truth: generated proper times of the matched candidates average to the lifetime
            // (no decay-time-dependent selection), 4 sigma.
            assertThat(m.get("generated_time_mean_of_matched_fs").asDouble())
                    .as(mode)
                    .isCloseTo(
                            tau,
                            org.assertj.core.api.Assertions.within(
                                    4 * m.get("generated_time_mean_error_fs").asDouble()));
            // The per-event errors are right: (t - t_true) / sigma_t has unit width (to +-0.1 for
            // >= 250 matched candidates: the width's error is ~ 1/sqrt(2 N) <= 0.045).
            assertThat(m.get("resolution_pull_width").asDouble()).as(mode).isBetween(0.9, 1.1);
            assertThat(m.get("truth_matched_candidates").asInt()).as(mode).isGreaterThan(250);
        }
    }

    @Test
    void theBackgroundIsMeasuredInTheSidebands() throws Exception {
        // D0 from D*+ is nearly background-free (Belle II: 99.8 % pure); the untagged D+ is not.
        assertThat(modes().get("d0").get("background_fraction").asDouble()).isLessThan(0.02);
        assertThat(modes().get("dplus").get("background_fraction").asDouble()).isBetween(0.02, 0.3);
        assertThat(modes().get("dplus").get("background_shape_fitted").asBoolean())
                .isTrue();
    }

    @Test
    void theToysRunAndTheStatisticalErrorIsScaled() throws Exception {
        for (String mode : MODES) {
            JsonNode m = modes().get(mode);
            JsonNode t = m.get("toys");
            assertThat(t.get("count").asInt()).as(mode).isEqualTo(10);
            assertThat(t.get("failed").asInt()).as(mode).isZero();
            // 10 toys: the width is known to ~25 %; a broken error would be off by far more.
            assertThat(t.get("pull_width").asDouble()).as(mode).isBetween(0.4, 2.0);
            double scaled = m.get("stat_error_at_published_luminosity_fs").asDouble();
            // sigma x sqrt(N_fit / N_expected) with N_expected >> N_fit: below the fit's own error,
            // and within a factor 10 of Belle II's (the yields differ, docs/charm-lifetimes.md).
            assertThat(scaled).as(mode).isLessThan(m.get("tau_error_fs").asDouble());
            assertThat(scaled)
                    .as(mode)
                    .isBetween(
                            m.get("published_stat_fs").asDouble() / 10,
                            m.get("published_stat_fs").asDouble() * 10);
        }
    }

    @Test
    void writesThePlotsAndIsTheSameOnOneAndTwoThreads() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "summary.json",
                        "cutflow.csv",
                        "report.html",
                        "decay_time_d0.png",
                        "decay_time_dplus.png",
                        "decay_time_lambdac.png",
                        "mass_d0.png",
                        "mass_lambdac.png",
                        "toy_pulls.png");
        QuickRuns.assertIdenticalOutputs(one, two);
    }
}

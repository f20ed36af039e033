package io.upsilon.searches.llpscalar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the search end to end, on two threads and one. */
class LlpScalarSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("llp-scalar", one, 2);
        QuickRuns.run("llp-scalar", two, 1);
    }

    private static JsonNode result(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    }

    @Test
    void eachFinalStateIsScannedWithAboutTwoThousandHypotheses() throws Exception {
        JsonNode r = result(one);
        for (String fs : List.of("mumu", "pipi")) {
            JsonNode c = r.get(fs);
            // Steps of half the resolution (a few MeV) over ~4.6 GeV of reduced mass.
            assertThat(c.get("hypotheses").asInt()).as(fs).isBetween(1000, 4000);
            for (JsonNode res : c.get("resolution")) {
                // The two-track mass resolution of the card's tracker: a few MeV (not 0, not 50).
                assertThat(res.get("sigma_gev").asDouble()).as(fs).isBetween(0.0005, 0.02);
            }
            assertThat(c.get("toys").asInt()).isEqualTo(20);
            double p = c.get("global_p").asDouble();
            assertThat(p).isBetween(1.0 / 21, 1.0);
            // The look-elsewhere effect: among ~2000 hypotheses the largest local excess is far more
            // probable than its local p-value says (trials factor > 1) whenever there is an excess.
            if (c.get("max_local_z").asDouble() > 1) {
                assertThat(p).as(fs).isGreaterThan(c.get("local_p").asDouble());
            }
            // An event of the pseudo-data alone over ~1 expected background event in 4.6 GeV makes a
            // local excess of ~3.5 sigma (q0 = 2 ln(g/b)); none, none.
            if (c.get("pseudo_data_events").asInt() > 0) {
                assertThat(c.get("max_local_z").asDouble()).as(fs).isGreaterThan(2);
            }
        }
    }

    @Test
    void theSignalEfficiencyAndLimitsAreThoseOfADisplacedVertexSearch() throws Exception {
        JsonNode r = result(one);
        for (String fs : List.of("mumu", "pipi")) {
            for (JsonNode s : r.get(fs).get("signal")) {
                // Full B reconstruction of K+ S at c tau = 1 cm: tens of percent (Belle II's efficiencies
                // reach a few tens of percent), neither nothing nor everything.
                assertThat(s.get("efficiency").asDouble()).as(fs).isBetween(0.05, 0.7);
            }
            JsonNode lim = r.get(fs).get("limits").get(0);
            assertThat(lim.get("ctau_cm").asDouble()).isEqualTo(1.0);
            // With a few background events per window: ~3 / (2 x 9e7 B+B- x 0.2-0.3) ~ 1e-7 x (1-3).
            assertThat(lim.get("best_expected").asDouble()).as(fs).isBetween(1e-9, 1e-6);
        }
    }

    @Test
    void writesThePlotsAndIsTheSameOnOneAndTwoThreads() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "result.json",
                        "summary.json",
                        "cutflow.csv",
                        "report.html",
                        "scan_mumu.csv",
                        "limits_mumu.png",
                        "limits_pipi.png",
                        "mred_mumu.png",
                        "significance_mumu.png",
                        "sintheta_mumu.png",
                        "efficiency_radius.png");
        // One line per hypothesis and a header.
        long lines = Files.readAllLines(one.resolve("scan_mumu.csv")).size();
        assertThat(lines).isEqualTo(result(one).get("mumu").get("hypotheses").asInt() + 1L);
        QuickRuns.assertIdenticalOutputs(one, two);
    }
}

package io.upsilon.searches.alp3gamma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.CutFlowCsv;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the ALP search end to end. */
class Alp3GammaSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("alp-3gamma", one, 1);
        QuickRuns.run("alp-3gamma", two, 2);
    }

    @Test
    void sameSeedGivesIdenticalOutputsOnOneAndTwoThreads() throws Exception {
        QuickRuns.assertIdenticalOutputs(one, two);
    }

    @Test
    void writesEveryOutput() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "summary.json",
                        "limits.csv",
                        "cutflow.csv",
                        "report.html",
                        "gagg_limits.png",
                        "diphoton_mass.png",
                        "sigma_limits.png",
                        "hepdata/submission.yaml",
                        "hepdata/gagg_limits.yaml");
    }

    @Test
    void theMatchingLeavesTheThreePhotonRegionToTheExactSample() throws Exception {
        // Every gamma gamma (gamma) event that could give three selected photons lies inside the exact
        // sample's region (the selection is tighter than it), so the veto leaves none at the end.
        CutFlowCsv.Row generated = CutFlowCsv.row(one, "gg", "", "generated");
        CutFlowCsv.Row last = CutFlowCsv.row(one, "gg", "", "M(3 photons)");
        assertThat(generated.expected()).isPositive();
        assertThat(last.mcEvents()).isZero();
        CutFlowCsv.Row ggg = CutFlowCsv.row(one, "ggg", "", "M(3 photons)");
        assertThat(ggg.mcEvents()).isPositive();
    }

    @Test
    void limitsFollowFromTheWindowsAndTheCoupling() throws Exception {
        JsonNode s = new ObjectMapper().readTree(one.resolve("summary.json").toFile());
        assertThat(s.get("provenance").get("seed").asLong()).isEqualTo(QuickRuns.SEED);
        double g0 = s.get("generation_gagg").asDouble();
        int withLimit = 0;
        for (JsonNode p : s.get("points")) {
            double m = p.get("mass_gev").asDouble();
            if (!p.has("mu_expected")) {
                continue;
            }
            withLimit++;
            // the window holds the ALP mass and is a few resolutions wide; the ECL resolution at these
            // energies is 1.5-3% in energy and a few mrad in angle, so sigma_m / m is of order 1-5%
            JsonNode w = p.get("window_gev");
            assertThat(m).isBetween(w.get(0).asDouble(), w.get(1).asDouble());
            assertThat(p.get("resolution_gev").asDouble() / m).as("m = " + m).isBetween(0.003, 0.1);
            assertThat(p.get("efficiency").asDouble()).isBetween(0.02, 0.9);
            double[] mu = new double[5];
            for (int i = 0; i < 5; i++) {
                mu[i] = p.get("mu_expected").get(i).asDouble();
            }
            assertThat(mu).isSorted();
            assertThat(p.get("gagg_expected").asDouble()).isCloseTo(g0 * Math.sqrt(mu[2]), within(1e-12));
            // The expected limit is of the size Belle II reached (1e-3/GeV at low mass, rising with m_a):
            // within a factor 4 of the published observed curve (quick samples, no beam background here).
            double pub = p.get("gagg_published_observed").asDouble();
            assertThat(p.get("gagg_expected").asDouble() / pub).as("m = " + m).isBetween(0.25, 4.0);
        }
        assertThat(withLimit).isGreaterThanOrEqualTo(2);
    }
}

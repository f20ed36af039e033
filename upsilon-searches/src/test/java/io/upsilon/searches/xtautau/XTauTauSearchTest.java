package io.upsilon.searches.xtautau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the search end to end, on one and two threads. */
class XTauTauSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuickOnOneAndTwoThreads() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("x-tautau", one, 1);
        QuickRuns.run("x-tautau", two, 2);
    }

    @Test
    void writesEveryOutput() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "limits.csv",
                        "limits_zprime.png",
                        "coupling_zprime.png",
                        "limits_scalar.png",
                        "coupling_scalar.png",
                        "recoil_mass.png",
                        "cutflow.md",
                        "cutflow.csv",
                        "report.html",
                        "summary.json",
                        "hepdata/limits_zprime.yaml",
                        "hepdata/coupling_scalar.yaml",
                        "hepdata/submission.yaml",
                        "workspaces/xtautau_zprime_M4p00.json",
                        "workspaces/xtautau_scalar_M8p00.json");
        assertThat(Files.readAllLines(one.resolve("limits.csv")).get(0)).startsWith("model,mass_gev,resolution_gev");
    }

    @Test
    void limitsAreFiniteAndTheCouplingFollowsTheCrossSection() throws Exception {
        JsonNode pts = new ObjectMapper()
                .readTree(one.resolve("summary.json").toFile())
                .findPath("mass_points");
        assertThat(pts.size()).isEqualTo(6); // two models x the three plot masses
        for (JsonNode p : pts) {
            assertThat(p.path("sigma_exp_fb").isArray()).as(p.toString()).isTrue();
            double exp = p.path("sigma_exp_fb").get(2).asDouble();
            double yield = p.path("signal_events_at_1fb").asDouble();
            double b = p.path("background_events").asDouble();
            // The excluded signal (events) is at least the zero-background 90% CL limit (2.3 events) and at most
            // what a background of b events with its 5-20% normalisation uncertainties allows: 3 sqrt(b) + 0.5 b + 5.
            assertThat(exp * yield).as(p.toString()).isBetween(2.0, 5 + 3 * Math.sqrt(b) + 0.5 * b);
            // g_lim = g0 sqrt(sigma_lim / sigma_gen): the coupling limit reproduces the cross-section limit.
            double g = p.path("coupling_exp").asDouble();
            double g0 = p.path("generation_coupling").asDouble();
            double sigmaGen = p.path("sigma_br_generated_fb").asDouble();
            assertThat(g0 * g0 * exp / sigmaGen).isCloseTo(g * g, within(1e-9 * g * g));
            // The recoil-mass window contains the hypothesis; the resolution is physical: 5-500 MeV (it grows
            // as the recoil mass falls, sigma(M_rec) ~ sqrt(s) sigma(E*) / M_rec).
            double m = p.path("mass_gev").asDouble();
            assertThat(p.path("window_gev").get(0).asDouble()).isLessThan(m);
            assertThat(p.path("window_gev").get(1).asDouble()).isGreaterThan(m);
            assertThat(p.path("resolution_gev").asDouble()).as(p.toString()).isBetween(0.005, 0.5);
            // Four tracks with an identified muon pair and two one-prong tau decays: a few to 40 per cent.
            assertThat(p.path("efficiency").asDouble()).as(p.toString()).isBetween(0.01, 0.4);
        }
    }

    @Test
    void theMassCutRemovesTheFourMuonBackground() throws Exception {
        // e+e- -> 4 mu has M(4 tracks) ~ sqrt(s) (up to ISR): M(4 tracks) < 9.5 GeV keeps well under 1% of it,
        // while the signal, whose tau decays' neutrinos escape, keeps more than 95%.
        List<String> rows = Files.readAllLines(one.resolve("cutflow.csv"));
        double before = expected(rows, "opposite-sign muon pair", "mumumumu");
        double after = expected(rows, "M(4 tracks) < 9.5 GeV", "mumumumu");
        assertThat(before).isGreaterThan(1000);
        assertThat(after).isLessThan(0.01 * before);
        String sig = "zprime_M6p00";
        assertThat(expected(rows, "M(4 tracks) < 9.5 GeV", sig))
                .isGreaterThan(0.95 * expected(rows, "L1 trigger", sig));
    }

    private static double expected(List<String> rows, String step, String sample) {
        for (String r : rows) {
            String[] f = r.split(",");
            if (r.contains("\"" + step + "\"") && f.length > 5 && f[2].equals(sample)) {
                return Double.parseDouble(f[5]);
            }
        }
        throw new AssertionError("no cut-flow row " + step + " / " + sample);
    }

    @Test
    void oneAndTwoThreadsGiveTheSameResults() throws Exception {
        for (String f : List.of("limits.csv", "cutflow.csv", "hepdata/limits_zprime.yaml")) {
            assertThat(Files.readString(two.resolve(f))).as(f).isEqualTo(Files.readString(one.resolve(f)));
        }
    }

    @Test
    void theReportNamesTheSelectionSteps() throws Exception {
        String html = Files.readString(one.resolve("report.html"));
        assertThat(html)
                .contains("exactly four tracks")
                .contains("opposite-sign muon pair")
                .contains("M(4 tracks) &lt; 9.5 GeV");
        assertThat(String.join("\n", Files.readAllLines(one.resolve("cutflow.md"))))
                .contains("BDT stage");
    }
}

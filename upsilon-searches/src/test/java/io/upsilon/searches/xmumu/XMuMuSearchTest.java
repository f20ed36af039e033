package io.upsilon.searches.xmumu;

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

/** The quick version of the search end to end, on one and two threads. */
class XMuMuSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuickOnOneAndTwoThreads() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("x-mumu", one, 1);
        QuickRuns.run("x-mumu", two, 2);
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
                        "dimuon_mass.png",
                        "cutflow.md",
                        "report.html",
                        "summary.json",
                        "hepdata/limits_zprime.yaml",
                        "hepdata/coupling_scalar.yaml",
                        "hepdata/submission.yaml",
                        "workspaces/xmumu_zprime_M1p00.json",
                        "workspaces/xmumu_scalar_M8p00.json");
        assertThat(Files.readAllLines(one.resolve("limits.csv")).get(0)).startsWith("model,mass_gev,resolution_gev");
    }

    @Test
    void limitsAreFiniteAndTheCouplingFollowsTheCrossSection() throws Exception {
        JsonNode pts = new ObjectMapper()
                .readTree(one.resolve("summary.json").toFile())
                .path("search")
                .path("mass_points");
        if (pts.isMissingNode()) {
            pts = new ObjectMapper()
                    .readTree(one.resolve("summary.json").toFile())
                    .findPath("mass_points");
        }
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
            assertThat(g0 * g0 * exp / sigmaGen).isCloseTo(g * g, org.assertj.core.api.Assertions.within(1e-9 * g * g));
            // The resolution is physical: between 0.5 MeV and 100 MeV below 9 GeV.
            assertThat(p.path("resolution_gev").asDouble()).isBetween(5e-4, 0.1);
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameResults() throws Exception {
        assertThat(Files.readString(two.resolve("limits.csv"))).isEqualTo(Files.readString(one.resolve("limits.csv")));
        assertThat(Files.readString(two.resolve("cutflow.csv")))
                .isEqualTo(Files.readString(one.resolve("cutflow.csv")));
    }

    @Test
    void theReportNamesTheSelectionSteps() throws Exception {
        String html = Files.readString(one.resolve("report.html"));
        assertThat(html).contains("exactly four tracks").contains("muon ID").contains("M(4 tracks) near sqrt(s)");
        List<String> md = Files.readAllLines(one.resolve("cutflow.md"));
        assertThat(String.join("\n", md)).contains("BDT stage");
    }
}

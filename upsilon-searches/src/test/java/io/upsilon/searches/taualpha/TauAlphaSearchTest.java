package io.upsilon.searches.taualpha;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.CutFlowCsv;
import io.upsilon.searches.QuickRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the search end to end: on one and two threads, and at four times the luminosity. */
class TauAlphaSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;
    static Path fourL;
    static Path oneNoContinuum;

    @BeforeAll
    static void runQuick() throws Exception {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        fourL = tmp.resolve("four");
        QuickRuns.run("tau-l-alpha", one, 1);
        QuickRuns.run("tau-l-alpha", two, 2);
        // The luminosity scaling is checked without the q qbar continuum: in quick mode its ~2e4
        // events weigh ~1e4 each, so single events decide its template and the limits do not
        // follow 1/sqrt(L) (a 4x sample can put the first continuum event under a signal peak).
        oneNoContinuum = tmp.resolve("one-no-qqbar");
        Path base = QuickRuns.withoutBackground(
                tmp, "one-no-qqbar.yaml", "tau-l-alpha", "qqbar", "luminosity_fb: 62.8 ", "luminosity_fb: 62.8 ");
        QuickRuns.run(base.toString(), oneNoContinuum, 2);
        Path file = QuickRuns.withoutBackground(
                tmp, "four-no-qqbar.yaml", "tau-l-alpha", "qqbar", "luminosity_fb: 62.8 ", "luminosity_fb: 251.2");
        QuickRuns.run(file.toString(), fourL, 2);
    }

    private static JsonNode summary(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    }

    @Test
    void writesEveryOutputTheIssueAsksFor() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "limits.csv",
                        "limits_e_cl95.png",
                        "limits_e_cl95.pdf",
                        "limits_mu_cl95.png",
                        "limits_mu_cl90.png",
                        "xl_e.png",
                        "xl_mu.pdf",
                        "cutflow.csv",
                        "cutflow.md",
                        "report.html",
                        "summary.json",
                        "hepdata/submission.yaml",
                        "hepdata/limits_e_cl95.yaml",
                        "workspaces/taualpha_e_M1p00.json",
                        "workspaces/taualpha_mu_M0p00.json");
        List<String> csv = Files.readAllLines(one.resolve("limits.csv"));
        assertThat(csv.get(0))
                .isEqualTo("channel,m_alpha_gev,ul95_obs,ul95_exp,ul95_exp_m1,ul95_exp_p1,ul90_obs,ul90_exp");
        // Quick mode: the plot masses 0, 1.0, 1.6 GeV for e and mu.
        assertThat(csv).hasSize(1 + 6);
        for (String row : csv.subList(1, csv.size())) {
            String[] f = row.split(",", -1);
            assertThat(f).hasSize(8);
            double ul95 = Double.parseDouble(f[3]);
            double ul90 = Double.parseDouble(f[7]);
            assertThat(ul95).as(row).isPositive().isLessThan(1);
            // A 90% CL limit is below the 95% one; for a Gaussian 1.28/1.64 = 0.78.
            assertThat(ul90 / ul95).as(row).isBetween(0.7, 0.9);
            assertThat(Double.parseDouble(f[4])).isLessThan(ul95);
            assertThat(Double.parseDouble(f[5])).isGreaterThan(ul95);
        }
    }

    @Test
    void theContinuumIsABackgroundOfTheCutFlowAndOfTheFit() throws Exception {
        for (String c : List.of("e", "mu")) {
            CutFlowCsv.Row generated = CutFlowCsv.row(one, "qqbar", c, "generated");
            CutFlowCsv.Row presel = CutFlowCsv.row(one, "qqbar", c, "preselection");
            // sigma(ee -> q qbar) ~ 3.4 nb (u, d, s, c with ISR) x 62.8 fb^-1 = 2.1e8; 20% covers the
            // pilot run's error and the ISR treatment.
            assertThat(generated.expected()).as(c).isBetween(1.7e8, 2.6e8);
            // Most continuum events have >= 3 charged particles in the CDC (the run keeps ~90%).
            assertThat(presel.expected())
                    .as(c)
                    .isPositive()
                    .isBetween(0.5 * generated.expected(), generated.expected());
            assertThat(presel.mcEvents()).as(c).isPositive();
        }
        JsonNode ws = new ObjectMapper()
                .readTree(one.resolve("workspaces/taualpha_e_M1p00.json").toFile());
        JsonNode qqbar = null;
        for (JsonNode s : ws.get("channels").get(0).get("samples")) {
            if (s.get("name").asText().equals("qqbar")) {
                qqbar = s;
            }
        }
        assertThat(qqbar).as("qqbar sample in the workspace").isNotNull();
        List<String> types = new java.util.ArrayList<>();
        qqbar.get("modifiers").forEach(m -> types.add(m.get("type").asText()));
        // The declared normalisation uncertainty and the MC statistics enter the fit.
        assertThat(types).contains("normsys", "staterror");
        for (JsonNode m : qqbar.get("modifiers")) {
            if (m.get("type").asText().equals("normsys")) {
                assertThat(m.get("data").get("hi").asDouble())
                        .isEqualTo(1.30, org.assertj.core.api.Assertions.within(1e-12));
            }
        }
        JsonNode share = summary(one).get("channels").get("e").get("background_share");
        assertThat(share.get("qqbar").asDouble()).isBetween(0.0, 1.0);
        double sum = 0;
        for (JsonNode v : share) {
            sum += v.asDouble();
        }
        assertThat(sum).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void sameSeedGivesIdenticalOutputsOnOneAndTwoThreads() throws Exception {
        QuickRuns.assertIdenticalOutputs(one, two);
    }

    @Test
    void closureRecoversTheInjectedRatio() throws Exception {
        JsonNode s = summary(one);
        assertThat(s.get("closure")).hasSize(2);
        for (JsonNode c : s.get("closure")) {
            assertThat(c.get("converged").asBoolean()).isTrue();
            // A pseudo-dataset with the injected signal: the fit returns it within 2.5 sigma.
            assertThat(Math.abs(c.get("pull").asDouble())).as(c.toString()).isLessThan(2.5);
        }
    }

    @Test
    void efficienciesAndSmYieldsAreThoseOfA3x1Selection() throws Exception {
        JsonNode s = summary(one);
        assertThat(s.get("provenance").get("seed").asLong()).isEqualTo(7);
        for (JsonNode p : s.get("mass_points")) {
            // B(3-prong) ~ 14.6% (PDG 2024) times acceptance and lepton ID: a few per cent;
            // the mu ID turn-on (~0.7 GeV) removes most of the soft m_alpha = 1.6 GeV muons.
            assertThat(p.get("efficiency").asDouble()).as(p.toString()).isBetween(0.003, 0.146);
        }
        for (String c : new String[] {"e", "mu"}) {
            JsonNode ch = s.get("channels").get(c);
            // The SM tau -> l nu nu efficiency is of the same size as the m_alpha = 0 signal's.
            assertThat(ch.get("lnunu_efficiency").asDouble()).isBetween(0.02, 0.146);
            assertThat(ch.get("lnunu_expected").asDouble())
                    .isGreaterThan(ch.get("taubkg_expected").asDouble());
        }
    }

    @Test
    void expectedLimitsShrinkRoughlyAsOneOverRootLuminosity() throws Exception {
        JsonNode a = summary(oneNoContinuum).get("mass_points");
        JsonNode b = summary(fourL).get("mass_points");
        for (int i = 0; i < a.size(); i++) {
            double r = b.get(i).get("ul95_exp").get(2).asDouble()
                    / a.get(i).get("ul95_exp").get(2).asDouble();
            // 4x luminosity (and 4x tau-pair MC, so the MC-to-data ratio is unchanged): 1/sqrt(4) = 0.5 when
            // statistics dominate; the signal MC (fixed) and the lepton-ID shape nuisances do not scale.
            assertThat(r).as(a.get(i).toString()).isBetween(0.4, 0.65);
        }
    }
}

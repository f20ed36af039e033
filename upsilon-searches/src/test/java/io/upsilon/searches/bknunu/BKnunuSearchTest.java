package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.searches.CutFlowCsv;
import io.upsilon.searches.QuickRuns;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick version of the ITA search end to end, run twice with the same seed. */
class BKnunuSearchTest {
    @TempDir
    static Path tmp;

    static Path one;
    static Path two;

    @BeforeAll
    static void runQuick() {
        one = tmp.resolve("one");
        two = tmp.resolve("two");
        QuickRuns.run("b-knunu", one, 2);
        QuickRuns.run("b-knunu", two, 1);
    }

    private static JsonNode summary() throws Exception {
        return new ObjectMapper().readTree(one.resolve("summary.json").toFile());
    }

    @Test
    void theCutFlowOfEverySampleNeverGrows() throws Exception {
        for (String sample : List.of("signal", "charged", "mixed", "uubar", "ccbar", "tautau", "off_uubar")) {
            List<CutFlowCsv.Row> rows = CutFlowCsv.rows(one, sample);
            assertThat(rows).as(sample).hasSizeGreaterThanOrEqualTo(BKnunuSelection.FIXED_STEPS.size() + 4 + 2);
            for (int i = 1; i < rows.size(); i++) {
                if (!rows.get(i).channel().equals(rows.get(i - 1).channel())) {
                    continue; // each channel (ITA on- or off-resonance, HTA) is its own cut flow
                }
                assertThat(rows.get(i).expected())
                        .as(sample + " " + rows.get(i).step())
                        .isLessThanOrEqualTo(rows.get(i - 1).expected());
                assertThat(rows.get(i).mcEvents())
                        .isLessThanOrEqualTo(rows.get(i - 1).mcEvents());
            }
        }
    }

    @Test
    void theGeneratorFilterRecordsTheTruthMissingEnergyOfEverySelectedEvent() throws Exception {
        JsonNode f = summary().get("generator_filter");
        // Bundled: recorded only (the full run's validation found it lossy at the BDT1 level).
        assertThat(f.get("applied").asBoolean()).isFalse();
        assertThat(f.get("samples")).hasSize(1 + 7 + 4);
        // The signal's two neutrinos carry sqrt(s)/2 - E*_K >= 5.29 - 2.66 GeV in the B rest frame;
        // the B's CMS motion (beta ~ 0.06) lowers that by < 0.2 GeV: every signal event above the BDT1
        // cut has more than 2.3 GeV of truth missing energy (a wrong column or frame would break it).
        JsonNode sig = f.get("samples").get("signal").get("bdt1");
        assertThat(sig.get("mc_events").asInt()).isPositive();
        assertThat(sig.get("min_missing_energy").asDouble()).isGreaterThan(2.3);
        assertThat(sig.get("mc_events_below").asInt()).isZero();
        // Not applied: the simulated fraction is the preselection's alone (close to 1).
        assertThat(f.get("samples").get("uubar").get("simulated_fraction").asDouble())
                .isBetween(0.9, 1.0);
    }

    @Test
    void eachBackgroundTemplateIsItsDirectCountOrTheTailModelAsTheRuleSays() throws Exception {
        JsonNode s = summary();
        JsonNode composition = s.get("background_composition_sr");
        int minEvents = 10; // fit.background_direct_min_events of the bundled file
        s.get("background_tail").get("direct_mc_sr").fields().forEachRemaining(e -> {
            JsonNode d = e.getValue();
            boolean direct = d.get("mc_events").asInt() >= minEvents;
            assertThat(d.get("template").asText()).as(e.getKey()).isEqualTo(direct ? "direct" : "tail");
            if (composition.has(e.getKey())) { // on-resonance: the fitted template is the one named
                double used = composition.get(e.getKey()).asDouble();
                double expected = d.get(direct ? "expected" : "tail_model").asDouble();
                assertThat(used).as(e.getKey()).isCloseTo(expected, within(1e-9 * (1 + expected)));
            }
        });
    }

    @Test
    void theSamplesAreNormalisedToTheirCrossSectionsAndLuminosities() throws Exception {
        // sigma(B+B-) ~ 0.5 nb (generator, ISR included) x 362 fb^-1 ~ 1.8e8 (30%).
        assertThat(CutFlowCsv.row(one, "charged", "on-resonance", "generated").expected())
                .isBetween(1.3e8, 2.4e8);
        // The off-resonance u ubar: 42.3 / 362 of the on-resonance one, sigma ~ 1/s (+1.1%): within 10%
        // (each has a 1% MC error from its own pilot run).
        double on = CutFlowCsv.row(one, "uubar", "on-resonance", "generated").expected();
        double off =
                CutFlowCsv.row(one, "off_uubar", "off-resonance", "generated").expected();
        assertThat(off / on).isCloseTo(42.3 / 362 * 1.011, within(0.012));
    }

    @Test
    void theSignalEfficiencyIsSaneAndTheLimitsAreFinite() throws Exception {
        JsonNode s = summary();
        // Eight per cent of the signal after BDT1 by the construction of eta, times the BDT1 and
        // preselection efficiencies (0.3-0.9): 2.4% to 7.2%; the paper's ITA has ~8% [R].
        assertThat(s.get("signal_efficiency_sr").asDouble()).isBetween(0.02, 0.08);
        for (String lumi : List.of("expected_362", "expected_63")) {
            JsonNode e = s.get(lumi);
            assertThat(e.get("converged").asBoolean()).as(lumi).isTrue();
            double median = e.get("limit_mu_median").asDouble();
            assertThat(median).as(lumi).isPositive().isLessThan(100);
            assertThat(e.get("significance_sm").asDouble()).as(lumi).isPositive();
            JsonNode band = e.get("limit_mu_band");
            for (int i = 1; i < 5; i++) {
                assertThat(band.get(i).asDouble())
                        .isGreaterThanOrEqualTo(band.get(i - 1).asDouble());
            }
        }
        // Less luminosity: a weaker expected limit and a smaller expected significance.
        assertThat(s.get("expected_63").get("limit_mu_median").asDouble())
                .isGreaterThan(s.get("expected_362").get("limit_mu_median").asDouble());
        assertThat(s.get("expected_63").get("significance_sm").asDouble())
                .isLessThan(s.get("expected_362").get("significance_sm").asDouble());
        // The closure fits converge with finite errors (quick MC: the pulls are not tested here).
        assertThat(s.get("closure")).hasSize(3);
        for (JsonNode c : s.get("closure")) {
            assertThat(c.get("mu_error").asDouble()).isPositive().isFinite();
        }
    }

    @Test
    void theWorkspaceIsReadByTheStatsEngineAndTheMappingSumsToItsSignal() throws Exception {
        Workspace ws = WorkspaceReader.read(one.resolve("workspaces/b_knunu_ita.json"));
        Model m = ModelCompiler.compile(ws, "b_knunu_ita.json");
        assertThat(m.poiName()).isEqualTo("mu");
        Channel on = ws.channels().stream()
                .filter(c -> c.name().equals(BKnunuFit.ON))
                .findFirst()
                .orElseThrow();
        Sample signal = on.samples().stream()
                .filter(x -> x.name().equals("signal"))
                .findFirst()
                .orElseThrow();
        JsonNode map = new ObjectMapper()
                .readTree(one.resolve("workspaces/reinterpret-mapping.json").toFile());
        assertThat(map.get("format").asText()).isEqualTo("upsilon-reinterpret-mapping/1");
        assertThat(map.get("sample").asText()).isEqualTo("signal");
        assertThat(map.get("poi").asText()).isEqualTo("mu");
        JsonNode edges = map.get("truth_bin_edges");
        assertThat(edges).hasSize(101);
        // 0 .. (m_B+ - m_K+)^2 = (5.27934 - 0.493677)^2 = 22.90 GeV^2 (PDG masses).
        assertThat(edges.get(100).asDouble()).isCloseTo(22.90, within(0.01));
        JsonNode matrix = map.get("channels").get(BKnunuFit.ON);
        assertThat(matrix).hasSize(100);
        double[] data = signal.data();
        double[] column = new double[data.length];
        for (JsonNode row : matrix) {
            assertThat(row).hasSize(data.length);
            for (int j = 0; j < data.length; j++) {
                column[j] += row.get(j).asDouble();
            }
        }
        for (int j = 0; j < data.length; j++) {
            assertThat(column[j]).as("reco bin " + j).isCloseTo(data[j], within(1e-9 * (1 + data[j])));
        }
        // The mapping carries the q^2 dependence of the efficiency: the SM puts 23.6% of its rate below
        // 4 GeV^2 (dB/dq^2 of Buras et al., JHEP 02 (2015) 184, integrated), but the signal region,
        // which favours hard kaons (low q^2), holds a larger share there; and it spans many truth bins.
        double total = 0;
        double low = 0;
        int filled = 0;
        for (int i = 0; i < 100; i++) {
            double row = 0;
            for (JsonNode x : matrix.get(i)) {
                row += x.asDouble();
            }
            total += row;
            if (edges.get(i + 1).asDouble() <= 4.0 + 1e-9) {
                low += row;
            }
            filled += row > 0 ? 1 : 0;
        }
        assertThat(low / total).isGreaterThan(0.30);
        assertThat(filled).isGreaterThan(20);
    }

    @Test
    void theHadronicTagChannelHasItsCutFlowEfficiencyAndLimits() throws Exception {
        // The tag step: the signal's other B is a B- decaying without neutrinos in ~2/3 of the events,
        // tagged with efficiency_charged = 0.6%: 0.2% to 0.6% of the generated signal.
        double generated = CutFlowCsv.row(one, "signal", BKnunuReport.HTA_CHANNEL, "generated")
                .expected();
        double tagged = CutFlowCsv.row(one, "signal", BKnunuReport.HTA_CHANNEL, "hadronic")
                .expected();
        assertThat(tagged / generated).isBetween(0.002, 0.006);
        JsonNode h = summary().get("hta");
        // The HTA signal region keeps (1 - 0.4) of the selected signal by the construction of eta(BDTh),
        // times the signal-side efficiency (0.5-1): 0.06% to 0.36% (Belle II's HTA: ~0.4% [R]).
        assertThat(h.get("signal_efficiency_sr").asDouble()).isBetween(6e-4, 3.6e-3);
        assertThat(h.get("background_expected_sr").asDouble()).isPositive();
        // The side filter (the bundled file runs no enriched samples behind it), checked on the unfiltered
        // generic samples, would have removed none of their HTA signal-region weight.
        JsonNode side = h.get("side_filter");
        assertThat(side.get("applied_to")).isEmpty();
        for (String generic : List.of("charged", "mixed")) {
            JsonNode g = side.get("check_on_generic_samples").get(generic);
            assertThat(g.get("sr_expected_removed").asDouble()).as(generic).isZero();
        }
        // results.csv (the report's results table) has the HTA and the combination next to the ITA.
        String results = java.nio.file.Files.readString(one.resolve("results.csv"));
        assertThat(results).contains("HTA: signal efficiency in the SR", "ITA + HTA: expected significance");
        JsonNode c = summary().get("combined");
        for (String lumi : List.of("expected_362", "expected_63")) {
            assertThat(h.get(lumi).get("converged").asBoolean()).as(lumi).isTrue();
            assertThat(c.get(lumi).get("converged").asBoolean()).as(lumi).isTrue();
            // Adding the HTA channel to the (overlap-removed) ITA cannot lose expected sensitivity.
            double ita = summary().get(lumi).get("significance_sm").asDouble();
            assertThat(c.get(lumi).get("significance_sm").asDouble()).as(lumi).isGreaterThanOrEqualTo(ita - 1e-6);
            assertThat(c.get(lumi).get("limit_mu_median").asDouble())
                    .as(lumi)
                    .isLessThanOrEqualTo(
                            summary().get(lumi).get("limit_mu_median").asDouble() + 1e-6);
        }
        assertThat(c.get("closure")).hasSize(3);
        for (JsonNode x : c.get("closure")) {
            assertThat(x.get("mu_error").asDouble()).isPositive().isFinite();
        }
        // Toys at the asymptotic median expected limit: there the asymptotic median CLs is 1 - CL = 0.10
        // (root finding to 1e-4). The quick run's 100 toys per hypothesis estimate CL_s+b ~ 0.05 with a
        // binomial error of 0.022, i.e. CLs = CL_s+b / 0.5 to +- 0.044: 0.10 +- 0.12 allows 2.7 sigma and
        // a modest departure from the asymptotic regime, and fails a wrong hypothesis (CLs ~ 0.5 or 1).
        JsonNode t = c.get("toy_cls");
        assertThat(t.get("toys_per_hypothesis").asInt()).isEqualTo(BKnunuReport.QUICK_TOYS);
        assertThat(t.get("cls_expected_asymptotic").get(2).asDouble()).isCloseTo(0.10, within(2e-3));
        assertThat(t.get("cls_expected_toys").get(2).asDouble()).isCloseTo(0.10, within(0.12));
        assertThat(t.has("seconds")).isFalse();
        // The combined workspace: the ITA channels and the HTA channel, one mu.
        Workspace ws = WorkspaceReader.read(one.resolve("workspaces/b_knunu_combined.json"));
        assertThat(ws.channels().stream().map(Channel::name)).contains(BKnunuFit.ON, HtaFit.HTA);
        assertThat(ModelCompiler.compile(ws, "combined").poiName()).isEqualTo("mu");
    }

    @Test
    void theReinterpretationApiReweightsBothSignalChannelsOfTheCombinedWorkspace() throws Exception {
        Workspace ws = WorkspaceReader.read(one.resolve("workspaces/b_knunu_combined.json"));
        io.upsilon.stats.reinterpret.ReinterpretMapping map =
                io.upsilon.stats.reinterpret.MappingReader.read(one.resolve("workspaces/reinterpret-mapping.json"));
        assertThat(map.channelNames()).containsExactly(BKnunuFit.ON, HtaFit.HTA);
        // The constructor checks that each channel's truth rows sum to its signal template (1e-4).
        io.upsilon.stats.reinterpret.TemplateReweighter rw =
                new io.upsilon.stats.reinterpret.TemplateReweighter(ws, map);
        // A model with twice the SM rate at every q^2 doubles both signal templates and nothing else.
        double[] twice = new double[map.truthBins()];
        java.util.Arrays.fill(twice, 2.0);
        Workspace doubled = rw.reweight(twice);
        for (String channel : List.of(BKnunuFit.ON, HtaFit.HTA)) {
            double[] before = signalOf(ws, channel);
            double[] after = signalOf(doubled, channel);
            for (int j = 0; j < before.length; j++) {
                assertThat(after[j]).as(channel + " bin " + j).isCloseTo(2 * before[j], within(1e-9 * (1 + before[j])));
            }
        }
        // The reweighted workspace compiles and fits (what `upsilon reinterpret` does next).
        Model m = ModelCompiler.compile(doubled, "reweighted");
        assertThat(m.channelBins()).hasSize(ws.channels().size());
    }

    private static double[] signalOf(Workspace ws, String channel) {
        return ws.channels().stream().filter(c -> c.name().equals(channel)).findFirst().orElseThrow().samples().stream()
                .filter(x -> x.name().equals("signal"))
                .findFirst()
                .orElseThrow()
                .data();
    }

    @Test
    void writesThePlotsAndTheReport() throws Exception {
        assertThat(QuickRuns.files(one).stream().map(Path::toString))
                .contains(
                        "summary.json",
                        "cutflow.csv",
                        "cutflow.md",
                        "report.html",
                        "results.csv",
                        "eta_bdt2.png",
                        "q2rec_sr.png",
                        "postfit_onres.png",
                        "eta_bdth.png",
                        "postfit_hta.png",
                        "workspaces/b_knunu_hta.json",
                        "workspaces/b_knunu_combined.json",
                        "workspaces/b_knunu_ita.json",
                        "workspaces/reinterpret-mapping.json");
    }

    @Test
    void sameSeedGivesIdenticalOutputsOnOneAndTwoThreads() throws Exception {
        QuickRuns.assertIdenticalOutputs(one, two);
    }
}

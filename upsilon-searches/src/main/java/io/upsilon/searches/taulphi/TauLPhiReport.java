package io.upsilon.searches.taulphi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.hepdata.HepDataError;
import io.upsilon.analysis.output.hepdata.HepDataSubmission;
import io.upsilon.analysis.output.hepdata.HepDataTable;
import io.upsilon.analysis.output.hepdata.HepDataTables;
import io.upsilon.analysis.output.hepdata.HepDataValue;
import io.upsilon.analysis.output.hepdata.HepDataVariable;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotStyle;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.beam.Beam;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.TextTable;
import io.upsilon.searches.taulphi.TauLPhiSearch.Box;
import io.upsilon.searches.taulphi.TauLPhiSearch.ChannelResult;
import io.upsilon.searches.taulphi.TauLPhiSearch.Yield;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Writes the τ → ℓφ search's outputs into one directory, atomically (all files or none). */
final class TauLPhiReport {
    /** Most signal Monte Carlo points drawn in the (M, ΔE) plot (the first selected ones). */
    static final int MAX_SIGNAL_POINTS = 3000;

    /** Colours of the background samples' points in the (M, ΔE) plot, in sample order. */
    private static final Color[] BACKGROUND_COLOURS = {
        new Color(30, 30, 160), new Color(20, 140, 60), new Color(230, 140, 20), new Color(120, 60, 160)
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final TauLPhiConfig cfg;
    private final RunContext ctx;
    private final Beam beam;
    private final boolean quick;
    private final List<SampleOutcome<ChannelResults<LeptonChannel>>> backgrounds;
    private final Map<LeptonChannel, SampleOutcome<ChannelResults<LeptonChannel>>> signals;
    private final Map<LeptonChannel, ChannelResult> results;
    private final double sigmaTauTau;
    private final int toys;

    TauLPhiReport(
            TauLPhiConfig cfg,
            RunContext ctx,
            List<SampleOutcome<ChannelResults<LeptonChannel>>> backgrounds,
            Map<LeptonChannel, SampleOutcome<ChannelResults<LeptonChannel>>> signals,
            Map<LeptonChannel, ChannelResult> results,
            double sigmaTauTau,
            int toys) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.beam = ctx.beam();
        this.quick = ctx.quick();
        this.backgrounds = List.copyOf(backgrounds);
        this.signals = Map.copyOf(signals);
        this.results = Map.copyOf(results);
        this.sigmaTauTau = sigmaTauTau;
        this.toys = toys;
    }

    /** Title of the tables and the terminal summary. */
    static final String TITLE = "tau -> l phi";

    /** The run's outputs. */
    SearchOutput output() {
        SearchOutput out = SearchOutput.of(ctx, TITLE, TauLPhiSearch.DESCRIPTION)
                .resultsTable(resultsTable())
                .samples(allSamples())
                .cutFlow(cutFlowTable(), signalRegionMarkdown())
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("result.json"), json(result()));
                    writePlots(d);
                    writeHepData(d.resolve("hepdata"));
                })
                .summary(summary());
        for (LeptonChannel c : LeptonChannel.values()) {
            out.workspace("taulphi_" + c.label(), results.get(c).workspace());
        }
        return out;
    }

    private List<SampleOutcome<ChannelResults<LeptonChannel>>> allSamples() {
        List<SampleOutcome<ChannelResults<LeptonChannel>>> all = new ArrayList<>(backgrounds);
        for (LeptonChannel c : LeptonChannel.values()) {
            all.add(signals.get(c));
        }
        return all;
    }

    private static String json(Object o) {
        try {
            return MAPPER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("result cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    // ---- result.json ----

    /** The headline numbers: per channel efficiency, background, observed count and limits. */
    Map<String, Object> result() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analysis", TauLPhiSearch.NAME);
        m.put("quick", quick);
        m.put("luminosity_fb", ctx.luminosityFb());
        m.put("sqrt_s_gev", beam.sqrtS());
        m.put("sigma_tautau_nb", sigmaTauTau);
        m.put("cl", cfg.limit().cl());
        m.put("limit_method", "CLs, q~ test statistic, " + toys + " pseudo-experiments per hypothesis");
        m.put("formula", "B_UL = s_UL / (2 L sigma_tautau eps)");
        Map<String, Object> ch = new LinkedHashMap<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelResult r = results.get(c);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("efficiency", r.efficiency());
            o.put("efficiency_err", r.efficiencyError());
            o.put("efficiency_reco", r.efficiencyReco());
            o.put("expected_background", r.backgroundEstimate());
            o.put("expected_background_rel_uncertainty", r.backgroundUncertainty());
            o.put("simulated_background", r.backgroundTrue());
            o.put("observed", r.observed());
            o.put("s_ul_observed", r.limit().observed());
            o.put("s_ul_expected", r.limit().expected());
            o.put("br_ul_observed", r.branchingObserved());
            o.put("br_ul_expected", r.branchingExpected());
            o.put("s_ul_observed_asymptotic", r.limit().asymptoticObserved());
            o.put("s_ul_expected_asymptotic", r.limit().asymptoticExpected());
            o.put("signal_region", box(r.signalRegion()));
            ch.put(c.label(), o);
        }
        m.put("channels", ch);
        return m;
    }

    /** The headline numbers of result.json as the report page's table. */
    Table resultsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelResult r = results.get(c);
            rows.add(List.of(
                    c.label(),
                    String.format(Locale.ROOT, "%.3f ± %.3f", 100 * r.efficiency(), 100 * r.efficiencyError()),
                    String.format(
                            Locale.ROOT, "%.3g ± %.0f%%", r.backgroundEstimate(), 100 * r.backgroundUncertainty()),
                    Integer.toString(r.observed()),
                    String.format(Locale.ROOT, "%.4g", r.limit().expected()),
                    String.format(Locale.ROOT, "%.4g", r.limit().observed()),
                    String.format(Locale.ROOT, "%.3e", r.branchingExpected()),
                    String.format(Locale.ROOT, "%.3e", r.branchingObserved())));
        }
        return Table.of(
                        List.of(
                                "channel",
                                "efficiency [%]",
                                "expected background",
                                "observed",
                                "s_UL expected",
                                "s_UL observed",
                                "B_UL expected",
                                "B_UL observed"),
                        rows)
                .withCaption(String.format(
                        Locale.ROOT,
                        "%.0f%% CL CLs upper limits (result.json)",
                        100 * cfg.limit().cl()));
    }

    private static Map<String, Object> box(Box b) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("m_gev", new double[] {b.mLo(), b.mHi()});
        o.put("delta_e_gev", new double[] {b.deLo(), b.deHi()});
        return o;
    }

    // ---- summary.json ----

    private Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sigma_tautau_nb", sigmaTauTau);
        m.put("toys", toys);
        m.put(
                "not_modelled",
                List.of(
                        "e+e- -> B Bbar (the y4s-bbbar generator exists but is not yet a background sample here)",
                        "the paper's BDT against continuum and tau-pair background (not trained: cut-based selection)",
                        "LFV operator structure of tau -> l phi (isotropic two-body decay)"));
        Map<String, Object> ch = new LinkedHashMap<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelResult r = results.get(c);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("resolution", r.resolution());
            o.put("signal_region", box(r.signalRegion()));
            o.put("sideband", box(r.sideband()));
            o.put("signal_mc_in_signal_region", r.signalYield().mcEvents());
            Map<String, Object> sr = new LinkedHashMap<>();
            r.backgroundSr().forEach((k, v) -> sr.put(k, v));
            o.put("background_signal_region", sr);
            Map<String, Object> sb = new LinkedHashMap<>();
            r.backgroundSb().forEach((k, v) -> sb.put(k, v));
            o.put("background_sideband", sb);
            double sbTotal = r.backgroundSb().values().stream()
                    .mapToDouble(Yield::events)
                    .sum();
            Map<String, Object> share = new LinkedHashMap<>();
            r.backgroundSb().forEach((k, v) -> share.put(k, sbTotal > 0 ? v.events() / sbTotal : 0.0));
            o.put("background_share_sideband", share);
            o.put("ratio_signal_region_over_sideband", r.ratio());
            o.put("ratio_method", r.ratioMethod());
            o.put("sideband_observed", r.sidebandObserved());
            o.put("toy_failures", r.limit().toyFailures());
            ch.put(c.label(), o);
        }
        m.put("channels", ch);
        m.put("result", result());
        return m;
    }

    // ---- cut flow ----

    private List<SampleOutcome<ChannelResults<LeptonChannel>>> columns(LeptonChannel c) {
        List<SampleOutcome<ChannelResults<LeptonChannel>>> cols = new ArrayList<>(backgrounds);
        cols.add(signals.get(c));
        return cols;
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                ctx.luminosityFb(),
                "generated events with one tau -> l phi(-> K+K-) (B(phi -> K+K-) not applied)",
                quick,
                "e+e- -> B Bbar; the paper's continuum BDT (cut-based selection only)");
        for (LeptonChannel c : LeptonChannel.values()) {
            t.channel(c.label())
                    .columns(CutFlowTable.Kind.BACKGROUND, backgrounds, c)
                    .columns(CutFlowTable.Kind.SIGNAL, List.of(signals.get(c)), c);
        }
        return t.build();
    }

    /** Yields in the signal region and the background estimate per channel (appended to cutflow.md). */
    String signalRegionMarkdown() {
        StringBuilder b = new StringBuilder();
        for (LeptonChannel c : LeptonChannel.values()) {
            b.append("LeptonChannel ").append(c.label()).append(", signal region yields:");
            for (SampleOutcome<ChannelResults<LeptonChannel>> s : columns(c)) {
                boolean sig = s == signals.get(c);
                Yield y = sig
                        ? results.get(c).signalYield()
                        : results.get(c).backgroundSr().get(s.name());
                b.append(
                        sig
                                ? String.format(
                                        Locale.ROOT,
                                        " %s %.3f%%",
                                        s.name(),
                                        100 * y.events() / s.result().flow(c).weight(0))
                                : String.format(Locale.ROOT, " %s %.4g ± %.2g;", s.name(), y.events(), y.error()));
            }
            b.append(".\n");
            ChannelResult r = results.get(c);
            b.append(String.format(
                    Locale.ROOT,
                    "%nSignal region: M in [%.4f, %.4f] GeV, Delta E in [%.4f, %.4f] GeV. Sideband (signal region"
                            + " excluded): expected %.4g events, pseudo-observed %d; ratio SR/SB = %.4g (%s);"
                            + " background estimate %.4g (+-%.0f%%), simulated %.4g; observed %d.%n",
                    r.signalRegion().mLo(),
                    r.signalRegion().mHi(),
                    r.signalRegion().deLo(),
                    r.signalRegion().deHi(),
                    r.backgroundSb().values().stream()
                            .mapToDouble(Yield::events)
                            .sum(),
                    r.sidebandObserved(),
                    r.ratio(),
                    r.ratioMethod(),
                    r.backgroundEstimate(),
                    100 * r.backgroundUncertainty(),
                    r.backgroundTrue(),
                    r.observed()));
        }
        return b.toString();
    }

    // ---- plots ----

    private void writePlots(Path d) {
        PlotWriter writer = new PlotWriter();
        for (LeptonChannel c : LeptonChannel.values()) {
            SearchOutput.writePlot(d, plane(c), "m_deltae_" + c.label());
        }
    }

    /** Scatter of the selected background and signal Monte Carlo in (M, ΔE) with the regions drawn. */
    JFreeChart plane(LeptonChannel c) {
        String l = c == LeptonChannel.E ? "e" : "μ";
        NumberAxis x = PlotStyle.linearAxis("M(" + l + "K^{+}K^{−}) [GeV/c^{2}]");
        NumberAxis y = PlotStyle.linearAxis("ΔE [GeV]");
        double[] mw = cfg.selection().mass();
        double[] dw = cfg.selection().deltaE();
        x.setRange(mw[0], mw[1]);
        y.setRange(dw[0], dw[1] + 0.35 * (dw[1] - dw[0]));
        XYPlot plot = PlotStyle.plot(x, y);
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeries sig = new XYSeries("signal MC", false, true);
        SelectedEvents sev = signals.get(c).result().events(c);
        for (int i = 0; i < Math.min(sev.size(), MAX_SIGNAL_POINTS); i++) {
            sig.add(sev.observable(i), sev.feature(i, TauLPhiSelection.F_DELTA_E));
        }
        points.addSeries(sig);
        XYLineAndShapeRenderer pr = new XYLineAndShapeRenderer(false, true);
        pr.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        pr.setSeriesPaint(0, new Color(220, 50, 50, 120));
        // One series per background sample: their events carry very different weights (the
        // continuum's a few hundred times the tau pairs'), so they are told apart by colour.
        List<LegendItem> bkgItems = new ArrayList<>();
        for (SampleOutcome<ChannelResults<LeptonChannel>> s : backgrounds) {
            SelectedEvents ev = s.result().events(c);
            if (ev.size() == 0) {
                continue;
            }
            XYSeries bkg = new XYSeries(s.name(), false, true);
            for (int i = 0; i < ev.size(); i++) {
                bkg.add(ev.observable(i), ev.feature(i, TauLPhiSelection.F_DELTA_E));
            }
            int k = points.getSeriesCount();
            Color colour = BACKGROUND_COLOURS[(k - 1) % BACKGROUND_COLOURS.length];
            points.addSeries(bkg);
            pr.setSeriesShape(k, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
            pr.setSeriesPaint(k, colour);
            bkgItems.add(new LegendItem(
                    String.format(
                            Locale.ROOT,
                            "%s MC (%d events, %.3g each)",
                            s.label(),
                            ev.size(),
                            ev.totalWeight() / ev.size()),
                    colour));
        }
        XYSeriesCollection boxes = new XYSeriesCollection();
        ChannelResult r = results.get(c);
        boxes.addSeries(outline("signal region", r.signalRegion()));
        boxes.addSeries(outline("sideband", r.sideband()));
        XYLineAndShapeRenderer br = new XYLineAndShapeRenderer(true, false);
        br.setSeriesPaint(0, Color.BLACK);
        br.setSeriesStroke(0, new BasicStroke(2.2f));
        br.setSeriesPaint(1, Color.GRAY);
        br.setSeriesStroke(
                1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        plot.setDataset(0, boxes);
        plot.setRenderer(0, br);
        plot.setDataset(1, points);
        plot.setRenderer(1, pr);
        LegendItemCollection items = new LegendItemCollection();
        items.add(new LegendItem("τ → " + l + "φ signal MC", new Color(220, 50, 50)));
        bkgItems.forEach(items::add);
        items.add(new LegendItem("signal region", Color.BLACK));
        items.add(new LegendItem("sideband (signal region excluded)", Color.GRAY));
        PlotStyle.addLegend(plot, items);
        PlotLabels labels = ctx.plotLabels()
                .withLine(String.format(
                        Locale.ROOT,
                        "τ → %sφ, φ → K^{+}K^{−}: N_{exp} = %.2f, N_{obs} = %d",
                        l,
                        r.backgroundEstimate(),
                        r.observed()));
        PlotStyle.addLabels(plot, labels);
        return PlotStyle.chart(plot);
    }

    private static XYSeries outline(String name, Box b) {
        XYSeries s = new XYSeries(name, false, true);
        s.add(b.mLo(), b.deLo());
        s.add(b.mHi(), b.deLo());
        s.add(b.mHi(), b.deHi());
        s.add(b.mLo(), b.deHi());
        s.add(b.mLo(), b.deLo());
        return s;
    }

    /** A short table for the terminal. */
    String terminalSummary(SearchOutput out) {
        TextTable t =
                TextTable.of("ch", "eff [%]", "N_bkg exp", "N_obs", "s_UL obs", "s_UL exp", "B_UL obs", "B_UL exp");
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelResult r = results.get(c);
            t.row(
                    "%s\t%.3f\t%.4g\t%d\t%.3f\t%.3f\t%.4g\t%.4g",
                    c.label(),
                    100 * r.efficiency(),
                    r.backgroundEstimate(),
                    r.observed(),
                    r.limit().observed(),
                    r.limit().expected(),
                    r.branchingObserved(),
                    r.branchingExpected());
        }
        return out.terminalHeader(String.format(Locale.ROOT, "sigma_tautau = %.4f nb, 2 channels", sigmaTauTau)) + t;
    }

    /** HEPData: one table of the per-channel limits, efficiencies and yields (channel = lepton PDG id). */
    private void writeHepData(Path dir) {
        var q = HepDataTables.limitQualifiers(100 * cfg.limit().cl(), beam.sqrtS(), ctx.luminosityFb());
        List<HepDataValue> lepton = new ArrayList<>();
        List<HepDataValue> obs = new ArrayList<>();
        List<HepDataValue> exp = new ArrayList<>();
        List<HepDataValue> eff = new ArrayList<>();
        List<HepDataValue> bkg = new ArrayList<>();
        List<HepDataValue> nobs = new ArrayList<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            ChannelResult r = results.get(c);
            lepton.add(HepDataValue.of(c.pdgId()));
            obs.add(HepDataValue.of(r.branchingObserved()));
            exp.add(HepDataValue.of(r.branchingExpected()));
            eff.add(HepDataValue.of(r.efficiency(), HepDataError.sym("MC stat", r.efficiencyError())));
            bkg.add(HepDataValue.of(r.backgroundEstimate()));
            nobs.add(HepDataValue.of(r.observed()));
        }
        var table = new HepDataTable(
                "Upper limits on B(tau -> l phi)",
                "90% CL (CLs, toys) upper limits on B(tau -> l phi), phi -> K+ K-, per signal lepton (PDG id 11 = e, "
                        + "13 = mu), with the signal efficiency, the sideband background estimate and the count observed in "
                        + "a pseudo-dataset (Upsilon simulation).",
                "limits.yaml",
                Map.of("observables", List.of("BR"), "reactions", List.of("TAU --> LEPTON PHI")),
                List.of(HepDataVariable.of("Lepton PDG id", "", lepton)),
                List.of(
                        new HepDataVariable("Observed upper limit on B", "", q, obs),
                        new HepDataVariable("Expected upper limit on B", "", q, exp),
                        HepDataVariable.of("Signal efficiency", "", eff),
                        HepDataVariable.of("Expected background", "events", bkg),
                        HepDataVariable.of("Observed events", "events", nobs)));
        new HepDataSubmission("Upsilon reproduction of the Belle II tau -> l phi search (190 fb^-1)", List.of(table))
                .write(dir);
    }
}

package io.upsilon.searches.resonance;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.analysis.output.hepdata.HepDataSubmission;
import io.upsilon.analysis.output.hepdata.HepDataTable;
import io.upsilon.analysis.output.hepdata.HepDataTables;
import io.upsilon.analysis.output.plot.BrazilPlot;
import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.TextTable;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outputs of a resonance search (x-mumu, x-tautau): {@code limits.csv}, per model a Brazil plot of the
 * limits on sigma x BR and one on the coupling with the published range beside them ({@link
 * PublishedReach}), the candidate-mass plot, the cut flow with the classifier section, one workspace per
 * model and mass, HEPData and the summary; the search's words come from its {@link ResonanceSearchText}.
 */
public final class ResonanceReport {
    private final ResonanceConfig cfg;
    private final ResonanceSearchText text;
    private final RunContext ctx;
    private final List<SampleOutcome<SelectionResult>> backgrounds;
    private final List<SampleOutcome<SelectionResult>> signals;
    private final List<MassWindowCount.Background> bkg;
    private final List<SelectedEvents> data;
    private final List<MassPoint> points;
    private final List<WindowBdt.Region> regions;

    ResonanceReport(
            ResonanceConfig cfg,
            ResonanceSearchText text,
            RunContext ctx,
            List<SampleOutcome<SelectionResult>> backgrounds,
            List<SampleOutcome<SelectionResult>> signals,
            List<MassWindowCount.Background> bkg,
            List<SelectedEvents> data,
            List<MassPoint> points,
            List<WindowBdt.Region> regions) {
        this.cfg = cfg;
        this.text = text;
        this.ctx = ctx;
        this.backgrounds = List.copyOf(backgrounds);
        this.signals = List.copyOf(signals);
        this.bkg = List.copyOf(bkg);
        this.data = List.copyOf(data);
        this.points = List.copyOf(points);
        this.regions = List.copyOf(regions);
    }

    /** The report of a finished scan. */
    public static ResonanceReport of(ResonanceScan.Result r) {
        return new ResonanceReport(
                r.cfg(), r.text(), r.ctx(), r.backgrounds(), r.signals(), r.bkg(), r.data(), r.points(), r.regions());
    }

    /** The run's outputs. */
    public SearchOutput output() {
        SearchOutput out =
                SearchOutput.of(ctx, text.title(), text.description()).resultsCsv("limits.csv");
        for (ResonanceConfig.Model m : cfg.signal().models()) {
            out = out.figure(
                            "limits_" + m.name() + ".png",
                            "Expected and observed " + clPercent() + "% CL upper limits on " + text.sigmaText() + ", "
                                    + m.label())
                    .figure(
                            "coupling_" + m.name() + ".png",
                            "The same limits as limits on the coupling " + m.couplingLabel() + ", " + m.label());
        }
        out = out.figure(text.massPlotName() + ".png", text.massPlotCaption())
                .samples(backgrounds)
                .samples(signals)
                .cutFlow(cutFlowTable(), bdtMarkdown())
                .files(d -> {
                    AtomicFiles.writeString(d.resolve("limits.csv"), limitsCsv());
                    writePlots(d);
                    writeHepData(d.resolve("hepdata"));
                })
                .summary(summary());
        for (MassPoint p : points) {
            if (p.window() != null) {
                out.workspace(
                        text.workspacePrefix() + "_" + p.model() + "_" + SignalGrid.massTag(p.mass()),
                        MassWindowCount.workspace(
                                text.workspacePrefix(),
                                p.model() + "_" + SignalGrid.massTag(p.mass()),
                                p.window(),
                                bkg,
                                cfg.signal().efficiencyUncertainty(),
                                p.selection().equals("bdt") ? "_bdt" : ""));
            }
        }
        return out;
    }

    private String clPercent() {
        return String.format(Locale.ROOT, "%.0f", 100 * cfg.scan().cl());
    }

    /** A short table for the terminal. */
    public String terminalSummary(SearchOutput out) {
        TextTable t = TextTable.of(
                "model", "M [GeV]", "sigma_M [MeV]", "eff [%]", "B", "sigma_exp [fb]", "coupling_exp", "selection");
        for (MassPoint p : points) {
            if (p.hasLimit()) {
                t.row(
                        "%s\t%.2f\t%.2f\t%.2f\t%.3g\t%.4g\t%.3g\t%s",
                        p.model(),
                        p.mass(),
                        1e3 * p.window().resolution(),
                        100 * p.efficiency(),
                        p.window().totalBackground(),
                        p.limit().expected()[2],
                        p.coupling(p.limit().expected()[2]),
                        p.selection());
            } else {
                t.row("%s\t%.2f\t-\t%.2f\t-\tno limit", p.model(), p.mass(), 100 * p.efficiency());
            }
        }
        return out.terminalHeader(points.size() + " mass points") + t;
    }

    // ---- tables ----

    String limitsCsv() {
        StringBuilder b =
                new StringBuilder("model,mass_gev,resolution_gev,window_lo_gev,window_hi_gev,selection,efficiency,"
                        + "sigma_br_generated_fb,background_events,observed_events,sigma_obs_fb,sigma_exp_fb,sigma_exp_m2_fb,"
                        + "sigma_exp_m1_fb,sigma_exp_p1_fb,sigma_exp_p2_fb,coupling_obs,coupling_exp,coupling_exp_m1,"
                        + "coupling_exp_p1\n");
        for (MassPoint p : points) {
            List<String> f = new ArrayList<>(List.of(p.model(), CutFlowTable.num(p.mass())));
            if (p.window() == null || !p.hasLimit()) {
                f.addAll(List.of(
                        "",
                        "",
                        "",
                        p.selection(),
                        CutFlowTable.num(p.efficiency()),
                        CutFlowTable.num(p.sigmaBrGeneratedFb())));
                f.addAll(java.util.Collections.nCopies(14, ""));
            } else {
                MassWindowCount.Window w = p.window();
                double[] e = p.limit().expected();
                double o = p.limit().observed();
                f.addAll(List.of(
                        CutFlowTable.num(w.resolution()),
                        CutFlowTable.num(w.lo()),
                        CutFlowTable.num(w.hi()),
                        p.selection(),
                        CutFlowTable.num(p.efficiency()),
                        CutFlowTable.num(p.sigmaBrGeneratedFb()),
                        CutFlowTable.num(w.totalBackground()),
                        CutFlowTable.num(w.observed()),
                        CutFlowTable.num(o),
                        CutFlowTable.num(e[2]),
                        CutFlowTable.num(e[0]),
                        CutFlowTable.num(e[1]),
                        CutFlowTable.num(e[3]),
                        CutFlowTable.num(e[4]),
                        CutFlowTable.num(p.coupling(o)),
                        CutFlowTable.num(p.coupling(e[2])),
                        CutFlowTable.num(p.coupling(e[1])),
                        CutFlowTable.num(p.coupling(e[3]))));
            }
            b.append(String.join(",", f)).append('\n');
        }
        return b.toString();
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                text.title(), ctx.luminosityFb(), text.generatedText(), ctx.quick(), text.notSimulated());
        t.samples(backgrounds, signals);
        return t.build();
    }

    /** The classifier section of cutflow.md. */
    String bdtMarkdown() {
        StringBuilder b = new StringBuilder();
        if (regions.isEmpty()) {
            return b.toString();
        }
        b.append("## BDT stage (per model and mass region)\n\n");
        b.append("XGBoost classifiers on the kinematics of the pair closest to each mass hypothesis ("
                + String.join(", ", text.pairFeatures()) + "), cross-trained in "
                + cfg.bdt().folds()
                + " folds; the cut maximises the Punzi figure of merit (a = 1.645) on the out-of-fold scores among cuts"
                + " keeping >= " + cfg.bdt().minBackgroundEvents() + " simulated background events.\n\n");
        b.append("| model | region [GeV] | training rows (S, B) | AUC in-fold / out-of-fold | score cut | S efficiency"
                + " of the cut | B after the cut |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (WindowBdt.Region r : regions) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s-%s | %d, %d | %.4f / %.4f | %.4f | %.1f%% | %.4g |%n",
                    r.model(),
                    PlotLabels.formatNumber(r.lowMass()),
                    PlotLabels.formatNumber(r.highMass()),
                    r.trainingEvents()[0],
                    r.trainingEvents()[1],
                    r.classifier().inFoldAuc(),
                    r.classifier().outOfFoldAuc(),
                    r.cut(),
                    100 * r.signalEfficiency(),
                    r.background()));
        }
        b.append("\n| model | M [GeV] | selection used | expected limit, cut-based [fb] | expected limit, BDT [fb] |\n"
                + "|---|---:|---|---:|---:|\n");
        for (MassPoint p : points) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s |%n",
                    p.model(),
                    PlotLabels.formatNumber(p.mass()),
                    p.selection(),
                    fmt(p.expectedCutBased()),
                    fmt(p.expectedBdt())));
        }
        return b.toString();
    }

    private static String fmt(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.4g", x) : "-";
    }

    // ---- plots ----

    private List<MassPoint> withLimits(String model) {
        return points.stream()
                .filter(p -> p.model().equals(model) && p.hasLimit())
                .toList();
    }

    private void writePlots(Path d) {
        String clText = clPercent() + "% CL upper limits (CLs, asymptotic)";
        for (ResonanceConfig.Model m : cfg.signal().models()) {
            List<MassPoint> lim = withLimits(m.name());
            if (lim.size() < 2) {
                continue;
            }
            PublishedReach pub = text.published().get(m.name());
            BrazilPlot.Builder sigma = BrazilPlot.builder(sigmaPoints(lim))
                    .xLabel("M_{X} [GeV]")
                    .yLabel(text.sigmaAxis() + ", " + m.label())
                    .labels(ctx.plotLabels().withLine(clText))
                    .logY(true);
            BrazilPlot.Builder coupling = BrazilPlot.builder(couplingPoints(lim))
                    .xLabel("M_{X} [GeV]")
                    .yLabel(m.couplingLabel() + ", " + m.label())
                    .labels(ctx.plotLabels().withLine(clText))
                    .logY(true);
            if (pub != null) {
                double[] x = {pub.massLow(), pub.massHigh()};
                Color c = new Color(0x1f, 0x4e, 0x9c);
                sigma = sigma.reference(Curve.dashed(
                                "Belle II obs., min (" + pub.citation() + ")",
                                x,
                                new double[] {pub.sigmaMinFb(), pub.sigmaMinFb()},
                                c))
                        .reference(Curve.dashed(
                                "Belle II obs., max", x, new double[] {pub.sigmaMaxFb(), pub.sigmaMaxFb()}, c));
                if (pub.hasCouplingRange()) {
                    double[] xc = {pub.massLow(), pub.couplingMassHigh()};
                    String below = "M < " + PlotLabels.formatNumber(pub.couplingMassHigh()) + " GeV";
                    coupling = coupling.reference(Curve.dashed(
                                    "Belle II obs., min (" + below + ")",
                                    xc,
                                    new double[] {pub.couplingMin(), pub.couplingMin()},
                                    c))
                            .reference(Curve.dashed(
                                    "Belle II obs., max (" + below + ")",
                                    xc,
                                    new double[] {pub.couplingMax(), pub.couplingMax()},
                                    c));
                }
            }
            SearchOutput.writePlot(d, sigma.build().chart(), "limits_" + m.name());
            SearchOutput.writePlot(d, coupling.build().chart(), "coupling_" + m.name());
        }
        SearchOutput.writePlot(d, massPlot().chart(), text.massPlotName());
    }

    private List<LimitPoint> sigmaPoints(List<MassPoint> lim) {
        List<LimitPoint> out = new ArrayList<>();
        for (MassPoint p : lim) {
            out.add(LimitPoint.of(p.mass(), p.limit().observed(), p.limit().expected()));
        }
        return out;
    }

    private List<LimitPoint> couplingPoints(List<MassPoint> lim) {
        List<LimitPoint> out = new ArrayList<>();
        for (MassPoint p : lim) {
            out.add(LimitPoint.of(p.mass(), p.limit().observed(), p.limit().expected())
                    .map(p::coupling));
        }
        return out;
    }

    /** All four pair masses of every selected event, backgrounds stacked, signals at the plot masses, pseudo-data. */
    private StackedHistogramPlot massPlot() {
        MassScan s = cfg.scan();
        Axis axis = Axis.regular(s.bins(), s.lo(), s.hi());
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder()
                .xLabel(text.massAxis(), "GeV/c^{2}")
                .labels(ctx.plotLabels().withLine(text.massPlotLine()))
                .logY(true);
        for (int i = 0; i < backgrounds.size(); i++) {
            b.background(HistSeries.of(
                    backgrounds.get(i).label(), pairMasses(axis, bkg.get(i).events(), 1)));
        }
        for (SampleOutcome<SelectionResult> sig : signals) {
            MassPoint p = points.get(signals.indexOf(sig));
            if (Arrays.stream(cfg.signal().plotMasses()).noneMatch(m -> m == p.mass()) || !p.hasLimit()) {
                continue;
            }
            // Drawn at its expected limit: the signal the scan would just exclude.
            double scale = p.limit().expected()[2] / p.sigmaBrGeneratedFb();
            b.signal(HistSeries.of(
                    String.format(
                            Locale.ROOT,
                            "%s M = %s GeV at the expected limit",
                            p.model(),
                            PlotLabels.formatNumber(p.mass())),
                    pairMasses(axis, sig.result().events(), scale)));
        }
        Hist1D d = new Hist1D(axis);
        for (SelectedEvents part : data) {
            d.add(pairMasses(axis, part, 1));
        }
        b.data(HistSeries.of("pseudo-data (background only)", d));
        return b.build();
    }

    private static Hist1D pairMasses(Axis axis, SelectedEvents ev, double scale) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < ev.size(); i++) {
            float[] f = ev.features(i);
            for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
                h.fill(f[k], ev.weight(i) * scale);
            }
        }
        return h;
    }

    // ---- HEPData, summary ----

    private void writeHepData(Path dir) {
        var q = HepDataTables.limitQualifiers(100 * cfg.scan().cl(), ctx.beam().sqrtS(), ctx.luminosityFb());
        List<HepDataTable> tables = new ArrayList<>();
        for (ResonanceConfig.Model m : cfg.signal().models()) {
            List<MassPoint> lim = withLimits(m.name());
            if (lim.isEmpty()) {
                continue;
            }
            Map<String, List<String>> keywords = Map.of(
                    "observables", List.of("SIG"),
                    "reactions", List.of(text.hepdataReaction()),
                    "phrases", List.of("Dark sector", "Resonance search", "Upper limit"));
            tables.add(HepDataTables.limits(
                    "limits_" + m.name() + ".yaml",
                    "Upper limits on sigma x BR, " + m.name(),
                    "Upper limits on " + text.hepdataSigma() + " vs M(X) for the " + m.label()
                            + ", CLs asymptotic, observed on a pseudo-dataset drawn from the background model"
                            + " (Upsilon simulation).",
                    sigmaPoints(lim),
                    "M(X)",
                    "fb",
                    q,
                    keywords));
            tables.add(HepDataTables.limits(
                    "coupling_" + m.name() + ".yaml",
                    "Upper limits on " + m.coupling() + ", " + m.name(),
                    "Upper limits on the coupling " + m.coupling() + " to muons vs M(X) for the " + m.label() + ".",
                    couplingPoints(lim),
                    "M(X)",
                    "",
                    q,
                    keywords));
        }
        if (!tables.isEmpty()) {
            new HepDataSubmission(text.hepdataSubmission(), tables).write(dir);
        }
    }

    private Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cl", cfg.scan().cl());
        m.put("window_sigmas", cfg.scan().windowSigmas());
        List<Map<String, Object>> pts = new ArrayList<>();
        for (MassPoint p : points) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", p.model());
            o.put("mass_gev", p.mass());
            o.put("sigma_br_generated_fb", p.sigmaBrGeneratedFb());
            o.put("generation_coupling", p.generationCoupling());
            o.put("selected_mc_events", p.selectedEvents());
            o.put("selection", p.selection());
            o.put("efficiency", p.efficiency());
            o.put("sigma_exp_cut_based_fb", finiteOrNull(p.expectedCutBased()));
            o.put("sigma_exp_bdt_fb", finiteOrNull(p.expectedBdt()));
            if (p.window() != null) {
                o.put("resolution_gev", p.window().resolution());
                o.put("window_gev", List.of(p.window().lo(), p.window().hi()));
                o.put("signal_events_at_1fb", p.window().signalYield());
                o.put("background_events", p.window().totalBackground());
                o.put("observed_events", p.window().observed());
            }
            if (p.hasLimit()) {
                o.put("sigma_obs_fb", p.limit().observed());
                o.put("sigma_exp_fb", p.limit().expected());
                o.put("coupling_obs", p.coupling(p.limit().observed()));
                o.put("coupling_exp", p.coupling(p.limit().expected()[2]));
            } else {
                o.put("status", p.window() == null ? "too few selected signal events" : "limit did not converge");
            }
            pts.add(o);
        }
        m.put("mass_points", pts);
        List<Map<String, Object>> regs = new ArrayList<>();
        for (WindowBdt.Region r : regions) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("model", r.model());
            o.put("masses_gev", List.of(r.lowMass(), r.highMass()));
            o.put("training_signal_rows", r.trainingEvents()[0]);
            o.put("training_background_rows", r.trainingEvents()[1]);
            o.put("auc_in_fold", r.classifier().inFoldAuc());
            o.put("auc_out_of_fold", r.classifier().outOfFoldAuc());
            o.put("score_cut", r.cut());
            o.put("feature_importance_gain", r.classifier().featureImportance());
            regs.add(o);
        }
        m.put("bdt_regions", regs);
        return m;
    }

    private static Double finiteOrNull(double x) {
        return Double.isFinite(x) ? x : null;
    }
}

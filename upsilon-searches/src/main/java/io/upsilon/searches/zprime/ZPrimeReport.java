package io.upsilon.searches.zprime;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.analysis.output.hepdata.HepDataSubmission;
import io.upsilon.analysis.output.hepdata.HepDataTable;
import io.upsilon.analysis.output.hepdata.HepDataTables;
import io.upsilon.analysis.output.plot.BrazilPlot;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.TextTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the Z' search's outputs into one directory, atomically (all files or none). */
final class ZPrimeReport {
    /** Title of the tables and the terminal summary. */
    static final String TITLE = "Z' -> invisible";

    /** Coupling at which signals are drawn in the recoil-mass plot. */
    static final double PLOT_GPRIME = 0.1;

    /** Fine bins merged into one bin of the recoil-mass plot. */
    private static final int PLOT_REBIN = 20;

    /** A signal's M_rec^2 after a region's cut (weights in expected events at the generated sigma, times L / generated). */
    record SignalShape(double mass, Hist1D hist, double generated) {}

    /** What a region's post-BDT plot shows: backgrounds, pseudo-data and signals inside the region's windows. */
    record RegionPlot(
            ZPrimeBdt.Region region,
            double lo,
            double hi,
            List<ZPrimeFit.BackgroundHist> backgrounds,
            Hist1D data,
            List<SignalShape> signals) {}

    /**
     * Results at one mass.
     *
     * @param mass Z' mass, GeV
     * @param sigmaG1Fb sigma(e+e- → μμZ′) at g′ = 1, fb (from the generated sample)
     * @param brInvisible BR(Z′ → invisible) used for g′
     * @param selectedEvents signal Monte Carlo events passing the common selection
     * @param chosen the selection used (the one with the lower expected limit) and its limit
     * @param expectedCutBased median expected limit with the common selection (fb; +inf if none)
     * @param expectedBdt median expected limit with the region's BDT (fb; NaN if not trained)
     */
    record MassPoint(
            double mass,
            double sigmaG1Fb,
            double brInvisible,
            int selectedEvents,
            ZPrimeFit.Candidate chosen,
            double expectedCutBased,
            double expectedBdt) {
        boolean hasLimit() {
            return chosen.limit() != null && chosen.limit().converged();
        }

        double efficiency() {
            return chosen.efficiency();
        }

        double efficiencyError() {
            return chosen.efficiencyError();
        }

        ZPrimeFit.Window window() {
            return chosen.window();
        }

        ClsLimit limit() {
            return chosen.limit();
        }

        /** g' limit from a sigma x BR limit in fb: sigma x BR = g'^2 sigma(g'=1) BR. */
        double gprime(double sigmaLimitFb) {
            return Math.sqrt(sigmaLimitFb / (sigmaG1Fb * brInvisible));
        }
    }

    private final ZPrimeConfig cfg;
    private final RunContext ctx;
    private final Beam beam;
    private final boolean quick;
    private final List<SampleOutcome<SelectionResult>> backgrounds;
    private final List<SampleOutcome<SelectionResult>> signals;
    private final Axis axis;
    private final List<ZPrimeFit.BackgroundHist> bkgHists;
    private final Hist1D data;
    private final List<MassPoint> points;
    private final List<ZPrimeBdt.Region> regions;
    private final List<RegionPlot> regionPlots;

    ZPrimeReport(
            ZPrimeConfig cfg,
            RunContext ctx,
            List<SampleOutcome<SelectionResult>> backgrounds,
            List<SampleOutcome<SelectionResult>> signals,
            Axis axis,
            List<ZPrimeFit.BackgroundHist> bkgHists,
            Hist1D data,
            List<MassPoint> points,
            List<ZPrimeBdt.Region> regions,
            List<RegionPlot> regionPlots) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.beam = ctx.beam();
        this.quick = ctx.quick();
        this.backgrounds = List.copyOf(backgrounds);
        this.signals = List.copyOf(signals);
        this.axis = axis;
        this.bkgHists = List.copyOf(bkgHists);
        this.data = data;
        this.points = List.copyOf(points);
        this.regions = List.copyOf(regions);
        this.regionPlots = List.copyOf(regionPlots);
    }

    /** The run's outputs. */
    SearchOutput output() {
        SearchOutput out = SearchOutput.of(ctx, TITLE, ZPrimeInvisibleSearch.DESCRIPTION)
                .resultsCsv("limits.csv")
                .figure(
                        "limits.png",
                        "Expected and observed 90% CL upper limits on sigma(e+e- -> mu+mu-Z') x BR(Z' -> invisible)")
                .figure("gprime_limits.png", "The same limits as limits on the coupling g'")
                .figure("recoil_mass.png", "Recoil mass squared after the selection: backgrounds, signals, pseudo-data")
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
                        "zprime_" + SignalGrid.massTag(p.mass()), p.window().workspace());
            }
        }
        return out;
    }

    /** A short table for the terminal. */
    String terminalSummary(SearchOutput out) {
        TextTable t = TextTable.of("M [GeV]", "eff [%]", "sigma_exp [fb]", "sigma_obs [fb]", "g'_exp", "selection");
        for (MassPoint p : points) {
            if (p.hasLimit()) {
                t.row(
                        "%.2f\t%.2f\t%.4g\t%.4g\t%.3g\t%s",
                        p.mass(),
                        100 * p.efficiency(),
                        p.limit().expected()[2],
                        p.limit().observed(),
                        p.gprime(p.limit().expected()[2]),
                        p.chosen().selection());
            } else {
                t.row("%.2f\t%.2f\tno limit", p.mass(), 100 * p.efficiency());
            }
        }
        return out.terminalHeader(points.size() + " mass points") + t;
    }

    private List<MassPoint> withLimits() {
        return points.stream().filter(MassPoint::hasLimit).toList();
    }

    // ---- tables ----

    String limitsCsv() {
        StringBuilder b = new StringBuilder(
                "mass_gev,sigma_obs_fb,sigma_exp_fb,sigma_exp_m2_fb,sigma_exp_m1_fb,sigma_exp_p1_fb,sigma_exp_p2_fb,"
                        + "gprime_obs,gprime_exp,gprime_exp_m1,gprime_exp_p1\n");
        for (MassPoint p : points) {
            if (!p.hasLimit()) {
                b.append(CutFlowTable.num(p.mass())).append(",,,,,,,,,,\n");
                continue;
            }
            double[] e = p.limit().expected();
            double o = p.limit().observed();
            b.append(String.join(
                            ",",
                            CutFlowTable.num(p.mass()),
                            CutFlowTable.num(o),
                            CutFlowTable.num(e[2]),
                            CutFlowTable.num(e[0]),
                            CutFlowTable.num(e[1]),
                            CutFlowTable.num(e[3]),
                            CutFlowTable.num(e[4]),
                            CutFlowTable.num(p.gprime(o)),
                            CutFlowTable.num(p.gprime(e[2])),
                            CutFlowTable.num(p.gprime(e[1])),
                            CutFlowTable.num(p.gprime(e[3]))))
                    .append('\n');
        }
        return b.toString();
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t =
                CutFlowTable.builder(TITLE, ctx.luminosityFb(), "generated e+e- -> mu+mu-Z' events", quick, "");
        t.samples(backgrounds, signals);
        return t.build();
    }

    /** The BDT section of cutflow.md. */
    String bdtMarkdown() {
        StringBuilder b = new StringBuilder();
        if (!regions.isEmpty()) {
            b.append("## BDT stage (per mass region)\n\n");
            b.append("XGBoost classifiers per region on the CM kinematics of the pair, cross-trained in "
                    + cfg.bdt().folds() + " folds: every event is scored by a classifier that did not see it, and all "
                    + "events fill the signal templates. The cut maximises the Punzi figure of merit (a = 1.645) on "
                    + "these scores among cuts keeping >= " + cfg.bdt().minBackgroundEvents() + " simulated background "
                    + "events; each background after the cut is its M_rec^2 shape before the cut times its pass "
                    + "fraction in the region's windows (MC error as a normalisation uncertainty).\n\n");
            b.append("| region [GeV] | training events (S, B) | AUC in-fold / out-of-fold | score cut | "
                    + "S efficiency of the cut | B in the region's windows after the cut | B pass fraction per sample |\n"
                    + "|---|---:|---:|---:|---:|---:|---|\n");
            for (ZPrimeBdt.Region r : regions) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %s-%s | %d, %d | %.4f / %.4f | %.4f | %.1f%% | %.4g | %s |%n",
                        PlotLabels.formatNumber(r.lowMass()),
                        PlotLabels.formatNumber(r.highMass()),
                        r.trainingEvents()[0],
                        r.trainingEvents()[1],
                        r.inFoldAuc(),
                        r.outOfFoldAuc(),
                        r.cut(),
                        100 * r.signalEfficiency(),
                        r.background(),
                        passFractions(r)));
            }
            b.append(
                    "\n| M [GeV] | selection used | efficiency | expected limit, cut-based [fb] | expected limit, BDT [fb] |\n"
                            + "|---:|---|---:|---:|---:|\n");
            for (MassPoint p : points) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %.2f%% | %.4g | %s |%n",
                        PlotLabels.formatNumber(p.mass()),
                        p.chosen().selection(),
                        100 * p.efficiency(),
                        p.expectedCutBased(),
                        Double.isFinite(p.expectedBdt()) ? String.format(Locale.ROOT, "%.4g", p.expectedBdt()) : "-"));
            }
        }
        return b.toString();
    }

    // ---- plots ----

    private PlotLabels labels() {
        return ctx.plotLabels();
    }

    private void writePlots(Path d) {
        List<MassPoint> lim = withLimits();
        String clText = String.format(
                Locale.ROOT,
                "%.0f%% CL upper limits (CLs, asymptotic)",
                100 * cfg.fit().cl());
        if (lim.size() >= 2) {
            BrazilPlot sigma = BrazilPlot.builder(sigmaPoints(lim))
                    .xLabel("M_{Z′} [GeV]")
                    .yLabel("σ(e⁺e⁻ → μ⁺μ⁻Z′) × BR(Z′ → invisible) [fb]")
                    .labels(labels().withLine(clText))
                    .build();
            SearchOutput.writePlot(d, sigma.chart(), "limits");
            BrazilPlot gprime = BrazilPlot.builder(gprimePoints(lim))
                    .xLabel("M_{Z′} [GeV]")
                    .yLabel("g′ (L_{μ} − L_{τ}, " + (cfg.signal().fullyInvisible() ? "BR(inv) = 1" : "Z′ → νν̄") + ")")
                    .labels(labels().withLine(clText))
                    .build();
            SearchOutput.writePlot(d, gprime.chart(), "gprime_limits");
        }
        SearchOutput.writePlot(d, recoilPlot().chart(), "recoil_mass");
        for (int r = 0; r < regionPlots.size(); r++) {
            SearchOutput.writePlot(d, regionPlot(regionPlots.get(r)).chart(), "recoil_mass_bdt_region" + (r + 1));
        }
    }

    private List<LimitPoint> sigmaPoints(List<MassPoint> lim) {
        List<LimitPoint> out = new ArrayList<>();
        for (MassPoint p : lim) {
            out.add(LimitPoint.of(p.mass(), p.limit().observed(), p.limit().expected()));
        }
        return out;
    }

    private List<LimitPoint> gprimePoints(List<MassPoint> lim) {
        List<LimitPoint> out = new ArrayList<>();
        for (MassPoint p : lim) {
            out.add(LimitPoint.of(p.mass(), p.limit().observed(), p.limit().expected())
                    .map(p::gprime));
        }
        return out;
    }

    private StackedHistogramPlot recoilPlot() {
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder()
                .xLabel("M^{2}_{recoil}", "GeV^{2}/c^{4}")
                .labels(labels().withLine("μ⁺μ⁻ + missing energy selection, before the BDT"))
                .logY(true);
        for (int i = 0; i < bkgHists.size(); i++) {
            b.background(HistSeries.of(
                    backgrounds.get(i).label(), rebin(bkgHists.get(i).hist())));
        }
        for (double m : cfg.signal().plotMasses()) {
            for (int k = 0; k < points.size(); k++) {
                MassPoint p = points.get(k);
                if (p.mass() != m) {
                    continue;
                }
                SampleOutcome<SelectionResult> s = signals.get(k);
                double g0 = cfg.signal().generationGprime();
                double scale = (PLOT_GPRIME / g0) * (PLOT_GPRIME / g0) * p.brInvisible();
                b.signal(HistSeries.of(
                        String.format(
                                Locale.ROOT,
                                "Z′ M = %s GeV, g′ = %s",
                                PlotLabels.formatNumber(m),
                                PlotLabels.formatNumber(PLOT_GPRIME)),
                        rebin(ZPrimeInvisibleSearch.fill(axis, s.result(), scale))));
            }
        }
        b.data(HistSeries.of("pseudo-data (background only)", rebin(data)));
        return b.build();
    }

    /** M_rec^2 inside a region's windows after its BDT cut: what the fits at its masses see. */
    private StackedHistogramPlot regionPlot(RegionPlot rp) {
        String title = String.format(
                Locale.ROOT,
                "after the %s–%s GeV BDT",
                PlotLabels.formatNumber(rp.region().lowMass()),
                PlotLabels.formatNumber(rp.region().highMass()));
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder()
                .xLabel("M^{2}_{recoil}", "GeV^{2}/c^{4}")
                .labels(labels().withLine("μ⁺μ⁻ + missing energy").withLine(title))
                .logY(true);
        int perBin = Math.max(1, (int) Math.round((rp.hi() - rp.lo()) / axis.width(0) / 40));
        for (int i = 0; i < rp.backgrounds().size(); i++) {
            b.background(HistSeries.of(
                    backgrounds.get(i).label(), slice(rp.backgrounds().get(i).hist(), rp, perBin)));
        }
        for (SignalShape sh : rp.signals()) {
            MassPoint p = points.stream()
                    .filter(x -> x.mass() == sh.mass())
                    .findFirst()
                    .orElseThrow();
            if (Arrays.stream(cfg.signal().plotMasses()).noneMatch(m -> m == sh.mass())
                    && rp.signals().indexOf(sh) != 0) {
                continue;
            }
            double g0 = cfg.signal().generationGprime();
            double g = p.hasLimit() ? p.gprime(p.limit().expected()[2]) : PLOT_GPRIME;
            // Drawn at its expected g' limit: the signal the fit would just exclude.
            double scale = (g / g0) * (g / g0) * p.brInvisible();
            b.signal(HistSeries.of(
                    String.format(
                            Locale.ROOT,
                            "Z′ M = %s GeV, g′ = %.2g (expected limit)",
                            PlotLabels.formatNumber(sh.mass()),
                            g),
                    slice(sh.hist().scaled(scale), rp, perBin)));
        }
        b.data(HistSeries.of("pseudo-data (background only)", slice(rp.data(), rp, perBin)));
        return b.build();
    }

    /** The bins of {@code fine} inside the region's windows, {@code perBin} fine bins per bin. */
    private Hist1D slice(Hist1D fine, RegionPlot rp, int perBin) {
        int first = Math.max(0, axis.index(rp.lo() + 1e-9));
        int last = Math.min(axis.bins(), axis.index(rp.hi() - 1e-9) + 1);
        int n = Math.max(1, (last - first + perBin - 1) / perBin);
        Axis coarse = Axis.regular(n, axis.edge(first), axis.edge(first) + n * perBin * axis.width(0));
        double[] w = new double[n + 3];
        double[] w2 = new double[n + 3];
        for (int i = first; i < Math.min(axis.bins(), first + n * perBin); i++) {
            int j = (i - first) / perBin + 1;
            w[j] += fine.content(i);
            w2[j] += fine.variance(i);
        }
        return Hist1D.of(coarse, w, w2, fine.entries());
    }

    private Hist1D rebin(Hist1D fine) {
        int n = fine.bins() / PLOT_REBIN;
        Axis coarse = Axis.regular(n, axis.lo(), axis.lo() + n * PLOT_REBIN * axis.width(0));
        double[] w = new double[n + 3];
        double[] w2 = new double[n + 3];
        double[] fw = fine.contentsWithFlow();
        double[] fw2 = fine.variancesWithFlow();
        w[0] = fw[0];
        w2[0] = fw2[0];
        for (int i = 0; i < fine.bins(); i++) {
            int j = i / PLOT_REBIN;
            int slot = j < n ? j + 1 : n + 1;
            w[slot] += fw[i + 1];
            w2[slot] += fw2[i + 1];
        }
        w[n + 1] += fw[fine.bins() + 1];
        w2[n + 1] += fw2[fine.bins() + 1];
        return Hist1D.of(coarse, w, w2, fine.entries());
    }

    // ---- workspaces, HEPData, summary ----

    private void writeHepData(Path dir) {
        List<MassPoint> lim = withLimits();
        if (lim.isEmpty()) {
            return;
        }
        var q = HepDataTables.limitQualifiers(100 * cfg.fit().cl(), beam.sqrtS(), ctx.luminosityFb());
        Map<String, List<String>> keywords = Map.of(
                "observables", List.of("SIG"),
                "reactions", List.of("E+ E- --> MU+ MU- ZPRIME"),
                "phrases", List.of("Dark sector", "Invisible decay", "Upper limit"));
        HepDataTable sigma = HepDataTables.limits(
                "limits.yaml",
                "Upper limits on sigma x BR",
                "Upper limits on sigma(e+e- -> mu+mu-Z') x BR(Z' -> invisible) vs M(Z'), CLs asymptotic, "
                        + "observed on a pseudo-dataset drawn from the background model (Upsilon simulation).",
                sigmaPoints(lim),
                "M(Z')",
                "fb",
                q,
                keywords);
        HepDataTable gprime = HepDataTables.limits(
                "gprime_limits.yaml",
                "Upper limits on g'",
                "Upper limits on the L_mu - L_tau coupling g' vs M(Z'), "
                        + (cfg.signal().fullyInvisible() ? "BR(Z' -> invisible) = 1." : "Z' -> nu nubar only."),
                gprimePoints(lim),
                "M(Z')",
                "",
                q,
                keywords);
        new HepDataSubmission(
                        "Upsilon reproduction of the Belle II Z' -> invisible search (PRL 130, 231801)",
                        List.of(sigma, gprime))
                .write(dir);
    }

    private Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cl", cfg.fit().cl());
        m.put("gprime_scenario", cfg.signal().fullyInvisible() ? "fully-invisible" : "vanilla");
        List<Map<String, Object>> pts = new ArrayList<>();
        for (MassPoint p : points) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("mass_gev", p.mass());
            o.put("sigma_gprime1_fb", p.sigmaG1Fb());
            o.put("br_invisible", p.brInvisible());
            o.put("efficiency", p.efficiency());
            o.put("efficiency_err", p.efficiencyError());
            o.put("selected_mc_events", p.selectedEvents());
            o.put("selection", p.chosen().selection());
            o.put("sigma_exp_cut_based_fb", finiteOrNull(p.expectedCutBased()));
            o.put("sigma_exp_bdt_fb", finiteOrNull(p.expectedBdt()));
            if (p.window() != null) {
                o.put("window_mrec2_gev2", List.of(p.window().lo(), p.window().hi()));
                o.put("window_bins", p.window().edges().length - 1);
                o.put("signal_events_at_1fb", p.window().signalYield());
                o.put("background_events", p.window().backgroundYield());
                o.put("observed_events", p.window().observed());
            }
            if (p.hasLimit()) {
                o.put("sigma_obs_fb", p.limit().observed());
                o.put("sigma_exp_fb", p.limit().expected());
                o.put("gprime_obs", p.gprime(p.limit().observed()));
                o.put("gprime_exp", p.gprime(p.limit().expected()[2]));
            } else {
                o.put(
                        "status",
                        p.window() == null
                                ? "too few selected signal events for a template"
                                : "limit did not converge");
            }
            pts.add(o);
        }
        m.put("mass_points", pts);
        List<Map<String, Object>> regs = new ArrayList<>();
        for (ZPrimeBdt.Region r : regions) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("masses_gev", List.of(r.lowMass(), r.highMass()));
            o.put("training_signal_events", r.trainingEvents()[0]);
            o.put("training_background_events", r.trainingEvents()[1]);
            o.put("auc_in_fold", r.inFoldAuc());
            o.put("auc_out_of_fold", r.outOfFoldAuc());
            o.put("score_cut", r.cut());
            o.put("background_pass_fraction", r.backgroundPass());
            o.put("background_pass_fraction_rel_err", r.backgroundPassError());
            o.put("feature_importance_gain", r.featureImportance());
            regs.add(o);
        }
        m.put("bdt_regions", regs);
        return m;
    }

    private String passFractions(ZPrimeBdt.Region r) {
        List<String> out = new ArrayList<>();
        for (int b = 0; b < backgrounds.size(); b++) {
            out.add(String.format(
                    Locale.ROOT,
                    "%s %.3g ± %.0f%%",
                    backgrounds.get(b).name(),
                    r.backgroundPass()[b],
                    100 * r.backgroundPassError()[b]));
        }
        return String.join(", ", out);
    }

    private static Double finiteOrNull(double x) {
        return Double.isFinite(x) ? x : null;
    }
}

package io.upsilon.searches.charmlifetimes;

import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.charmlifetimes.CharmLifetimesSearch.ModeResult;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The outputs of {@code charm-lifetimes}: summary.json (per mode the fitted lifetime, its closure
 * against the generator's, the statistical error scaled to Belle II's luminosity next to the
 * published one, the toys' pulls), the decay-time plots with the fit (log y), the mass plots with
 * the signal window and sidebands, the toys' pulls, the cut flow and report.html.
 */
final class CharmLifetimesReport {
    private static final String TITLE = "Charmed hadron lifetimes (D0, D+, Lambda_c+)";
    private static final int CURVE_POINTS = 241;
    private static final int CURVE_SIGMAS = 400;
    private static final Color SIGNAL = new Color(0x1F77B4);
    private static final Color SIDEBAND = new Color(0xFF7F0E);
    private static final Color OTHER = new Color(0x999999);
    private static final Color FIT = new Color(0xD62728);

    private final CharmLifetimesConfig cfg;
    private final RunContext ctx;
    private final SampleOutcome<SelectionResult> sample;
    private final CharmSelection selection;
    private final Map<CharmMode, ModeResult> results;

    CharmLifetimesReport(
            CharmLifetimesConfig cfg,
            RunContext ctx,
            SampleOutcome<SelectionResult> sample,
            CharmSelection selection,
            Map<CharmMode, ModeResult> results) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.sample = sample;
        this.selection = selection;
        this.results = results;
    }

    SearchOutput output() {
        SearchOutput out =
                SearchOutput.of(ctx, TITLE, CharmLifetimesSearch.DESCRIPTION).resultsTable(resultsTable());
        for (CharmMode m : CharmMode.values()) {
            out.figure(
                    "decay_time_" + m.key() + ".png",
                    m.label() + ": decay time of the signal-window candidates" + " with the fit (log scale)");
        }
        for (CharmMode m : CharmMode.values()) {
            out.figure("mass_" + m.key() + ".png", m.label() + ": mass with the signal window and the sidebands");
        }
        out.figure("toy_pulls.png", "Lifetime pulls of the pseudo-experiments, per mode");
        return out.samples(List.of(sample))
                .cutFlow(cutFlowTable(), candidateTable())
                .files(d -> {
                    for (CharmMode m : CharmMode.values()) {
                        SearchOutput.writePlot(d, decayTimePlot(m), "decay_time_" + m.key());
                        SearchOutput.writePlot(d, massPlot(m), "mass_" + m.key());
                    }
                    SearchOutput.writePlot(d, pullPlot(), "toy_pulls");
                })
                .summary(Map.of("result", result()));
    }

    private static String fs(double ps) {
        return String.format(Locale.ROOT, "%.1f", ps * 1000);
    }

    private static String f3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /** Expected signal candidates at {@code lumi}: the window's weight without the background share. */
    private double expectedSignal(ModeResult r, double lumi) {
        return r.windowWeight() * (1 - r.fit().background().fraction()) * lumi / ctx.luminosityFb();
    }

    /** The fit's statistical error scaled to {@code lumi}, ps: sigma x sqrt(N_fit / N_expected). */
    double scaledError(ModeResult r, double lumi) {
        double nFit = r.fit().candidates() * (1 - r.fit().background().fraction());
        return r.fit().tauError() * Math.sqrt(nFit / expectedSignal(r, lumi));
    }

    Table resultsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (ModeResult r : results.values()) {
            CharmLifetimesConfig.Mode m = cfg.modes().get(r.mode());
            LifetimeFit.Result f = r.fit();
            double[] p = r.toys().pulls();
            rows.add(List.of(
                    r.mode().label(),
                    fs(f.tau()) + " ± " + fs(f.tauError()),
                    fs(r.inputTau()),
                    String.format(
                            Locale.ROOT,
                            "%+.2f σ (%+.2f %%)",
                            (f.tau() - r.inputTau()) / f.tauError(),
                            100 * (f.tau() / r.inputTau() - 1)),
                    fs(scaledError(r, m.publishedLuminosity())) + " / "
                            + String.format(Locale.ROOT, "%.2f", m.publishedStat()),
                    String.format(Locale.ROOT, "%.3f ± %.3f / %.3f ± %.3f", p[0], p[1], p[2], p[3])));
        }
        return Table.of(
                        List.of(
                                "mode",
                                "τ fitted [fs]",
                                "τ generated [fs]",
                                "closure",
                                "σ_stat at Belle II's luminosity: this method / published [fs]",
                                "toys: pull mean / width"),
                        rows)
                .withCaption("summary.json");
    }

    Map<String, Object> result() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("analysis", CharmLifetimesSearch.NAME);
        out.put("quick", ctx.quick());
        out.put("luminosity_fb", ctx.luminosityFb());
        out.put("generated_events", sample.generatedEvents());
        Map<String, Object> modes = new LinkedHashMap<>();
        for (ModeResult r : results.values()) {
            CharmLifetimesConfig.Mode m = cfg.modes().get(r.mode());
            LifetimeFit.Result f = r.fit();
            LifetimeFit.Background b = f.background();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("label", r.mode().label());
            e.put("tau_generated_fs", r.inputTau() * 1000);
            e.put("tau_fitted_fs", f.tau() * 1000);
            e.put("tau_error_fs", f.tauError() * 1000);
            e.put("closure_sigma", (f.tau() - r.inputTau()) / f.tauError());
            e.put("closure_relative", f.tau() / r.inputTau() - 1);
            e.put("fit_ok", f.ok());
            e.put("resolution_mean_fs", f.mean() * 1000);
            e.put("resolution_scale", f.scale());
            e.put("resolution_scale_error", f.scaleError());
            e.put("signal_window_candidates", f.candidates());
            e.put("sideband_candidates", b.sidebandCandidates());
            e.put("background_fraction", b.fraction());
            e.put("background_prompt_fraction", b.promptFraction());
            e.put("background_tau_fs", b.tau() * 1000);
            e.put("background_shape_fitted", b.fitted());
            e.put("truth_matched_candidates", r.matched());
            e.put("generated_time_mean_of_matched_fs", r.trueTimeMean()[0] * 1000);
            e.put("generated_time_mean_error_fs", r.trueTimeMean()[1] * 1000);
            e.put("resolution_pull_mean", r.resolutionPull()[0]);
            e.put("resolution_pull_width", r.resolutionPull()[2]);
            e.put("expected_signal_at_run_luminosity", expectedSignal(r, ctx.luminosityFb()));
            e.put("published_luminosity_fb", m.publishedLuminosity());
            e.put("expected_signal_at_published_luminosity", expectedSignal(r, m.publishedLuminosity()));
            e.put("stat_error_at_published_luminosity_fs", scaledError(r, m.publishedLuminosity()) * 1000);
            e.put("published_tau_fs", m.publishedTau());
            e.put("published_stat_fs", m.publishedStat());
            e.put("published_syst_fs", m.publishedSyst());
            LifetimeToys.Outcome t = r.toys();
            double[] p = t.pulls();
            double[] v = t.values();
            Map<String, Object> toys = new LinkedHashMap<>();
            toys.put("count", t.tau().length);
            toys.put("failed", t.failed());
            toys.put("input_tau_fs", t.inputTau() * 1000);
            toys.put("pull_mean", p[0]);
            toys.put("pull_mean_error", p[1]);
            toys.put("pull_width", p[2]);
            toys.put("pull_width_error", p[3]);
            toys.put("tau_mean_fs", v[0] * 1000);
            toys.put("tau_mean_error_fs", v[1] * 1000);
            toys.put("bias_relative", v[0] / t.inputTau() - 1);
            toys.put("bias_relative_error", v[1] / t.inputTau());
            toys.put("mean_fitted_error_fs", t.meanError() * 1000);
            e.put("toys", toys);
            modes.put(r.mode().key(), e);
        }
        out.put("modes", modes);
        return out;
    }

    CutFlowTable cutFlowTable() {
        return CutFlowTable.builder(
                        TITLE,
                        "Efficiency among the generated c cbar events (every D0, D+ and Lambda_c+ decays to the"
                                + " measured mode); MC events in cutflow.csv.")
                .column(sample, CutFlowTable.Kind.SIGNAL, sample.result().flow())
                .build();
    }

    /** Markdown: candidates per mode in the window and the sidebands, with the truth-matched ones. */
    String candidateTable() {
        StringBuilder b = new StringBuilder("\n## Candidates per mode (decay time in the fit range)\n\n");
        b.append("| mode | signal window | sidebands | background fraction | truth-matched in window |\n");
        b.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (ModeResult r : results.values()) {
            LifetimeFit.Background bk = r.fit().background();
            b.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.4f | %d |%n",
                    r.mode().label(),
                    r.fit().candidates(),
                    bk.sidebandCandidates(),
                    bk.fraction(),
                    r.matched()));
        }
        return b.toString();
    }

    // ---- plots ----

    /** The window candidates' (t, sigma) of a mode. */
    private double[][] window(CharmMode mode) {
        SelectedEvents ev = sample.result().events();
        CharmLifetimesConfig.Mode m = cfg.modes().get(mode);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            if ((int) ev.feature(i, CharmSelection.F_MODE) == mode.ordinal()
                    && Math.abs(ev.feature(i, CharmSelection.F_MASS)) < m.signalWindow()
                    && ev.observable(i) > m.timeLow()
                    && ev.observable(i) < m.timeHigh()) {
                rows.add(new double[] {ev.observable(i), ev.feature(i, CharmSelection.F_SIGMA)});
            }
        }
        double[][] c = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            c[0][i] = rows.get(i)[0];
            c[1][i] = rows.get(i)[1];
        }
        return c;
    }

    JFreeChart decayTimePlot(CharmMode mode) {
        CharmLifetimesConfig.Mode m = cfg.modes().get(mode);
        ModeResult r = results.get(mode);
        double[][] w = window(mode);
        // A round bin width near (range / plot_bins), so the y label reads "/ (0.1 ps)".
        double width0 = roundWidth((m.timeHigh() - m.timeLow()) / cfg.plotBins());
        int nBins = (int) Math.ceil((m.timeHigh() - m.timeLow()) / width0 - 1e-9);
        Axis axis = Axis.regular(nBins, m.timeLow(), m.timeLow() + nBins * width0);
        Hist1D h = new Hist1D(axis);
        h.fill(w[0]);
        double width = axis.width(0);
        double[] x = new double[CURVE_POINTS];
        double[] y = new double[CURVE_POINTS];
        double[] yb = new double[CURVE_POINTS];
        int stride = Math.max(1, w[1].length / CURVE_SIGMAS);
        int used = 0;
        for (int j = 0; j < w[1].length; j += stride) {
            used++;
        }
        for (int k = 0; k < CURVE_POINTS; k++) {
            x[k] = m.timeLow() + (m.timeHigh() - m.timeLow()) * k / (CURVE_POINTS - 1);
            for (int j = 0; j < w[1].length; j += stride) {
                y[k] += LifetimeFit.density(r.fit(), x[k], w[1][j], m.timeLow(), m.timeHigh());
                yb[k] += LifetimeFit.backgroundDensity(r.fit(), x[k], w[1][j], m.timeLow(), m.timeHigh());
            }
            y[k] *= w[0].length * width / used;
            yb[k] *= w[0].length * width / used;
        }
        LifetimeFit.Result f = r.fit();
        PlotLabels l = ctx.plotLabels()
                .withLine(mode.plotLabel() + ", signal window")
                .withLine(String.format(
                        Locale.ROOT,
                        "τ = %.1f ± %.1f fs (generated %.1f fs), scale %.3f",
                        f.tau() * 1000,
                        f.tauError() * 1000,
                        r.inputTau() * 1000,
                        f.scale()));
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel("decay time t [ps]")
                .yLabel("Candidates / (" + PlotLabels.formatNumber(width) + " ps)")
                .labels(l)
                .logY(true)
                .errorBars(true)
                .histogram(new HistSeries("simulated candidates", h, Color.BLACK))
                .curve(Curve.solid("fit: signal + background", x, y, FIT));
        if (f.background().fraction() > 0) {
            b.curve(Curve.dashed("background (from the sidebands)", x, yb, SIDEBAND));
        }
        JFreeChart chart = b.build().chart();
        // From below one candidate to room above the peak for the labels.
        double max = 1;
        for (int i = 0; i < h.bins(); i++) {
            max = Math.max(max, h.content(i));
        }
        chart.getXYPlot().getRangeAxis().setRange(0.3, 300 * max);
        return chart;
    }

    /** The value of 1, 2, 2.5, 5 x 10^k nearest to {@code w} (in ratio). */
    static double roundWidth(double w) {
        double decade = Math.pow(10, Math.floor(Math.log10(w)));
        double best = decade;
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (Math.abs(Math.log(f * decade / w)) < Math.abs(Math.log(best / w))) {
                best = f * decade;
            }
        }
        return best;
    }

    JFreeChart massPlot(CharmMode mode) {
        CharmLifetimesConfig.Mode m = cfg.modes().get(mode);
        double half = cfg.selection().massHalfRange();
        double m0 = selection.nominalMass(mode);
        Axis axis = Axis.regular(80, (m0 - half) * 1000, (m0 + half) * 1000);
        Hist1D win = new Hist1D(axis);
        Hist1D side = new Hist1D(axis);
        Hist1D other = new Hist1D(axis);
        SelectedEvents ev = sample.result().events();
        for (int i = 0; i < ev.size(); i++) {
            if ((int) ev.feature(i, CharmSelection.F_MODE) != mode.ordinal()
                    || !(ev.observable(i) > m.timeLow() && ev.observable(i) < m.timeHigh())) {
                continue;
            }
            double dm = ev.feature(i, CharmSelection.F_MASS);
            double mass = (m0 + dm) * 1000;
            double a = Math.abs(dm);
            if (a < m.signalWindow()) {
                win.fill(mass);
            } else if (a > m.sidebandLow() && a < m.sidebandHigh()) {
                side.fill(mass);
            } else {
                other.fill(mass);
            }
        }
        String massName = switch (mode) {
            case D0 -> "m(K⁻π⁺)";
            case DPLUS -> "m(K⁻π⁺π⁺)";
            case LAMBDA_C -> "m(pK⁻π⁺)";
        };
        PlotLabels l = ctx.plotLabels()
                .withLine(mode.plotLabel() + (mode == CharmMode.D0 ? ", Δm window applied" : ""))
                .withLine(String.format(
                        Locale.ROOT,
                        "window |Δ| < %.0f MeV, sidebands %.0f–%.0f MeV",
                        m.signalWindow() * 1000,
                        m.sidebandLow() * 1000,
                        m.sidebandHigh() * 1000));
        return HistogramPlot.builder()
                .xLabel(massName + " [MeV]")
                .yLabel("Candidates / (" + PlotLabels.formatNumber(axis.width(0)) + " MeV)")
                .labels(l)
                .logY(true)
                .histogram(new HistSeries("signal window", win, SIGNAL))
                .histogram(new HistSeries("sidebands", side, SIDEBAND))
                .histogram(new HistSeries("other candidates", other, OTHER))
                .build()
                .chart();
    }

    JFreeChart pullPlot() {
        Axis axis = Axis.regular(20, -4, 4);
        double width = axis.width(0);
        Color[] colours = {SIGNAL, SIDEBAND, new Color(0x2CA02C)};
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel("(τ(fit) − τ(input)) / σ(τ)")
                .yLabel("Pseudo-experiments / " + PlotLabels.formatNumber(width));
        PlotLabels l = ctx.plotLabels().withLine("toys from each mode's fitted model");
        int n = 0;
        for (ModeResult r : results.values()) {
            Hist1D h = new Hist1D(axis);
            LifetimeToys.Outcome t = r.toys();
            for (int i = 0; i < t.tau().length; i++) {
                h.fill((t.tau()[i] - t.inputTau()) / t.error()[i]);
            }
            double[] p = t.pulls();
            b.histogram(new HistSeries(
                    String.format(
                            Locale.ROOT, "%s: mean %.2f, width %.2f", r.mode().key(), p[0], p[2]),
                    h,
                    colours[r.mode().ordinal()]));
            n = Math.max(n, t.tau().length);
        }
        double[] x = new double[161];
        double[] y = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            x[k] = -4 + 8.0 * k / (x.length - 1);
            y[k] = n * width * Math.exp(-0.5 * x[k] * x[k]) / Math.sqrt(2 * Math.PI);
        }
        return b.labels(l)
                .curve(Curve.solid("unit Gaussian (" + n + " toys)", x, y, FIT))
                .build()
                .chart();
    }

    /** A short summary for the terminal. */
    String terminalSummary(SearchOutput out) {
        StringBuilder b = new StringBuilder(out.terminalHeader("unbinned decay-time fits"));
        for (ModeResult r : results.values()) {
            CharmLifetimesConfig.Mode m = cfg.modes().get(r.mode());
            LifetimeFit.Result f = r.fit();
            double[] p = r.toys().pulls();
            b.append(String.format(
                    Locale.ROOT,
                    "  %-26s tau = %7.1f ± %5.1f fs (generated %6.1f, %+.2f sigma); at %.0f fb^-1: ± %.2f fs"
                            + " (Belle II ± %.2f); toys pull %.2f / %.2f%n",
                    r.mode().label(),
                    f.tau() * 1000,
                    f.tauError() * 1000,
                    r.inputTau() * 1000,
                    (f.tau() - r.inputTau()) / f.tauError(),
                    m.publishedLuminosity(),
                    scaledError(r, m.publishedLuminosity()) * 1000,
                    m.publishedStat(),
                    p[0],
                    p[2]));
        }
        return b.toString();
    }
}

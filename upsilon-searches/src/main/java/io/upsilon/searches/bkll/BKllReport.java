package io.upsilon.searches.bkll;

import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.CutFlow;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.bkll.BKllSearch.ControlResult;
import io.upsilon.searches.bkll.BKllSearch.Kind;
import io.upsilon.searches.bkll.BKllSearch.Measurement;
import io.upsilon.searches.bkll.BKllSearch.ModeResult;
import io.upsilon.searches.bkll.BKllSearch.Produced;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.Pdf;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * The outputs of {@code upsilon run b-kll}: the results table (branching fractions, R(K), R(K*),
 * the control modes' B(J/psi K(*)), toy pulls), the cut flow per mode, the Mbc and Delta E
 * projections of each mode's fit with its components, the toys' pull distributions, and
 * {@code summary.json}.
 */
final class BKllReport {
    static final String TITLE = "B → K(*) ℓ⁺ℓ⁻, R(K) and R(K*)";

    private static final Color DATA = Color.BLACK;
    private static final Color TOTAL = new Color(0x1F77B4);
    private static final Color SIGNAL = new Color(0xD62728);
    private static final Color COMB = new Color(0x2CA02C);
    private static final Color PEAK = new Color(0xFF7F0E);
    private static final int CURVE_POINTS = 200;

    /** Steps of the per-mode cut flow after the event-level ones. */
    static final List<String> MODE_STEPS =
            List.of("this mode's candidate in the fit window", "q² outside the J/ψ and ψ(2S) vetoes", "continuum BDT");

    private final BKllConfig cfg;
    private final RunContext ctx;
    private final BKllFit fit;
    private final Measurement m;

    BKllReport(BKllConfig cfg, RunContext ctx, BKllFit fit, Measurement m) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.fit = fit;
        this.m = m;
    }

    SearchOutput output() {
        SearchOutput out = SearchOutput.of(ctx, TITLE, BKllSearch.DESCRIPTION).resultsTable(resultsTable());
        for (BKllMode mode : BKllMode.ALL) {
            out.figure(
                    "mbc_" + mode.key() + ".png",
                    mode.label() + ": Mbc of the pseudo-data with the fit and its components (|ΔE| < 0.05 GeV)");
            out.figure(
                    "deltae_" + mode.key() + ".png",
                    mode.label() + ": ΔE of the pseudo-data with the fit and its components (Mbc > 5.27 GeV)");
        }
        out.figure("toy_pulls.png", "Pulls of the signal yield in the pseudo-experiments, per mode");
        return out.samples(m.outcomes().stream().map(Produced::outcome).toList())
                .cutFlow(cutFlowTable(), "")
                .files(d -> {
                    for (BKllMode mode : BKllMode.ALL) {
                        SearchOutput.writePlot(d, projection(m.modes().get(mode), true), "mbc_" + mode.key());
                        SearchOutput.writePlot(d, projection(m.modes().get(mode), false), "deltae_" + mode.key());
                    }
                    SearchOutput.writePlot(d, pullPlot(), "toy_pulls");
                })
                .summary(Map.of("result", result()));
    }

    private static String g(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }

    private static String f(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }

    Table resultsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (BKllMode mode : BKllMode.ALL) {
            ModeResult r = m.modes().get(mode);
            rows.add(List.of(
                    "B(" + mode.label() + ")",
                    g(r.branchingFraction()) + " ± " + g(r.branchingFractionError()),
                    g(r.signal().branchingFraction()),
                    String.format(
                            Locale.ROOT,
                            "N_sig = %.1f ± %.1f (%d injected), ε = %.4f",
                            r.nSig(),
                            r.nSigError(),
                            r.injectedSignal(),
                            r.efficiency())));
        }
        double[] rk = m.ratio(false);
        double[] rks = m.ratio(true);
        rows.add(List.of("R(K)", f(rk[0], 3) + " ± " + f(rk[1], 3), f(inputRatio(false), 3), "B(μμ) / B(ee)"));
        rows.add(List.of("R(K*)", f(rks[0], 3) + " ± " + f(rks[1], 3), f(inputRatio(true), 3), "B(μμ) / B(ee)"));
        for (ControlResult c : m.controls()) {
            rows.add(List.of(
                    "B(B → J/ψ " + (c.control().kstar() ? "K*⁰" : "K⁺") + "), J/ψ → "
                            + (c.mode().lepton() == 11 ? "e⁺e⁻" : "μ⁺μ⁻"),
                    g(c.branchingFraction()) + " ± " + g(c.branchingFractionError()),
                    g(c.control().branchingFraction()),
                    String.format(
                            Locale.ROOT,
                            "control mode, %.0f%% of the decays at L, ε = %.4f",
                            100 * c.dataFraction(),
                            c.efficiency())));
        }
        for (BKllMode mode : BKllMode.ALL) {
            double[] p = moments(m.modes().get(mode).toyPulls());
            rows.add(List.of(
                    "toy pulls of N_sig, " + mode.label(),
                    "mean " + f(p[0], 3) + " ± " + f(p[1], 3),
                    "0 / 1",
                    "width " + f(p[2], 3) + " ± " + f(p[3], 3) + " ("
                            + m.modes().get(mode).toyPulls().length + " toys)"));
        }
        return Table.of(List.of("quantity", "fitted (stat.)", "input", "notes"), rows)
                .withCaption(String.format(
                        Locale.ROOT,
                        "Results at %.0f fb⁻¹ (pseudo-data; statistical errors only); %s",
                        ctx.luminosityFb(),
                        bdtText()));
    }

    private String bdtText() {
        return m.bdt() == null
                ? "no continuum BDT (too few background candidates to train it)"
                : String.format(
                        Locale.ROOT,
                        "continuum BDT > %.2f (out-of-fold AUC %.3f)",
                        m.bdtCut(),
                        m.bdt().outOfFoldAuc());
    }

    double inputRatio(boolean kstar) {
        BKllMode mu = kstar ? BKllMode.KSTARMUMU : BKllMode.KMUMU;
        return cfg.signals().get(mu).branchingFraction()
                / cfg.signals().get(mu.partner()).branchingFraction();
    }

    /** {mean, its error, standard deviation, its error} of the finite values. */
    static double[] moments(double[] values) {
        double[] x = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        int n = x.length;
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = BKllFit.mean(x);
        double sd = n > 1 ? BKllFit.rms(x) : Double.NaN;
        return new double[] {mean, sd / Math.sqrt(n), sd, sd / Math.sqrt(2.0 * Math.max(n - 1, 1))};
    }

    CutFlowTable cutFlowTable() {
        CutFlowTable.Builder t = CutFlowTable.builder(
                TITLE,
                ctx.luminosityFb(),
                "generated events (one B of each pair decays to the mode)",
                ctx.quick(),
                "hadronic backgrounds with two misidentified leptons (generator-level lepton filter)");
        for (BKllMode mode : BKllMode.ALL) {
            t.channel(mode.label());
            for (Produced p : m.outcomes()) {
                if (p.kind() == Kind.CONTROL
                        || (p.kind() == Kind.SIGNAL
                                && !p.spec().equals(cfg.signals().get(mode).spec()))) {
                    continue;
                }
                t.column(
                        p.outcome(),
                        p.kind() == Kind.SIGNAL ? CutFlowTable.Kind.SIGNAL : CutFlowTable.Kind.BACKGROUND,
                        modeFlow(p, mode));
            }
        }
        return t.build();
    }

    /** The sample's event-level cut flow followed by the mode's steps. */
    CutFlow modeFlow(Produced p, BKllMode mode) {
        CutFlow flow = p.outcome().result().flow().extendedBy(MODE_STEPS);
        int first = BKllSelection.STEPS.size();
        SelectedEvents ev = p.events();
        for (int i = 0; i < ev.size(); i++) {
            if (ev.feature(i, BKllSelection.F_MODE) != mode.ordinal()) {
                continue;
            }
            int last = first;
            if (ev.feature(i, BKllSelection.F_REGION) == BKllSelection.RARE) {
                last = p.scores()[i] > m.bdtCut() ? first + 2 : first + 1;
            }
            flow.passFrom(first, last, ev.weight(i));
        }
        return flow;
    }

    Map<String, Object> result() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("luminosity_fb", ctx.luminosityFb());
        r.put("bdt_cut", m.bdtCut());
        r.put("bdt_trained", m.bdt() != null);
        r.put("bdt_out_of_fold_auc", m.bdt() == null ? null : m.bdt().outOfFoldAuc());
        Map<String, Object> modes = new LinkedHashMap<>();
        for (BKllMode mode : BKllMode.ALL) {
            ModeResult x = m.modes().get(mode);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("input_branching_fraction", x.signal().branchingFraction());
            o.put("branching_fraction", x.branchingFraction());
            o.put("branching_fraction_stat", x.branchingFractionError());
            o.put("efficiency", x.efficiency());
            o.put("efficiency_error", x.efficiencyError());
            o.put("b_pairs", x.pairs());
            o.put("expected_signal", x.expectedSignal());
            o.put("injected_signal", x.injectedSignal());
            o.put("expected_combinatorial", x.expectedComb());
            o.put("expected_peaking", x.expectedPeak());
            o.put("peaking_mc_candidates", x.peakingEvents());
            o.put("candidates", x.data().size());
            o.put("n_sig", x.nSig());
            o.put("n_sig_error", x.nSigError());
            o.put("n_comb", x.fit().value(x.model().nComb()));
            o.put("n_comb_error", x.fit().error(x.model().nComb()));
            o.put("fit_status", x.fit().status().toString());
            Map<String, Object> shape = new LinkedHashMap<>();
            shape.put("mbc_mean", x.shape().mbcMean());
            shape.put("mbc_sigma", x.shape().mbcSigma());
            shape.put("mbc_alpha", x.shape().mbcAlpha());
            shape.put("mbc_n", BKllFit.CB_N);
            shape.put("de_mean", x.shape().deMean());
            shape.put("de_sigma", x.shape().deSigma());
            shape.put("de_alpha", x.shape().deAlpha());
            shape.put("de_n", BKllFit.CB_N);
            o.put("signal_shape", shape);
            double[] p = moments(x.toyPulls());
            o.put("toys", x.toyPulls().length);
            o.put("toy_pull_mean", p[0]);
            o.put("toy_pull_mean_error", p[1]);
            o.put("toy_pull_width", p[2]);
            o.put("toy_pull_width_error", p[3]);
            o.put("toy_mean_error", BKllFit.mean(x.toyErrors()));
            modes.put(mode.key(), o);
        }
        r.put("modes", modes);
        double[] rk = m.ratio(false);
        double[] rks = m.ratio(true);
        r.put("r_k", rk[0]);
        r.put("r_k_stat", rk[1]);
        r.put("r_kstar", rks[0]);
        r.put("r_kstar_stat", rks[1]);
        List<Object> controls = new ArrayList<>();
        for (ControlResult c : m.controls()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sample", c.control().spec().name());
            o.put("mode", c.mode().key());
            o.put("input_branching_fraction", c.control().branchingFraction());
            o.put("branching_fraction", c.branchingFraction());
            o.put("branching_fraction_stat", c.branchingFractionError());
            o.put("efficiency", c.efficiency());
            o.put("candidates", c.data().size());
            // The pseudo-data's control signal (odd half of the sample): B(fit) / B(input) is
            // (fitted / injected signal) x (odd / even half), the fit's share of a deviation.
            o.put("injected_signal", c.injectedSignal());
            o.put("fitted_signal", c.fit().value(c.model().nSig()));
            controls.add(o);
        }
        r.put("controls", controls);
        return r;
    }

    // ---- plots ----

    /** The Mbc (ΔE) projection of a mode's fit in the ΔE (Mbc) signal band. */
    JFreeChart projection(ModeResult r, boolean mbcAxis) {
        double lo = mbcAxis ? fit.mbc().lower() : fit.deltaE().lower();
        double hi = mbcAxis ? fit.mbc().upper() : fit.deltaE().upper();
        int bins = mbcAxis ? cfg.fit().plotBinsMbc() : cfg.fit().plotBinsDeltaE();
        Hist1D h = new Hist1D(Axis.regular(bins, lo, hi));
        double[] mbc = r.data().column("Mbc");
        double[] de = r.data().column("deltaE");
        for (int i = 0; i < mbc.length; i++) {
            if (mbcAxis ? Math.abs(de[i]) < 0.05 : mbc[i] > 5.27) {
                h.fill(mbcAxis ? mbc[i] : de[i]);
            }
        }
        double width = (hi - lo) / bins;
        ParameterSet v = r.fit().parameters();
        BKllFit.Model model = r.model();
        int axis = mbcAxis ? 0 : 1;
        int other = 1 - axis;
        // The fraction of each component inside the other variable's band.
        double sigBand = band(model.signalFactors().get(other), v, !mbcAxis);
        double combBand = band(model.combFactors().get(other), v, !mbcAxis);
        double nSig = v.get(model.nSig()).value();
        double nComb = v.get(model.nComb()).value();
        double nPeak = v.get(model.nPeak()).value();
        double[] x = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        double[] yc = new double[CURVE_POINTS];
        double[] yp = new double[CURVE_POINTS];
        double[] yt = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            x[k] = lo + (hi - lo) * k / (CURVE_POINTS - 1);
            double s = BKllFit.Model.density(model.signalFactors().get(axis), v, x[k]) * sigBand * width;
            double c = BKllFit.Model.density(model.combFactors().get(axis), v, x[k]) * combBand * width;
            ys[k] = nSig * s;
            yp[k] = nPeak * s;
            yc[k] = nComb * c;
            yt[k] = ys[k] + yp[k] + yc[k];
        }
        PlotLabels labels = ctx.plotLabels()
                .withLine(r.mode().label() + (mbcAxis ? ", |ΔE| < 0.05 GeV" : ", M_{bc} > 5.27 GeV"))
                .withLine(String.format(
                        Locale.ROOT, "N_{sig} = %.1f ± %.1f (whole fit window)", r.nSig(), r.nSigError()));
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel(mbcAxis ? "M_{bc} [GeV]" : "ΔE [GeV]")
                .yLabel("Candidates / (" + PlotLabels.formatNumber(Math.round(width * 1e4) / 10.0) + " MeV)")
                .labels(labels)
                .errorBars(true)
                .histogram(new HistSeries("pseudo-data", h, DATA))
                .curve(Curve.solid("fit (total)", x, yt, TOTAL))
                .curve(Curve.dashed("signal", x, ys, SIGNAL))
                .curve(Curve.dashed("combinatorial", x, yc, COMB));
        if (nPeak > 0) {
            b.curve(Curve.dashed("peaking B background (fixed)", x, yp, PEAK));
        }
        return b.build().chart();
    }

    /** The integral of a 1D factor over the signal band of its variable (Mbc > 5.27 or |ΔE| < 0.05). */
    private double band(Pdf factor, ParameterSet v, boolean mbcFactor) {
        double lo = mbcFactor ? 5.27 : -0.05;
        double hi = mbcFactor ? fit.mbc().upper() : 0.05;
        int n = 400;
        double h = (hi - lo) / n;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += BKllFit.Model.density(factor, v, lo + (k + 0.5) * h) * h;
        }
        return sum;
    }

    JFreeChart pullPlot() {
        HistogramPlot.Builder b = HistogramPlot.builder()
                .xLabel("pull of N_{sig} = (fitted − generated) / error")
                .yLabel("Pseudo-experiments / 0.5")
                .labels(ctx.plotLabels().withLine("toys from the fitted models"));
        Color[] colours = {SIGNAL, TOTAL, COMB, PEAK};
        for (BKllMode mode : BKllMode.ALL) {
            Hist1D h = new Hist1D(Axis.regular(16, -4, 4));
            for (double p : m.modes().get(mode).toyPulls()) {
                h.fill(p);
            }
            double[] mo = moments(m.modes().get(mode).toyPulls());
            b.histogram(new HistSeries(
                    String.format(
                            Locale.ROOT,
                            "%s: mean %.2f, width %.2f",
                            mode.label().substring(mode.label().indexOf('→') + 2),
                            mo[0],
                            mo[2]),
                    h,
                    colours[mode.ordinal()]));
        }
        return b.build().chart();
    }

    String terminalSummary(SearchOutput out) {
        StringBuilder b = new StringBuilder(out.terminalHeader("extended Mbc x Delta E fits"));
        for (BKllMode mode : BKllMode.ALL) {
            ModeResult r = m.modes().get(mode);
            double[] p = moments(r.toyPulls());
            b.append(String.format(
                    Locale.ROOT,
                    "  %-10s N_sig = %6.1f ± %5.1f, eff = %.4f, B = %.3g ± %.2g (input %.3g); toys pull %.2f / %.2f%n",
                    mode.key(),
                    r.nSig(),
                    r.nSigError(),
                    r.efficiency(),
                    r.branchingFraction(),
                    r.branchingFractionError(),
                    r.signal().branchingFraction(),
                    p[0],
                    p[2]));
        }
        b.append("  ").append(bdtText()).append(System.lineSeparator());
        for (Produced p : m.outcomes()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-14s %8d generated, %6d candidates%n",
                    p.spec().name(),
                    p.outcome().generatedEvents(),
                    p.events().size()));
        }
        double[] rk = m.ratio(false);
        double[] rks = m.ratio(true);
        b.append(String.format(
                Locale.ROOT, "  R(K) = %.3f ± %.3f, R(K*) = %.3f ± %.3f (stat.)%n", rk[0], rk[1], rks[0], rks[1]));
        for (ControlResult c : m.controls()) {
            b.append(String.format(
                    Locale.ROOT,
                    "  control %-10s B(J/psi K) = %.3g ± %.2g (input %.3g)%n",
                    c.control().spec().name() + "/" + c.mode().key(),
                    c.branchingFraction(),
                    c.branchingFractionError(),
                    c.control().branchingFraction()));
        }
        return b.toString();
    }
}

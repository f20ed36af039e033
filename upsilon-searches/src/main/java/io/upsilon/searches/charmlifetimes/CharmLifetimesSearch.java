package io.upsilon.searches.charmlifetimes;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code upsilon run charm-lifetimes}: the D0, D+ and Lambda_c+ lifetimes (Belle II, PRL 127, 211801
 * (2021), arXiv:2108.03216; PRL 130, 071802 (2023), arXiv:2206.15227), from generation to the
 * result.
 *
 * <ol>
 *   <li>One e+e- -&gt; c cbar sample with every D0, D+ and Lambda_c+ forced to the measured mode (the
 *       overlay {@code charm-signal.dec}, the sample's {@code decay_file}, read on top of the bundled
 *       decay table), generated,
 *       simulated and reconstructed ({@link CharmSelection}); each candidate weighted by its mode's
 *       real branching fraction, so sums of weights are expected candidates at the luminosity.
 *   <li>Per mode, the background's decay-time shape from the mass sidebands and the lifetime from the
 *       signal window ({@link LifetimeFit}); the closure against the generator's lifetime (the
 *       particle table); the statistical error scaled to Belle II's luminosity.
 *   <li>Pseudo-experiments from the fitted model ({@link LifetimeToys}): pull means and widths and
 *       the fit's bias.
 *   <li>{@link CharmLifetimesReport} writes summary.json, the plots and the report.
 * </ol>
 */
public final class CharmLifetimesSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION = "D0, D+ and Lambda_c+ lifetimes from decay times in e+e- -> c cbar, unbinned"
            + " fits with per-event resolution, Belle II PRL 127, 211801 and PRL 130, 071802";

    /** Registry name. */
    public static final String NAME = "charm-lifetimes";

    /** The bundled name of the signal-enrichment overlay, a resource beside this class ({@code decay_file}). */
    static final String OVERLAY = "charmlifetimes/charm-signal";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public CharmLifetimesSearch() {
        super(NAME, DESCRIPTION, CharmLifetimesConfig.QUICK);
    }

    /**
     * One mode's measurement.
     *
     * @param mode the mode
     * @param inputTau the generator's lifetime, ps
     * @param fit the lifetime fit
     * @param toys the pseudo-experiments
     * @param windowWeight expected signal-window candidates at the run's luminosity
     * @param trueTimeMean mean generated proper time of the truth-matched window candidates and its error, ps
     * @param resolutionPull mean and width of (t - t_true) / sigma_t of those candidates
     * @param matched truth-matched signal-window candidates
     */
    record ModeResult(
            CharmMode mode,
            double inputTau,
            LifetimeFit.Result fit,
            LifetimeToys.Outcome toys,
            double windowWeight,
            double[] trueTimeMean,
            double[] resolutionPull,
            int matched) {}

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        CharmLifetimesConfig cfg = CharmLifetimesConfig.read(root, ctx.common());
        CharmSelection selection =
                new CharmSelection(cfg, ctx.beam(), ctx.card().tracking());
        SampleOutcome<SelectionResult> sample = produce(ctx, cfg, selection);
        Map<CharmMode, ModeResult> results = new EnumMap<>(CharmMode.class);
        int toys = ctx.quick() ? cfg.toys().quickCount() : cfg.toys().count();
        for (CharmMode mode : CharmMode.values()) {
            results.put(mode, measure(ctx, cfg, mode, sample.result().events(), toys));
        }
        CharmLifetimesReport report = new CharmLifetimesReport(cfg, ctx, sample, selection, results);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /**
     * The enriched c cbar sample, job {@code charm-lifetimes/ccbar}: the YAML's {@code sample:} with
     * its {@code decay_file} overlay read on top of the bundled decay table.
     */
    static SampleOutcome<SelectionResult> produce(RunContext ctx, CharmLifetimesConfig cfg, CharmSelection selection) {
        return ctx.produce(cfg.sample(), selection);
    }

    /** Splits the mode's candidates into window and sidebands, fits, runs the toys. */
    static ModeResult measure(
            RunContext ctx, CharmLifetimesConfig cfg, CharmMode mode, SelectedEvents ev, int toyCount) {
        CharmLifetimesConfig.Mode m = cfg.modes().get(mode);
        LifetimeFit fit =
                new LifetimeFit(m.timeLow(), m.timeHigh(), cfg.selection().sigmaTMax());
        List<double[]> window = new ArrayList<>();
        List<double[]> side = new ArrayList<>();
        double windowWeight = 0;
        double[] trueSum = new double[3];
        double[] pullSum = new double[3];
        for (int i = 0; i < ev.size(); i++) {
            if ((int) ev.feature(i, CharmSelection.F_MODE) != mode.ordinal()) {
                continue;
            }
            double t = ev.observable(i);
            double dm = Math.abs(ev.feature(i, CharmSelection.F_MASS));
            double s = ev.feature(i, CharmSelection.F_SIGMA);
            if (!fit.inRange(t)) {
                continue;
            }
            if (dm < m.signalWindow()) {
                window.add(new double[] {t, s});
                windowWeight += ev.weight(i);
                double tt = ev.feature(i, CharmSelection.F_TRUE_T);
                if (ev.feature(i, CharmSelection.F_MATCHED) == 1f && Double.isFinite(tt)) {
                    accumulate(trueSum, tt);
                    accumulate(pullSum, (t - tt) / s);
                }
            } else if (dm > m.sidebandLow() && dm < m.sidebandHigh()) {
                side.add(new double[] {t, s});
            }
        }
        double[][] w = columns(window);
        double[][] sb = columns(side);
        double inputTau = CharmSelection.inputLifetimePs(mode);
        if (w[0].length < 20) {
            throw new IllegalStateException(mode.label() + ": only " + w[0].length
                    + " signal-window candidates; the sample is too small for a lifetime fit");
        }
        LifetimeFit.Background bkg = fit.background(sb[0], sb[1], w[0].length, m.windowOverSidebands());
        LifetimeFit.Result result = fit.fit(w[0], w[1], bkg, inputTau);
        LifetimeToys.Outcome toys =
                LifetimeToys.run(NAME + "/toys/" + mode.key(), ctx.seed(), ctx.executor(), fit, result, w[1], toyCount);
        return new ModeResult(
                mode, inputTau, result, toys, windowWeight, moments(trueSum), moments(pullSum), (int) trueSum[0]);
    }

    private static void accumulate(double[] s, double x) {
        s[0]++;
        s[1] += x;
        s[2] += x * x;
    }

    /** {mean, error of the mean, RMS} of accumulated sums; NaN when empty. */
    private static double[] moments(double[] s) {
        if (s[0] < 2) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = s[1] / s[0];
        double rms = Math.sqrt(Math.max(0, s[2] / s[0] - mean * mean));
        return new double[] {mean, rms / Math.sqrt(s[0]), rms};
    }

    private static double[][] columns(List<double[]> rows) {
        double[][] c = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            c[0][i] = rows.get(i)[0];
            c[1][i] = rows.get(i)[1];
        }
        return c;
    }
}

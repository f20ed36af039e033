package io.upsilon.stats.infer;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;

/**
 * Evaluates test statistics from a free and a conditional fit. Results are clipped at 0 (a
 * conditional minimum can only be below the free one by round-off).
 */
public final class TestStatistics {

    private TestStatistics() {}

    /** The fits behind one test-statistic value. */
    public record Evaluation(double value, FitResult free, FitResult conditional) {}

    /**
     * The test statistic at POI value {@code mu} on {@code data}; {@code free} is a free fit to the
     * same data (pass null to have it computed).
     */
    public static Evaluation evaluate(
            TestStatistic ts, double mu, double[] data, Fitter fitter, double[] init, boolean[] fixed, FitResult free) {
        return evaluate(ts, mu, data, fitter, init, fixed, free, null);
    }

    /**
     * As {@link #evaluate(TestStatistic, double, double[], Fitter, double[], boolean[], FitResult)},
     * starting the conditional fit from {@code conditionalStart} (e.g. a nearby fit; the POI is set
     * to the tested value) instead of {@code init}. The minimum does not depend on the start; a
     * close start only saves iterations.
     */
    public static Evaluation evaluate(
            TestStatistic ts,
            double mu,
            double[] data,
            Fitter fitter,
            double[] init,
            boolean[] fixed,
            FitResult free,
            double[] conditionalStart) {
        int poi = fitter.model().poiIndex();
        FitResult f = free != null ? free : fitter.fit(data, init, fixed, false);
        double testMu = ts == TestStatistic.Q0 ? 0.0 : mu;
        double[] start = conditionalStart != null ? conditionalStart.clone() : init.clone();
        if (conditionalStart != null) {
            // Fixed parameters always keep their configured value.
            for (int i = 0; i < start.length; i++) {
                if (fixed[i]) {
                    start[i] = init[i];
                }
            }
        }
        FitResult c = fitter.fixedPoiFit(testMu, data, start, fixed);
        return new Evaluation(value(ts, mu, poi, f, c), f, c);
    }

    /**
     * The test statistic at {@code mu} from a free fit and a fit with the POI (index {@code poi})
     * fixed at the tested value (0 for q0): 2 (NLL_cond - NLL_free) clipped at 0, set to 0 where
     * mu-hat is on the side the statistic ignores.
     */
    public static double value(TestStatistic ts, double mu, int poi, FitResult free, FitResult conditional) {
        double t = Math.max(0.0, 2 * (conditional.nll() - free.nll()));
        double muHat = free.value(poi);
        return switch (ts) {
            case Q0 -> muHat < 0 ? 0.0 : t;
            case Q, QTILDE -> muHat > mu ? 0.0 : t;
            case T, TTILDE -> t;
        };
    }
}

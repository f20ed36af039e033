package io.upsilon.stats.infer;

import io.upsilon.stats.model.Model;

/** Discovery significance from the asymptotic q0 test. */
public final class Significance {

    private Significance() {}

    /**
     * Result of a discovery test.
     *
     * @param p0 observed p-value of the background-only hypothesis
     * @param z observed significance, Phi^-1(1 - p0)
     * @param expectedP0 median expected p0 for mu = 1
     * @param expectedZ median expected significance
     */
    public record Result(double p0, double z, double expectedP0, double expectedZ) {}

    /** Observed and expected discovery significance on {@code data}. */
    public static Result discovery(Model model, double[] data) {
        AsymptoticCalculator calc = new AsymptoticCalculator(model, data, TestStatistic.Q0);
        HypotestResult r = calc.hypotest(0.0);
        double p0 = r.clsObs();
        double ep0 = r.clsExp()[2];
        return new Result(p0, toZ(p0), ep0, toZ(ep0));
    }

    private static double toZ(double p) {
        return -org.hipparchus.special.Erf.erfInv(2 * p - 1) * Math.sqrt(2);
    }
}

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
        return fromAsymptotic(calc.hypotest(0.0));
    }

    /** The significance of an asymptotic q0 hypothesis test at POI 0 (its "CLs" is p0, as in pyhf). */
    public static Result fromAsymptotic(HypotestResult q0) {
        double p0 = q0.clsObs();
        double ep0 = q0.clsExp()[2];
        return new Result(p0, toZ(p0), ep0, toZ(ep0));
    }

    /**
     * Observed and expected discovery significance from pseudo-experiments: {@code q0} is the
     * toy hypothesis test at 0 of a {@link ToyCalculator} on q0, whose {@code sb} ensemble is
     * thrown at POI 0 and {@code b} ensemble at POI 1. p0 is the fraction of POI-0 toys with q0 at
     * or above the observed value; the expected p0 uses the median q0 of the POI-1 toys. A p0 of
     * 0 (no toy as extreme) gives an infinite significance: throw more toys.
     */
    public static Result fromToys(ToyHypotest q0) {
        if (q0.sb().key().testStatistic() != TestStatistic.Q0 || q0.result().poi() != 0.0) {
            throw new IllegalArgumentException("discovery needs the q0 toy test at POI 0, got "
                    + q0.sb().key().testStatistic().pyhfName() + " at "
                    + q0.result().poi());
        }
        double p0 = q0.sb().tail(q0.result().testStatistic());
        double ep0 = q0.sb().tail(q0.b().percentile(50));
        return new Result(p0, toZ(p0), ep0, toZ(ep0));
    }

    private static double toZ(double p) {
        return -org.hipparchus.special.Erf.erfInv(2 * p - 1) * Math.sqrt(2);
    }
}

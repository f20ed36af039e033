package io.upsilon.stats.infer;

/**
 * The result of one hypothesis test.
 *
 * @param poi tested POI value
 * @param clsObs observed CLs
 * @param clsExp expected CLs at -2, -1, 0, +1, +2 sigma (pyhf's order: ascending CLs)
 * @param clsbObs observed CL_{s+b}
 * @param clbObs observed CL_b
 * @param testStatistic observed test statistic (for the asymptotic calculator: pyhf's sqrt-space value)
 * @param ok whether every fit behind it converged
 */
public record HypotestResult(
        double poi, double clsObs, double[] clsExp, double clsbObs, double clbObs, double testStatistic, boolean ok) {
    /** Copies. */
    public HypotestResult {
        clsExp = clsExp.clone();
    }

    @Override
    public double[] clsExp() {
        return clsExp.clone();
    }
}

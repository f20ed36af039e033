package io.upsilon.analysis.output;

/**
 * Upper limits at one mass point: the observed limit and the expected band (median and the 2.5%,
 * 16%, 84%, 97.5% quantiles of the background-only distribution of the limit), in one unit chosen by
 * the caller. Shared by the limit plot and the HEPData limit table.
 *
 * @param mass the mass hypothesis (GeV)
 * @param observed observed limit, or {@code NaN} when there is no observation (expected-only)
 * @param expectedMinus2 expected limit, -2 sigma (2.5% quantile)
 * @param expectedMinus1 expected limit, -1 sigma (16% quantile)
 * @param expected expected limit, median
 * @param expectedPlus1 expected limit, +1 sigma (84% quantile)
 * @param expectedPlus2 expected limit, +2 sigma (97.5% quantile)
 */
public record LimitPoint(
        double mass,
        double observed,
        double expectedMinus2,
        double expectedMinus1,
        double expected,
        double expectedPlus1,
        double expectedPlus2) {

    /** Validates: finite mass; finite expected quantiles in increasing order; observed finite or NaN. */
    public LimitPoint {
        if (!Double.isFinite(mass)) {
            throw new IllegalArgumentException("mass must be finite, got " + mass);
        }
        double[] band = {expectedMinus2, expectedMinus1, expected, expectedPlus1, expectedPlus2};
        for (int i = 0; i < band.length; i++) {
            if (!Double.isFinite(band[i])) {
                throw new IllegalArgumentException("expected limits must be finite at mass " + mass);
            }
            if (i > 0 && band[i] < band[i - 1]) {
                throw new IllegalArgumentException(
                        "expected band must be ordered -2s <= -1s <= median <= +1s <= +2s" + " at mass " + mass);
            }
        }
        if (Double.isInfinite(observed)) {
            throw new IllegalArgumentException("observed limit must be finite or NaN at mass " + mass);
        }
    }

    /**
     * A limit point from an expected band given as an array.
     *
     * @param expectedBand the -2 sigma, -1 sigma, median, +1 sigma, +2 sigma expected limits
     */
    public static LimitPoint of(double mass, double observed, double[] expectedBand) {
        if (expectedBand.length != 5) {
            throw new IllegalArgumentException("expected band needs 5 quantiles, got " + expectedBand.length);
        }
        return new LimitPoint(
                mass, observed, expectedBand[0], expectedBand[1], expectedBand[2], expectedBand[3], expectedBand[4]);
    }

    /**
     * The same limits in another unit, through an increasing function (e.g. a cross section to a
     * coupling); an absent observed limit stays absent.
     */
    public LimitPoint map(java.util.function.DoubleUnaryOperator f) {
        return new LimitPoint(
                mass,
                hasObserved() ? f.applyAsDouble(observed) : Double.NaN,
                f.applyAsDouble(expectedMinus2),
                f.applyAsDouble(expectedMinus1),
                f.applyAsDouble(expected),
                f.applyAsDouble(expectedPlus1),
                f.applyAsDouble(expectedPlus2));
    }

    /** Whether an observed limit is present. */
    public boolean hasObserved() {
        return !Double.isNaN(observed);
    }
}

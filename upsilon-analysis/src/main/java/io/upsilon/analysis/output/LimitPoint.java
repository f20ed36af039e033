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

    /** Whether an observed limit is present. */
    public boolean hasObserved() {
        return !Double.isNaN(observed);
    }
}

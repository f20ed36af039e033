package io.upsilon.core.hist;

/** Validation shared by the histogram factories. */
final class HistChecks {
    private HistChecks() {}

    /** Arrays of the expected length, sums not NaN, squared sums >= 0. */
    static void checkSums(double[] sumw, double[] sumw2, int expectedLength, String what) {
        if (sumw == null || sumw2 == null) {
            throw new IllegalArgumentException(what + ": sums must not be null");
        }
        if (sumw.length != expectedLength || sumw2.length != expectedLength) {
            throw new IllegalArgumentException(what + ": expected " + expectedLength + " sums including flow, got "
                    + sumw.length + " sumw and " + sumw2.length + " sumw2");
        }
        for (int i = 0; i < expectedLength; i++) {
            if (Double.isNaN(sumw[i])) {
                throw new IllegalArgumentException(what + ": sumw[" + i + "] is NaN");
            }
            if (!(sumw2[i] >= 0)) {
                throw new IllegalArgumentException(what + ": sumw2[" + i + "] must be >= 0, got " + sumw2[i]);
            }
        }
    }
}

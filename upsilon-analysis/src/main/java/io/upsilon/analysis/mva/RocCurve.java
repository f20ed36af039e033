package io.upsilon.analysis.mva;

/**
 * A weighted receiver-operating-characteristic curve: for each distinct score {@code t}, the signal
 * efficiency (true-positive rate) and background efficiency (false-positive rate) of the selection
 * {@code score >= t}, each the selected fraction of the class's total weight.
 *
 * <p>The points run from (0, 0) (nothing selected) to (1, 1) (everything selected). The AUC is the
 * trapezoidal area under TPR versus FPR, which equals the weighted probability that a signal event
 * scores above a background event, ties counting one half.
 */
public final class RocCurve {
    private final double[] thresholds;
    private final double[] tpr;
    private final double[] fpr;
    private final double auc;

    private RocCurve(WeightedScores w) {
        int m = w.thresholds.length;
        thresholds = new double[m + 1];
        tpr = new double[m + 1];
        fpr = new double[m + 1];
        thresholds[0] = Double.POSITIVE_INFINITY;
        double area = 0;
        for (int k = 0; k < m; k++) {
            thresholds[k + 1] = w.thresholds[k];
            tpr[k + 1] = w.signalAbove[k] / w.signalTotal;
            fpr[k + 1] = w.backgroundAbove[k] / w.backgroundTotal;
            area += 0.5 * (fpr[k + 1] - fpr[k]) * (tpr[k + 1] + tpr[k]);
        }
        // The last cumulative point is (1, 1) exactly; force it against rounding of the sums.
        tpr[m] = 1;
        fpr[m] = 1;
        this.auc = area;
    }

    /**
     * @param scores classifier scores (higher = more signal-like), no NaN
     * @param labels 1 = signal, 0 = background
     * @param weights finite, non-negative event weights; each class with a positive sum
     * @throws IllegalArgumentException if the inputs are inconsistent
     */
    public static RocCurve of(double[] scores, int[] labels, double[] weights) {
        return new RocCurve(WeightedScores.of(scores, labels, weights));
    }

    /** As {@link #of(double[], int[], double[])} for float scores (as {@link Bdt#scores} returns). */
    public static RocCurve of(float[] scores, int[] labels, double[] weights) {
        return of(WeightedScores.widen(scores), labels, weights);
    }

    /** Area under the curve, in [0, 1]; 0.5 for a score that does not separate the classes. */
    public double auc() {
        return auc;
    }

    /** Number of points, including the (0, 0) start. */
    public int size() {
        return thresholds.length;
    }

    /** Cut values, descending; the first is +infinity (nothing selected). */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /** Signal efficiencies (true-positive rates) of {@code score >= threshold}. */
    public double[] truePositiveRates() {
        return tpr.clone();
    }

    /** Background efficiencies (false-positive rates) of {@code score >= threshold}. */
    public double[] falsePositiveRates() {
        return fpr.clone();
    }
}

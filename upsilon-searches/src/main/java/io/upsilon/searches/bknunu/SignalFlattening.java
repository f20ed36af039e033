package io.upsilon.searches.bknunu;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * η(BDT2): the BDT2 output transformed so that the signal is flat in it (PRD 109, 112006, Sec.
 * VI), i.e. the signal's weighted cumulative distribution of the score, η(s) = (signal weight with
 * score below s) / (total signal weight). A cut η > x then keeps the fraction 1 − x of the signal
 * that entered BDT2, whatever the classifier's score scale.
 */
final class SignalFlattening {
    private final float[] scores;
    private final double[] below;

    private SignalFlattening(float[] scores, double[] below) {
        this.scores = scores;
        this.below = below;
    }

    /**
     * The transformation from the signal's scores and weights.
     *
     * @throws IllegalArgumentException with no signal event or a non-positive total weight
     */
    static SignalFlattening of(float[] signalScores, double[] weights) {
        if (signalScores.length == 0 || signalScores.length != weights.length) {
            throw new IllegalArgumentException("need signal scores with one weight each, got " + signalScores.length
                    + " scores and " + weights.length + " weights");
        }
        Integer[] idx = IntStream.range(0, signalScores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> signalScores[i]));
        double total = Arrays.stream(weights).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("the signal's total weight must be positive, got " + total);
        }
        float[] s = new float[idx.length];
        double[] b = new double[idx.length];
        double acc = 0;
        for (int k = 0; k < idx.length; k++) {
            s[k] = signalScores[idx[k]];
            b[k] = acc / total;
            acc += weights[idx[k]];
        }
        return new SignalFlattening(s, b);
    }

    /** η of a score: the signal fraction below it (0 below every signal score, → 1 above all). */
    double eta(float score) {
        // First signal score >= score: everything before it is strictly below.
        int lo = 0;
        int hi = scores.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (scores[mid] < score) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == scores.length) {
            return 1.0;
        }
        return below[lo];
    }
}

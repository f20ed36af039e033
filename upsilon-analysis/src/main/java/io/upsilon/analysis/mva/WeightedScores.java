package io.upsilon.analysis.mva;

import java.util.Arrays;

/**
 * Classifier scores of a labelled, weighted sample, cumulated from the highest score down: for each
 * distinct score {@code t} (descending) the signal and background weight with score {@code >= t}.
 * Shared by {@link RocCurve} and {@link PunziFigureOfMerit}.
 */
final class WeightedScores {
    /** Distinct scores, descending. */
    final double[] thresholds;
    /** Signal weight with score >= thresholds[k]. */
    final double[] signalAbove;
    /** Background weight with score >= thresholds[k]. */
    final double[] backgroundAbove;
    /** Total signal weight. */
    final double signalTotal;
    /** Total background weight. */
    final double backgroundTotal;

    private WeightedScores(double[] t, double[] s, double[] b) {
        this.thresholds = t;
        this.signalAbove = s;
        this.backgroundAbove = b;
        this.signalTotal = s.length == 0 ? 0 : s[s.length - 1];
        this.backgroundTotal = b.length == 0 ? 0 : b[b.length - 1];
    }

    /**
     * @throws IllegalArgumentException on unequal lengths, NaN scores, labels other than 0/1,
     *     negative or non-finite weights, or a class without positive weight
     */
    static WeightedScores of(double[] scores, int[] labels, double[] weights) {
        if (scores == null || labels == null || weights == null) {
            throw new IllegalArgumentException("scores, labels and weights must not be null");
        }
        int n = scores.length;
        if (labels.length != n || weights.length != n) {
            throw new IllegalArgumentException("scores, labels and weights must have equal lengths, got " + n + ", "
                    + labels.length + ", " + weights.length);
        }
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + "; expected 0 or 1");
            }
            if (!Double.isFinite(weights[i]) || weights[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i] + "; expected finite >= 0");
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] t = new double[n];
        double[] s = new double[n];
        double[] b = new double[n];
        int k = -1;
        double cumS = 0;
        double cumB = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            if (labels[i] == 1) {
                cumS += weights[i];
            } else {
                cumB += weights[i];
            }
            if (k < 0 || scores[i] != t[k]) {
                k++;
                t[k] = scores[i];
            }
            s[k] = cumS;
            b[k] = cumB;
        }
        WeightedScores w =
                new WeightedScores(Arrays.copyOf(t, k + 1), Arrays.copyOf(s, k + 1), Arrays.copyOf(b, k + 1));
        if (!(w.signalTotal > 0) || !(w.backgroundTotal > 0)) {
            throw new IllegalArgumentException("both signal (label 1) and background (label 0) need positive total"
                    + " weight, got " + w.signalTotal + " and " + w.backgroundTotal);
        }
        return w;
    }

    /** Widens float scores. */
    static double[] widen(float[] scores) {
        if (scores == null) {
            throw new IllegalArgumentException("scores must not be null");
        }
        double[] d = new double[scores.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = scores[i];
        }
        return d;
    }
}

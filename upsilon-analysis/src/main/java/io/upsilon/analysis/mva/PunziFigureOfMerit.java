package io.upsilon.analysis.mva;

/**
 * The Punzi figure of merit for a search, {@code eff_S / (a/2 + sqrt(B))} (G. Punzi,
 * arXiv:physics/0308063), where {@code eff_S} is the signal efficiency of a cut, {@code B} the
 * expected background after it and {@code a} the number of sigmas of the intended discovery or
 * exclusion (default 1.645, one-sided 95%, as used for 90% CL limits in Belle II searches).
 *
 * <p>The cut selects {@code score >= cut}. {@code eff_S} is the selected fraction of the signal
 * weight of the sample given; {@code B} is the selected background weight, so background weights
 * must be normalised to expected events (luminosity times cross section over generated events).
 */
public final class PunziFigureOfMerit {
    /** The default number of sigmas, 1.645. */
    public static final double DEFAULT_SIGMAS = 1.645;

    private final double sigmas;

    /** With {@link #DEFAULT_SIGMAS}. */
    public PunziFigureOfMerit() {
        this(DEFAULT_SIGMAS);
    }

    /**
     * @param sigmas the {@code a} of the formula, finite and > 0
     * @throws IllegalArgumentException otherwise
     */
    public PunziFigureOfMerit(double sigmas) {
        if (!(sigmas > 0) || Double.isInfinite(sigmas)) {
            throw new IllegalArgumentException("sigmas must be finite and > 0, got " + sigmas);
        }
        this.sigmas = sigmas;
    }

    /** The {@code a} of the formula. */
    public double sigmas() {
        return sigmas;
    }

    /**
     * The figure of merit of a signal efficiency and an expected background.
     *
     * @throws IllegalArgumentException if the efficiency is outside [0, 1] or the background is
     *     negative or not finite
     */
    public double value(double signalEfficiency, double background) {
        if (!(signalEfficiency >= 0 && signalEfficiency <= 1)) {
            throw new IllegalArgumentException("signal efficiency must be in [0, 1], got " + signalEfficiency);
        }
        if (!(background >= 0) || Double.isInfinite(background)) {
            throw new IllegalArgumentException("background must be finite and >= 0, got " + background);
        }
        return signalEfficiency / (0.5 * sigmas + Math.sqrt(background));
    }

    /**
     * The best cut over all distinct scores of a validation sample; of equal optima the highest cut.
     *
     * @param scores classifier scores (higher = more signal-like), no NaN
     * @param labels 1 = signal, 0 = background
     * @param weights finite, non-negative weights (background in expected events)
     * @throws IllegalArgumentException if the inputs are inconsistent
     */
    public Optimum optimise(double[] scores, int[] labels, double[] weights) {
        return optimise(scores, labels, weights, 0);
    }

    /**
     * As {@link #optimise(double[], int[], double[])}, considering only cuts that keep at least
     * {@code minBackgroundEvents} background Monte Carlo events (unweighted count). With weighted
     * Monte Carlo a cut that removes every simulated background event is not a cut with no
     * background, only one whose background the sample cannot estimate.
     *
     * @throws IllegalArgumentException if the inputs are inconsistent or no cut keeps that many
     *     background events
     */
    public Optimum optimise(double[] scores, int[] labels, double[] weights, int minBackgroundEvents) {
        WeightedScores w = WeightedScores.of(scores, labels, weights);
        double[] ones = new double[weights.length];
        java.util.Arrays.fill(ones, 1.0);
        WeightedScores counts = WeightedScores.of(scores, labels, ones);
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < w.thresholds.length; k++) {
            if (counts.backgroundAbove[k] < minBackgroundEvents) {
                continue;
            }
            double eff = Math.min(1.0, w.signalAbove[k] / w.signalTotal);
            double v = value(eff, w.backgroundAbove[k]);
            if (v > bestValue) {
                bestValue = v;
                best = k;
            }
        }
        if (best < 0) {
            throw new IllegalArgumentException("no cut keeps " + minBackgroundEvents
                    + " background events (the sample has " + (long) counts.backgroundTotal + ")");
        }
        return new Optimum(
                w.thresholds[best],
                Math.min(1.0, w.signalAbove[best] / w.signalTotal),
                w.backgroundAbove[best],
                bestValue);
    }

    /** As {@link #optimise(double[], int[], double[])} for float scores. */
    public Optimum optimise(float[] scores, int[] labels, double[] weights) {
        return optimise(WeightedScores.widen(scores), labels, weights);
    }

    /** As {@link #optimise(double[], int[], double[], int)} for float scores. */
    public Optimum optimise(float[] scores, int[] labels, double[] weights, int minBackgroundEvents) {
        return optimise(WeightedScores.widen(scores), labels, weights, minBackgroundEvents);
    }

    /**
     * The best cut found by {@link #optimise}.
     *
     * @param cut select {@code score >= cut}
     * @param signalEfficiency selected fraction of the signal weight
     * @param background selected background weight (expected events)
     * @param figureOfMerit the Punzi figure of merit at the cut
     */
    public record Optimum(double cut, double signalEfficiency, double background, double figureOfMerit) {}
}

package io.upsilon.generators.phasespace;

import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * Multi-channel phase space for e+e- -&gt; 4 leptons (Kleiss and Pittau, Comput. Phys. Commun. 83
 * (1994) 141; Berends, Kleiss and Pittau, Nucl. Phys. B424 (1994) 308): channel i is chosen with
 * probability alpha_i, generates a point, and the point's weight is 1 / sum_j alpha_j g_j, so
 * every channel's peaks are mapped while the weight stays exact. The alpha_i adapt to the
 * integrand: after {@link #record} has been given the integrand weights, {@link #adapt} sets
 * alpha_i proportional to alpha_i sqrt(W_i), W_i = mean of w^2 g_i / g, the variance-minimising
 * update, with a floor so that no channel dies. Weights are with respect to the measure of
 * {@link FourLeptonChannel}. Not thread-safe.
 */
public final class FourLeptonPhaseSpace {
    private static final double MIN_ALPHA_FRACTION = 0.02;

    private final FourLeptonChannel[] channels;
    private final double[] alpha;
    private final double[] density;
    private final double[] sumW2;
    private double lastTotal;
    private long recorded;

    /** @param channels the channels (at least one), with equal initial weights */
    public FourLeptonPhaseSpace(List<FourLeptonChannel> channels) {
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("need at least one channel");
        }
        this.channels = channels.toArray(new FourLeptonChannel[0]);
        int n = this.channels.length;
        this.alpha = new double[n];
        this.density = new double[n];
        this.sumW2 = new double[n];
        java.util.Arrays.fill(alpha, 1.0 / n);
    }

    /**
     * Generates a point (final-state momenta at {@code out[0..15]}, canonical CM frame) at {@code
     * sqrtS} and returns its phase-space weight, 0 when the chosen channel found no point.
     */
    public double generate(RandomStream rng, double sqrtS, double[] out) {
        double u = rng.nextDouble();
        int chosen = channels.length - 1;
        double acc = 0;
        for (int i = 0; i < channels.length; i++) {
            acc += alpha[i];
            if (u < acc) {
                chosen = i;
                break;
            }
        }
        lastTotal = 0;
        if (!channels[chosen].generate(rng, sqrtS, out)) {
            return 0;
        }
        double g = 0;
        for (int i = 0; i < channels.length; i++) {
            density[i] = channels[i].density(sqrtS, out);
            g += alpha[i] * density[i];
        }
        if (!(g > 0) || !Double.isFinite(g)) {
            return 0;
        }
        lastTotal = g;
        return 1 / g;
    }

    /** Records the full weight (integrand times phase-space weight) of the last point, for {@link #adapt}. */
    public void record(double weight) {
        recorded++;
        if (lastTotal > 0 && weight != 0) {
            for (int i = 0; i < channels.length; i++) {
                sumW2[i] += weight * weight * density[i] / lastTotal;
            }
        }
    }

    /** Updates the channel weights from the recorded points and starts a new recording. */
    public void adapt() {
        if (recorded == 0) {
            return;
        }
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] *= Math.sqrt(sumW2[i] / recorded);
            sum += alpha[i];
        }
        if (!(sum > 0)) {
            java.util.Arrays.fill(alpha, 1.0 / alpha.length);
        } else {
            double floor = MIN_ALPHA_FRACTION / alpha.length;
            double norm = 0;
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] = Math.max(alpha[i] / sum, floor);
                norm += alpha[i];
            }
            for (int i = 0; i < alpha.length; i++) {
                alpha[i] /= norm;
            }
        }
        java.util.Arrays.fill(sumW2, 0);
        recorded = 0;
    }

    /** A copy of the current channel weights alpha_i. */
    public double[] channelWeights() {
        return alpha.clone();
    }
}

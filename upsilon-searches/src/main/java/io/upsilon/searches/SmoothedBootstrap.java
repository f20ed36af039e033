package io.upsilon.searches;

import io.upsilon.core.random.RandomStream;
import java.util.Arrays;

/**
 * Turns a weighted simulated background into an independent, data-like sample of unit-weight
 * events by a smoothed bootstrap (Efron and Tibshirani, <i>An Introduction to the Bootstrap</i>,
 * 1993, §16.5; Silverman, <i>Density Estimation</i>, 1986, §6.4): the number of events is Poisson
 * with the background's expected count in units of the reference weight, each event copies a
 * simulated event picked with probability proportional to its weight, and its observable is
 * moved by a Gaussian kernel of width h.
 *
 * <p>Why: an unbinned fit needs unit weights. When a background is simulated with fewer events
 * per unit luminosity than the sample it is mixed into (each simulated event weighs many times the
 * reference weight), plain accept-reject makes each of its events enter the fit many times, as
 * identical copies. A fit then counts the copies as independent events and its error misses the
 * background's clumpiness: with a few hundred simulated events, the pull of a fitted quantity is no
 * longer unit-width. Resampled events from the smoothed density are independent, so the fit's
 * error is right; what is left of the background's Monte Carlo statistics is the shape of the
 * smoothed density, the same for every sample drawn from it.
 *
 * <p>The kernel moves the observable and the listed features by the same amount, so that a feature
 * that is the observable recomputed under a systematic shift keeps its per-event shift.
 */
public final class SmoothedBootstrap {
    private SmoothedBootstrap() {}

    /**
     * A resampled background.
     *
     * @param mc the weighted simulated events (weights: expected events at the luminosity)
     * @param unitWeight the weight every resampled event stands for (> 0): the expected count is
     *     sum(w) / unitWeight
     * @param bandwidth the kernel's standard deviation h in the observable's unit (>= 0)
     * @param jitteredFeatures indices of features moved with the observable
     * @param rng the sample's own stream
     * @return unit-weight events (weight {@code unitWeight}); each keeps the picked event's number and
     *     the other features
     */
    public static SelectedEvents resample(
            SelectedEvents mc, double unitWeight, double bandwidth, int[] jitteredFeatures, RandomStream rng) {
        if (!(unitWeight > 0) || !(bandwidth >= 0) || !Double.isFinite(bandwidth)) {
            throw new IllegalArgumentException(
                    "need unitWeight > 0 and a finite bandwidth >= 0, got " + unitWeight + ", " + bandwidth);
        }
        for (int f : jitteredFeatures) {
            if (f < 0 || f >= mc.featureCount()) {
                throw new IllegalArgumentException("feature " + f + " out of range 0.." + (mc.featureCount() - 1));
            }
        }
        int n = mc.size();
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double w = mc.weight(i);
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("event " + i + " has weight " + w + "; need finite >= 0");
            }
            sum += w;
            cumulative[i] = sum;
        }
        SelectedEvents out = new SelectedEvents(mc.featureCount());
        if (sum == 0) {
            return out;
        }
        int count = rng.nextPoisson(sum / unitWeight);
        for (int k = 0; k < count; k++) {
            int i = pick(cumulative, rng.nextDouble() * sum);
            double shift = bandwidth * rng.nextGaussian();
            float[] features = mc.features(i);
            for (int f : jitteredFeatures) {
                features[f] = (float) (features[f] + shift);
            }
            out.add(mc.eventNumber(i), mc.observable(i) + shift, unitWeight, features);
        }
        return out;
    }

    /**
     * Silverman's rule of thumb, h = 0.9 min(sigma, IQR / 1.34) n_eff^(-1/5) (Silverman 1986, eq.
     * 3.31), from the weighted events with the observable in [lo, hi], n_eff = (sum w)^2 / sum w^2.
     * Returns 0 when fewer than two events are in the range.
     */
    public static double silvermanBandwidth(SelectedEvents mc, double lo, double hi) {
        int n = 0;
        double[] x = new double[mc.size()];
        double[] w = new double[mc.size()];
        for (int i = 0; i < mc.size(); i++) {
            double v = mc.observable(i);
            if (v >= lo && v <= hi && mc.weight(i) > 0) {
                x[n] = v;
                w[n] = mc.weight(i);
                n++;
            }
        }
        if (n < 2) {
            return 0;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        final double[] xs = x;
        Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
        double sw = 0;
        double sw2 = 0;
        double swx = 0;
        for (int i = 0; i < n; i++) {
            sw += w[i];
            sw2 += w[i] * w[i];
            swx += w[i] * x[i];
        }
        double mean = swx / sw;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += w[i] * (x[i] - mean) * (x[i] - mean);
        }
        double sigma = Math.sqrt(var / sw);
        double iqr = weightedQuantile(order, x, w, sw, 0.75) - weightedQuantile(order, x, w, sw, 0.25);
        double spread = iqr > 0 ? Math.min(sigma, iqr / 1.34) : sigma;
        double nEff = sw * sw / sw2;
        return 0.9 * spread * Math.pow(nEff, -0.2);
    }

    private static double weightedQuantile(Integer[] order, double[] x, double[] w, double total, double q) {
        double target = q * total;
        double acc = 0;
        for (Integer i : order) {
            acc += w[i];
            if (acc >= target) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }

    /** The first index whose cumulative weight exceeds u (binary search). */
    private static int pick(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}

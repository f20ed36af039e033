package io.upsilon.generators.decay;

import io.upsilon.core.random.RandomStream;
import java.util.function.DoubleUnaryOperator;

/**
 * Exact sampling of a one-dimensional density f(x) &gt;= 0 on [a, b] by accept-reject under a
 * piecewise-constant envelope: the range is cut into bins, each bin's envelope is a safety factor
 * times the largest of f at several points of the bin, a bin is chosen from the cumulative
 * envelope and x uniform in it is accepted with probability f(x)/envelope. With
 * fine bins the acceptance is close to 1. Were f ever above the envelope, the event would be
 * slightly under-weighted; {@link #envelopeViolations()} counts such points so tests can check
 * there are none. Immutable apart from that counter; not thread-safe (one per decayer).
 */
final class TabulatedSampler {
    private static final int POINTS_PER_BIN = 6;
    private static final double SAFETY = 1.2;

    private final DoubleUnaryOperator f;
    private final double a;
    private final double binWidth;
    private final double[] envelope;
    private final double[] cumulative;
    private final double total;
    // Guide table (index search): guide[g] is the bin holding u = g * total / bins, so the bin of
    // any u is found by a short linear walk from guide[(int) (u * guideScale)] instead of a binary
    // search; the walk checks both neighbours, so the bin is exactly the binary search's.
    private final int[] guide;
    private final double guideScale;
    private long violations;

    TabulatedSampler(DoubleUnaryOperator f, double a, double b, int bins) {
        if (!(b > a) || bins < 1) {
            throw new IllegalArgumentException("need a < b and bins >= 1, got [" + a + ", " + b + "], " + bins);
        }
        this.f = f;
        this.a = a;
        this.binWidth = (b - a) / bins;
        this.envelope = new double[bins];
        this.cumulative = new double[bins];
        double sum = 0;
        for (int i = 0; i < bins; i++) {
            double max = 0;
            for (int k = 0; k <= POINTS_PER_BIN; k++) {
                double x = a + binWidth * (i + k / (double) POINTS_PER_BIN);
                max = Math.max(max, f.applyAsDouble(x));
            }
            envelope[i] = SAFETY * max;
            sum += envelope[i] * binWidth;
            cumulative[i] = sum;
        }
        if (!(sum > 0) || Double.isInfinite(sum)) {
            throw new IllegalArgumentException("density is not positive and finite on [" + a + ", " + b + "]");
        }
        this.total = sum;
        this.guide = new int[bins];
        this.guideScale = bins / sum;
        int i = 0;
        for (int g = 0; g < bins; g++) {
            double u = g * (sum / bins);
            while (i < bins - 1 && cumulative[i] <= u) {
                i++;
            }
            guide[g] = i;
        }
    }

    private TabulatedSampler(TabulatedSampler o, DoubleUnaryOperator f) {
        this.f = f;
        this.a = o.a;
        this.binWidth = o.binWidth;
        this.envelope = o.envelope;
        this.cumulative = o.cumulative;
        this.total = o.total;
        this.guide = o.guide;
        this.guideScale = o.guideScale;
    }

    /**
     * A sampler sharing this one's envelope with its own violation counter, evaluating {@code f}
     * (the same density, bound to another instance's scratch buffers).
     */
    TabulatedSampler copy(DoubleUnaryOperator f) {
        return new TabulatedSampler(this, f);
    }

    /** One value of x distributed as f. */
    double sample(RandomStream rng) {
        while (true) {
            int bin = bin(rng.nextDouble() * total);
            double x = a + binWidth * (bin + rng.nextDouble());
            double fx = f.applyAsDouble(x);
            if (fx > envelope[bin]) {
                violations++;
            }
            if (rng.nextDouble() * envelope[bin] < fx) {
                return x;
            }
        }
    }

    /**
     * The first bin whose cumulative envelope exceeds u (the last bin if none does): the cumulative
     * sums never decrease, so i is that bin once cumulative[i - 1] &lt;= u &lt; cumulative[i].
     */
    int bin(double u) {
        int last = cumulative.length - 1;
        int i = guide[Math.min(last, Math.max(0, (int) (u * guideScale)))];
        while (i > 0 && cumulative[i - 1] > u) {
            i--;
        }
        while (i < last && cumulative[i] <= u) {
            i++;
        }
        return i;
    }

    /** Number of sampled points where f exceeded its envelope (should be 0). */
    long envelopeViolations() {
        return violations;
    }
}

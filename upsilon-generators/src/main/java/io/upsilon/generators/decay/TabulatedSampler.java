package io.upsilon.generators.decay;

import io.upsilon.core.random.RandomStream;
import java.util.function.DoubleUnaryOperator;

/**
 * Exact sampling of a one-dimensional density f(x) &gt;= 0 on [a, b] by accept-reject under a
 * piecewise-constant envelope: the range is cut into bins, each bin's envelope is a safety factor
 * times the largest of f at several points of the bin, a bin is chosen from the cumulative
 * envelope (binary search) and x uniform in it is accepted with probability f(x)/envelope. With
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
    }

    private TabulatedSampler(TabulatedSampler o, DoubleUnaryOperator f) {
        this.f = f;
        this.a = o.a;
        this.binWidth = o.binWidth;
        this.envelope = o.envelope;
        this.cumulative = o.cumulative;
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
        double total = cumulative[cumulative.length - 1];
        while (true) {
            double u = rng.nextDouble() * total;
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
            double x = a + binWidth * (lo + rng.nextDouble());
            double fx = f.applyAsDouble(x);
            if (fx > envelope[lo]) {
                violations++;
            }
            if (rng.nextDouble() * envelope[lo] < fx) {
                return x;
            }
        }
    }

    /** Number of sampled points where f exceeded its envelope (should be 0). */
    long envelopeViolations() {
        return violations;
    }
}

package io.upsilon.generators.decay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.DoubleUnaryOperator;

/** Shared helpers for the decay tests: histograms and Pearson chi-square against a density. */
final class DecayTestSupport {
    private DecayTestSupport() {}

    /** Fills value v into bins over [lo, hi); returns false if outside. */
    static boolean fill(long[] h, double lo, double hi, double v) {
        if (!(v >= lo && v < hi)) {
            return false;
        }
        h[(int) ((v - lo) / (hi - lo) * h.length)]++;
        return true;
    }

    /** Integral of f over [a, b] by Simpson's rule with 200 intervals. */
    static double integrate(DoubleUnaryOperator f, double a, double b) {
        int n = 200;
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    /**
     * Pearson chi-square of histogram h over [lo, hi) against density f (not necessarily
     * normalised over [lo, hi): the expectation is normalised to the histogram's total).
     */
    static double chi2(long[] h, double lo, double hi, DoubleUnaryOperator f) {
        double w = (hi - lo) / h.length;
        double[] expected = new double[h.length];
        double total = 0;
        long n = 0;
        for (int i = 0; i < h.length; i++) {
            expected[i] = integrate(f, lo + i * w, lo + (i + 1) * w);
            total += expected[i];
            n += h[i];
        }
        double chi2 = 0;
        for (int i = 0; i < h.length; i++) {
            double e = expected[i] / total * n;
            if (e > 0) {
                chi2 += (h[i] - e) * (h[i] - e) / e;
            } else {
                assertThat(h[i])
                        .as("entries where the density vanishes, bin " + i)
                        .isZero();
            }
        }
        return chi2;
    }

    /**
     * Accepts chi2 for ndf degrees of freedom when below ndf + 5 sqrt(2 ndf) (a 5-sigma bound in
     * the Gaussian approximation, p ~ 1e-5 for ndf ~ 50).
     */
    static void assertChi2(double chi2, int ndf, String what) {
        assertThat(chi2).as(what + ": chi2 = " + chi2 + " for ndf = " + ndf).isLessThan(ndf + 5 * Math.sqrt(2.0 * ndf));
    }

    /** Index of the largest bin. */
    static int argMax(long[] h) {
        int k = 0;
        for (int i = 1; i < h.length; i++) {
            if (h[i] > h[k]) {
                k = i;
            }
        }
        return k;
    }

    /** Invariant mass of the sum of particles in v (px, py, pz, E at 4 i) with the given indices. */
    static double mass(double[] v, int... idx) {
        double e = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i : idx) {
            x += v[4 * i];
            y += v[4 * i + 1];
            z += v[4 * i + 2];
            e += v[4 * i + 3];
        }
        return Math.sqrt(Math.max(0, e * e - x * x - y * y - z * z));
    }

    /** Checks that the n daughters in v add up to a parent of mass m at rest (1e-9 GeV) and are on shell. */
    static void assertAtRestAndOnShell(double[] v, int n, double m, double[] masses) {
        double e = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (int i = 0; i < n; i++) {
            x += v[4 * i];
            y += v[4 * i + 1];
            z += v[4 * i + 2];
            e += v[4 * i + 3];
            double m2 = v[4 * i + 3] * v[4 * i + 3]
                    - v[4 * i] * v[4 * i]
                    - v[4 * i + 1] * v[4 * i + 1]
                    - v[4 * i + 2] * v[4 * i + 2];
            assertThat(Math.abs(m2 - masses[i] * masses[i]))
                    .as("mass^2 of daughter " + i)
                    .isLessThan(1e-9);
        }
        assertThat(Math.abs(x) + Math.abs(y) + Math.abs(z) + Math.abs(e - m))
                .as("four-momentum balance")
                .isLessThan(1e-9);
    }
}

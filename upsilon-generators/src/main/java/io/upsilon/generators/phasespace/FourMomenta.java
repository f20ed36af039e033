package io.upsilon.generators.phasespace;

/** Small allocation-free helpers on (px, py, pz, E) stored in arrays, for the four-lepton channels. */
final class FourMomenta {
    private FourMomenta() {}

    /** Writes the sum of the momenta at offsets {@code a} and {@code b} of {@code p} into {@code out[0..3]}. */
    static void sum(double[] p, int a, int b, double[] out) {
        for (int c = 0; c < 4; c++) {
            out[c] = p[a + c] + p[b + c];
        }
    }

    /** The invariant mass squared of the vector at {@code v[off..]}. */
    static double mass2(double[] v, int off) {
        return v[off + 3] * v[off + 3] - v[off] * v[off] - v[off + 1] * v[off + 1] - v[off + 2] * v[off + 2];
    }

    /**
     * Boosts the vector at {@code v[off..]} from the rest frame of a system of momentum {@code P}
     * (at {@code sys[0..3]}) and mass {@code m} into the frame where the system has momentum P
     * ({@code sign} = +1), or back into its rest frame ({@code sign} = -1). Uses P/m rather than a
     * velocity, so that fast systems lose no precision in gamma.
     */
    static void boost(double[] sys, double m, int sign, double[] v, int off) {
        double px = sign * sys[0];
        double py = sign * sys[1];
        double pz = sign * sys[2];
        double e = sys[3];
        double dot = px * v[off] + py * v[off + 1] + pz * v[off + 2];
        double ve = v[off + 3];
        double newE = (e * ve + dot) / m;
        double f = (ve + dot / (e + m)) / m;
        v[off] += f * px;
        v[off + 1] += f * py;
        v[off + 2] += f * pz;
        v[off + 3] = newE;
    }

    /** Källén's lambda(a, b, c) = a^2 + b^2 + c^2 - 2ab - 2ac - 2bc. */
    static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
    }

    /** |p*| of a two-body split of mass m into masses m1, m2 (0 below threshold). */
    static double breakup(double m, double m1, double m2) {
        double l = kallen(m * m, m1 * m1, m2 * m2);
        return l > 0 ? Math.sqrt(l) / (2 * m) : 0;
    }
}

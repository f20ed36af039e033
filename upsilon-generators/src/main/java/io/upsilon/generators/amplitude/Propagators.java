package io.upsilon.generators.amplitude;

/**
 * Propagators, without their overall factors of i (dropped consistently; amplitudes are defined
 * up to a global phase):
 *
 * <pre>
 *   photon:          -g_{mu nu} / q^2
 *   massive vector:  (-g_{mu nu} + q_mu q_nu / M^2) / (q^2 - M^2 + i M Gamma)     (Breit-Wigner)
 *   fermion:         (q-slash + m) / (q^2 - m^2)
 * </pre>
 *
 * The vector propagators are returned contracted with the two currents they connect.
 */
public final class Propagators {
    private Propagators() {}

    /**
     * Photon exchange between currents {@code j1} and {@code j2} with momentum transfer squared
     * {@code q2}: writes -(j1.j2)/q2 as (re, im) into {@code out[0..1]}.
     */
    public static void photon(double[] j1, double[] j2, double q2, double[] out) {
        out[0] = -Dirac.dotRe(j1, j2) / q2;
        out[1] = -Dirac.dotIm(j1, j2) / q2;
    }

    /**
     * Massive vector exchange (mass {@code mass}, width {@code width}) between currents {@code j1}
     * and {@code j2} carrying the real momentum {@code q} (px, py, pz, E) at {@code q[off..]}:
     * writes [-(j1.j2) + (j1.q)(j2.q)/M^2] / (q^2 - M^2 + i M Gamma) into {@code out[0..1]}.
     */
    public static void massiveVector(
            double[] j1, double[] j2, double[] q, int off, double mass, double width, double[] out) {
        double q2 = q[off + 3] * q[off + 3] - q[off] * q[off] - q[off + 1] * q[off + 1] - q[off + 2] * q[off + 2];
        double aRe = Dirac.dotRealRe(j1, q, off);
        double aIm = Dirac.dotRealIm(j1, q, off);
        double bRe = Dirac.dotRealRe(j2, q, off);
        double bIm = Dirac.dotRealIm(j2, q, off);
        double m2 = mass * mass;
        double nRe = -Dirac.dotRe(j1, j2) + (aRe * bRe - aIm * bIm) / m2;
        double nIm = -Dirac.dotIm(j1, j2) + (aRe * bIm + aIm * bRe) / m2;
        double dRe = q2 - m2;
        double dIm = mass * width;
        double d2 = dRe * dRe + dIm * dIm;
        out[0] = (nRe * dRe + nIm * dIm) / d2;
        out[1] = (nIm * dRe - nRe * dIm) / d2;
    }

    /**
     * Fermion line: out = (q-slash + m) psi / (q^2 - m^2) for the real momentum q at {@code
     * q[off..]} flowing along the fermion arrow; {@code out} must differ from {@code psi}.
     */
    public static void fermion(double[] q, int off, double m, double[] psi, double[] out) {
        Dirac.slashPlusMass(q, off, m, psi, out);
        double q2 = q[off + 3] * q[off + 3] - q[off] * q[off] - q[off + 1] * q[off + 1] - q[off + 2] * q[off + 2];
        double f = 1 / (q2 - m * m);
        for (int a = 0; a < 8; a++) {
            out[a] *= f;
        }
    }
}

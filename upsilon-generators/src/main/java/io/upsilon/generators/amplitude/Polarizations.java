package io.upsilon.generators.amplitude;

/**
 * Polarisation vectors of spin-1 bosons as complex four-vectors (layout in {@code package-info}).
 * With theta, phi the polar and azimuthal angles of k and the transverse unit vectors
 *
 * <pre>
 *   e1 = (0; cos(theta) cos(phi), cos(theta) sin(phi), -sin(theta)),   e2 = (0; -sin(phi), cos(phi), 0),
 *   eps(k, +-1) = (-+ e1 - i e2)/sqrt(2),   eps(k, 0) = (|k|/M; E k/(|k| M))   (massive only),
 * </pre>
 *
 * so that sum_lambda eps^mu eps^nu* = -g^{mu nu} + k^mu k^nu / M^2 for a massive boson (all three
 * helicities). An outgoing boson enters amplitudes as eps*: use {@link #epsilonOutgoing}.
 */
public final class Polarizations {
    private Polarizations() {}

    /**
     * eps(k, lambda) for the momentum (px, py, pz, E) at {@code k[off..]} of a boson of mass
     * {@code mass}; lambda = +1, -1 (any mass) or 0 (mass &gt; 0 and |k| &gt; 0; a boson at rest gets
     * its spin quantised along +z).
     */
    public static void epsilon(double[] k, int off, double mass, int lambda, double[] out) {
        double px = k[off];
        double py = k[off + 1];
        double pz = k[off + 2];
        double pt2 = px * px + py * py;
        double a = Math.sqrt(pt2 + pz * pz);
        double ct;
        double st;
        double cp;
        double sp;
        if (a == 0) {
            ct = 1;
            st = 0;
        } else {
            ct = pz / a;
            st = Math.sqrt(pt2) / a;
        }
        if (pt2 > 0) {
            double pt = Math.sqrt(pt2);
            cp = px / pt;
            sp = py / pt;
        } else {
            cp = 1;
            sp = 0;
        }
        if (lambda == 0) {
            if (!(mass > 0)) {
                throw new IllegalArgumentException("longitudinal polarisation needs a massive boson, got mass " + mass);
            }
            double e = Math.sqrt(a * a + mass * mass);
            double ux = a == 0 ? 0 : st * cp;
            double uy = a == 0 ? 0 : st * sp;
            double uz = a == 0 ? 1 : ct;
            double f = a == 0 ? 1 : e / mass;
            out[0] = a / mass;
            out[1] = 0;
            out[2] = f * ux;
            out[3] = 0;
            out[4] = f * uy;
            out[5] = 0;
            out[6] = f * uz;
            out[7] = 0;
            return;
        }
        if (lambda != 1 && lambda != -1) {
            throw new IllegalArgumentException("helicity must be -1, 0 or +1, got " + lambda);
        }
        double r = 1 / Math.sqrt(2);
        double s = -lambda * r; // coefficient of e1
        out[0] = 0;
        out[1] = 0;
        out[2] = s * ct * cp;
        out[3] = -r * -sp;
        out[4] = s * ct * sp;
        out[5] = -r * cp;
        out[6] = s * -st;
        out[7] = 0;
    }

    /** eps*(k, lambda): the factor of an outgoing boson. */
    public static void epsilonOutgoing(double[] k, int off, double mass, int lambda, double[] out) {
        epsilon(k, off, mass, lambda, out);
        out[1] = -out[1];
        out[3] = -out[3];
        out[5] = -out[5];
        out[7] = -out[7];
    }
}

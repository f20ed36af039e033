package io.upsilon.generators.amplitude;

/**
 * Dirac spinors of definite helicity in the chiral representation, for massive and massless
 * fermions, written into {@code double[8]} (layout in {@code package-info}):
 *
 * <pre>
 *   u(p, h) = ( sqrt(E - h|p|) xi_h ,  sqrt(E + h|p|) xi_h )
 *   v(p, h) = ( sqrt(E + h|p|) xi_-h, -sqrt(E - h|p|) xi_-h )
 *   xi_+ = (cos(theta/2), e^{i phi} sin(theta/2)),  xi_- = (-e^{-i phi} sin(theta/2), cos(theta/2))
 * </pre>
 *
 * with h = +1 or -1 the helicity (twice the spin projection on the momentum), theta and phi the
 * polar and azimuthal angles of p, normalisation ubar u = 2m, vbar v = -2m. They satisfy (p-slash -
 * m) u = 0, (p-slash + m) v = 0, sum_h u ubar = p-slash + m and sum_h v vbar = p-slash - m. The
 * energy is recomputed from |p| and m (the spinor is on shell) and sqrt(E - |p|) is evaluated as
 * m / sqrt(E + |p|), exact for massless and ultra-relativistic fermions. A particle at rest gets
 * its spin quantised along +z.
 */
public final class Spinors {
    private Spinors() {}

    /** u(p, h) for the momentum (px, py, pz, E) at {@code p[off..]}, mass {@code m}, helicity {@code h} = +-1. */
    public static void u(double[] p, int off, double m, int h, double[] out) {
        fill(p, off, m, h, false, out);
    }

    /** v(p, h): the antifermion spinor of helicity {@code h}. */
    public static void v(double[] p, int off, double m, int h, double[] out) {
        fill(p, off, m, h, true, out);
    }

    /** ubar(p, h) = u^dagger gamma^0. */
    public static void ubar(double[] p, int off, double m, int h, double[] scratch, double[] out) {
        fill(p, off, m, h, false, scratch);
        Dirac.bar(scratch, out);
    }

    /** vbar(p, h) = v^dagger gamma^0. */
    public static void vbar(double[] p, int off, double m, int h, double[] scratch, double[] out) {
        fill(p, off, m, h, true, scratch);
        Dirac.bar(scratch, out);
    }

    private static void fill(double[] p, int off, double m, int h, boolean anti, double[] out) {
        if (h != 1 && h != -1) {
            throw new IllegalArgumentException("helicity must be +1 or -1, got " + h);
        }
        double px = p[off];
        double py = p[off + 1];
        double pz = p[off + 2];
        double pt2 = px * px + py * py;
        double a = Math.sqrt(pt2 + pz * pz);
        double e = Math.sqrt(a * a + m * m);
        // cos(theta/2), sin(theta/2) from cos(theta) = pz/|p| without trigonometric calls.
        double c;
        double sn;
        double er; // e^{i phi}
        double ei;
        if (a == 0) {
            c = 1;
            sn = 0;
            er = 1;
            ei = 0;
        } else {
            double cosTheta = pz / a;
            c = Math.sqrt(Math.max(0, 0.5 * (1 + cosTheta)));
            sn = Math.sqrt(Math.max(0, 0.5 * (1 - cosTheta)));
            if (pt2 > 0) {
                double pt = Math.sqrt(pt2);
                er = px / pt;
                ei = py / pt;
            } else {
                er = 1;
                ei = 0;
            }
        }
        double big = Math.sqrt(e + a); // sqrt(E + |p|)
        double small = m == 0 ? 0 : m / big; // sqrt(E - |p|)
        // The two-spinor of helicity k (k = h for u, -h for v).
        int k = anti ? -h : h;
        double x0r;
        double x0i;
        double x1r;
        double x1i;
        if (k == 1) {
            x0r = c;
            x0i = 0;
            x1r = er * sn;
            x1i = ei * sn;
        } else {
            x0r = -er * sn;
            x0i = ei * sn;
            x1r = c;
            x1i = 0;
        }
        double upper;
        double lower;
        if (!anti) {
            upper = h == 1 ? small : big; // sqrt(E - h|p|)
            lower = h == 1 ? big : small; // sqrt(E + h|p|)
        } else {
            upper = h == 1 ? big : small; // sqrt(E + h|p|)
            lower = -(h == 1 ? small : big); // -sqrt(E - h|p|)
        }
        out[0] = upper * x0r;
        out[1] = upper * x0i;
        out[2] = upper * x1r;
        out[3] = upper * x1i;
        out[4] = lower * x0r;
        out[5] = lower * x0i;
        out[6] = lower * x1r;
        out[7] = lower * x1i;
    }
}

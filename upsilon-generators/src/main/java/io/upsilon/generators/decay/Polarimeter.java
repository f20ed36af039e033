package io.upsilon.generators.decay;

/**
 * The polarimetric vector h of a tau- decay tau-(P) -&gt; nu_tau(N) H through a hadronic (or
 * leptonic) current J^mu (complex), in the tau rest frame: the decay rate of a tau- with spin
 * direction s is proportional to 1 + h . s ([R] J. H. Kuhn and F. Wagner, Nucl. Phys. B236 (1984)
 * 16; S. Jadach, J. H. Kuhn, Z. Was, Comput. Phys. Commun. 64 (1991) 275, the TAUOLA polarimeter).
 *
 * <p>Derivation (V-A): with M = ubar(N) gamma_mu (1 - gamma5) u(P, s) J^mu and the spin projector
 * u ubar = (P-slash + m)(1 + gamma5 s-slash)/2,
 *
 * <pre>
 *   |M|^2 = 4 (P - m s) . Pi,
 *   Pi^mu = 2 Re[(N . J*) J^mu] - (J . J*) N^mu + 2 eps^{mu nu rho sigma} (Re J)_nu (Im J)_rho N_sigma,
 * </pre>
 *
 * (eps^{0123} = +1; the sign of the parity-odd term is the one that the spinor calculation of
 * {@code PolarimeterTest} reproduces), so in the tau rest frame h = Pi_vec / Pi^0 and |h| &lt;= 1.
 * For a real current (up to a common phase, e.g. pi nu and the two-pion current) the epsilon term
 * vanishes. Four-vectors are (x, y, z, t) at {@code v[off .. off + 3]}, as the decay models write
 * their momenta.
 */
final class Polarimeter {
    private Polarimeter() {}

    /** Minkowski product of the (x, y, z, t) vectors at a[i..] and b[j..]. */
    static double dot(double[] a, int i, double[] b, int j) {
        return a[i + 3] * b[j + 3] - a[i] * b[j] - a[i + 1] * b[j + 1] - a[i + 2] * b[j + 2];
    }

    /**
     * Writes h (3 components) for the current J = jRe + i jIm (four-vectors at offset 0) and the
     * neutrino momentum at {@code n[no..]}, all in the tau rest frame; h = 0 if Pi^0 is not positive.
     */
    static void fromCurrent(double[] jRe, double[] jIm, double[] n, int no, double[] h) {
        double na = dot(n, no, jRe, 0);
        double nb = dot(n, no, jIm, 0);
        double jj = dot(jRe, 0, jRe, 0) + dot(jIm, 0, jIm, 0);
        // eps term: v = eps^{mu nu rho sigma} a_nu b_rho c_sigma with a = Re J, b = Im J, c = N:
        // v^0 = -a.(b x c), v_vec = -a^0 (b x c) + b^0 (a x c) - c^0 (a x b) (3-vectors).
        double ax = jRe[0];
        double ay = jRe[1];
        double az = jRe[2];
        double a0 = jRe[3];
        double bx = jIm[0];
        double by = jIm[1];
        double bz = jIm[2];
        double b0 = jIm[3];
        double cx = n[no];
        double cy = n[no + 1];
        double cz = n[no + 2];
        double c0 = n[no + 3];
        double bcx = by * cz - bz * cy;
        double bcy = bz * cx - bx * cz;
        double bcz = bx * cy - by * cx;
        double acx = ay * cz - az * cy;
        double acy = az * cx - ax * cz;
        double acz = ax * cy - ay * cx;
        double abx = ay * bz - az * by;
        double aby = az * bx - ax * bz;
        double abz = ax * by - ay * bx;
        double v0 = -(ax * bcx + ay * bcy + az * bcz);
        double vx = -a0 * bcx + b0 * acx - c0 * abx;
        double vy = -a0 * bcy + b0 * acy - c0 * aby;
        double vz = -a0 * bcz + b0 * acz - c0 * abz;
        double pi0 = 2 * (na * a0 + nb * b0) - jj * c0 + EPS_SIGN * 2 * v0;
        if (!(pi0 > 0)) {
            h[0] = 0;
            h[1] = 0;
            h[2] = 0;
            return;
        }
        h[0] = (2 * (na * ax + nb * bx) - jj * cx + EPS_SIGN * 2 * vx) / pi0;
        h[1] = (2 * (na * ay + nb * by) - jj * cy + EPS_SIGN * 2 * vy) / pi0;
        h[2] = (2 * (na * az + nb * bz) - jj * cz + EPS_SIGN * 2 * vz) / pi0;
    }

    /** Sign of the parity-odd term (see the class documentation). */
    static final double EPS_SIGN = 1;

    /** h = the unit vector along the (x, y, z) momentum at {@code p[off..]} (pi nu, K nu; leptonic: the anti-nu_l). */
    static void along(double[] p, int off, double[] h) {
        double x = p[off];
        double y = p[off + 1];
        double z = p[off + 2];
        double r = Math.sqrt(x * x + y * y + z * z);
        h[0] = x / r;
        h[1] = y / r;
        h[2] = z / r;
    }

    /** h = 0: the unpolarised modes. */
    static void none(double[] h) {
        h[0] = 0;
        h[1] = 0;
        h[2] = 0;
    }
}

package io.upsilon.generators.amplitude;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact tree-level QED helicity amplitudes of radiative Bhabha scattering e-(p1) e+(p2) -&gt; e-(p3)
 * e+(p4) gamma(k) with the electron mass kept: the eight diagrams of single bremsstrahlung in
 * Bhabha scattering (F. A. Berends, R. Kleiss, P. De Causmaecker, R. Gastmans, W. Troost and T. T.
 * Wu, Nucl. Phys. B 206 (1982) 61), four with an s-channel photon (emission from either beam or
 * either outgoing lepton) and four with a t-channel photon (emission from either end of the e- line
 * p1 -&gt; p3 or of the e+ line p2 -&gt; p4):
 *
 * <pre>
 *   M / e^3 = A_s - A_t   (the relative sign of the two channels is the Fermi sign of Bhabha scattering),
 *   A_s = L[vbar2, u1].J[ubar3, v4] / (p3 + p4)^2 + L[ubar3, v4].J[vbar2, u1] / (p1 + p2)^2,
 *   A_t = L[ubar3, u1].J[vbar2, v4] / (p2 - p4)^2 + L[vbar2, v4].J[ubar3, u1] / (p1 - p3)^2,
 *   J[chibar, psi]^nu = chibar gamma^nu psi,
 *   L[chibar, psi]^nu = chibar [ eps*-slash S(P_L + k) gamma^nu + gamma^nu S(P_R - k) eps*-slash ] psi,
 *   S(q) = (q-slash + m) / (q^2 - m^2),
 * </pre>
 *
 * with P_L the momentum leaving the line at its barred end along the fermion arrow (p3 for ubar3,
 * -p2 for vbar2) and P_R the momentum entering it at the other end (p1 for u1, -p4 for v4): the
 * Feynman rules of QED (M. E. Peskin and D. V. Schroeder, An Introduction to Quantum Field Theory,
 * sect. 4.8 and problem 5.2 for the Bhabha sign), common factors of i and the overall sign of the
 * three charges dropped (a global phase). Each of the four emission pairs L is separately
 * conserved (k.L = 0 on shell), which {@link #amplitude} lets tests check. The electron mass
 * regulates the collinear peaks (photon along any lepton) and the forward t-channel peak.
 *
 * <p>Momenta (px, py, pz, E) in one array: p1 (e-) at 0, p2 (e+) at 4, p3 (e-) at 8, p4 (e+) at
 * 12, k at 16. Helicities: with m_e = 0 only the six combinations that conserve helicity along the
 * lines (opposite labels on each pair for the s channel, equal labels along each line for the t
 * channel, in the v-spinor convention of {@link Spinors}) are summed; with m_e &gt; 0 all 16.
 * The four propagators can be multiplied by complex factors (the vacuum polarisation at their own
 * virtualities). Not thread-safe (scratch buffers).
 */
public final class EeEeGammaAmplitude {
    /** Index of the s-channel propagator (p3 + p4)^2 (emission from the beams) in a dressing array. */
    public static final int S_PRIME = 0;

    /** Index of the s-channel propagator (p1 + p2)^2 (emission from the outgoing leptons). */
    public static final int S = 1;

    /** Index of the t-channel propagator (p2 - p4)^2 (emission from the e- line). */
    public static final int T_POSITRON = 2;

    /** Index of the t-channel propagator (p1 - p3)^2 (emission from the e+ line). */
    public static final int T_ELECTRON = 3;

    private static final double[] BARE = {1, 0, 1, 0, 1, 0, 1, 0};

    private final double mass;
    private final int[][] helicities; // helicity indices (0: -1, 1: +1) of e-, e+, e-, e+ that contribute

    // spinors by helicity index (0: -1, 1: +1)
    private final double[][] u1 = new double[2][8];
    private final double[][] vb2 = new double[2][8];
    private final double[][] ub3 = new double[2][8];
    private final double[][] v4 = new double[2][8];
    // currents [h_left][h_right] and emission lines [h_left][h_right][photon helicity]
    private final double[][][] j21 = new double[2][2][8];
    private final double[][][] j34 = new double[2][2][8];
    private final double[][][] j31 = new double[2][2][8];
    private final double[][][] j24 = new double[2][2][8];
    private final double[][][][] l21 = new double[2][2][2][8];
    private final double[][][][] l34 = new double[2][2][2][8];
    private final double[][][][] l31 = new double[2][2][2][8];
    private final double[][][][] l24 = new double[2][2][2][8];
    private final double[][] eps = new double[2][8];
    private final double[] spinor = new double[8];
    private final double[] t1 = new double[8];
    private final double[] t2 = new double[8];
    private final double[] t3 = new double[8];
    private final double[] t4 = new double[8];
    private final double[] q = new double[4];
    private final double[] termValue = new double[2];
    private final double[] pl = new double[4];
    private final double[] pr = new double[4];

    /** @param electronMass the electron mass in GeV (&gt;= 0) */
    public EeEeGammaAmplitude(double electronMass) {
        if (!(electronMass >= 0) || !Double.isFinite(electronMass)) {
            throw new IllegalArgumentException("the electron mass must be finite and >= 0, got " + electronMass);
        }
        this.mass = electronMass;
        List<int[]> list = new ArrayList<>();
        for (int h = 0; h < 16; h++) {
            int[] a = {h & 1, (h >> 1) & 1, (h >> 2) & 1, (h >> 3) & 1};
            // massless: the s channel needs opposite labels on each pair, the t channel equal labels on each line
            boolean sChannel = a[1] != a[0] && a[3] != a[2];
            boolean tChannel = a[2] == a[0] && a[3] == a[1];
            if (electronMass > 0 || sChannel || tChannel) {
                list.add(a);
            }
        }
        this.helicities = list.toArray(new int[0][]);
    }

    /**
     * Sum over the helicities of all five particles of |M|^2 / e^6 (divide by 4 for the beam-spin
     * average), bare propagators.
     */
    public double summedSquared(double[] p) {
        return summedSquared(p, BARE);
    }

    /**
     * As {@link #summedSquared(double[])}, with the photon propagator i multiplied by the complex
     * factor (dressing[2 i], dressing[2 i + 1]), i = {@link #S_PRIME}, {@link #S}, {@link
     * #T_POSITRON}, {@link #T_ELECTRON}.
     */
    public double summedSquared(double[] p, double[] dressing) {
        prepare(p);
        double sp = invariant(p, 8, 12, 1);
        double s = invariant(p, 0, 4, 1);
        double t24 = invariant(p, 4, 12, -1);
        double t13 = invariant(p, 0, 8, -1);
        double sum = 0;
        for (int[] h : helicities) {
            int a1 = h[0];
            int a2 = h[1];
            int a3 = h[2];
            int a4 = h[3];
            for (int il = 0; il < 2; il++) {
                double re = 0;
                double im = 0;
                double[] d = termValue;
                term(l21[a2][a1][il], j34[a3][a4], sp, dressing, S_PRIME, 1, d);
                re += d[0];
                im += d[1];
                term(l34[a3][a4][il], j21[a2][a1], s, dressing, S, 1, d);
                re += d[0];
                im += d[1];
                term(l31[a3][a1][il], j24[a2][a4], t24, dressing, T_POSITRON, -1, d);
                re += d[0];
                im += d[1];
                term(l24[a2][a4][il], j31[a3][a1], t13, dressing, T_ELECTRON, -1, d);
                re += d[0];
                im += d[1];
                sum += re * re + im * im;
            }
        }
        return sum;
    }

    private static void term(double[] l, double[] j, double q2, double[] dressing, int i, int sign, double[] out) {
        double re = sign * Dirac.dotRe(l, j) / q2;
        double im = sign * Dirac.dotIm(l, j) / q2;
        double dr = dressing[2 * i];
        double di = dressing[2 * i + 1];
        out[0] = re * dr - im * di;
        out[1] = re * di + im * dr;
    }

    /**
     * One helicity amplitude with the photon factor given explicitly as a complex four-vector (eps*
     * of a physical photon, or its momentum k for the Ward identity), bare propagators: out = (A_s
     * from the beams re, im, A_s from the outgoing leptons re, im, A_t from the e- line re, im, A_t
     * from the e+ line re, im), each term with its sign in M; M / e^3 is their sum.
     *
     * @param h1 e- helicity (+-1)
     * @param h2 e+ helicity (+-1)
     * @param h3 outgoing e- helicity
     * @param h4 outgoing e+ helicity
     */
    public void amplitude(double[] p, int h1, int h2, int h3, int h4, double[] photonFactor, double[] out) {
        for (int h : new int[] {h1, h2, h3, h4}) {
            if (h != 1 && h != -1) {
                throw new IllegalArgumentException("helicities must be +1 or -1, got " + h);
            }
        }
        double[] a = new double[8];
        double[] b = new double[8];
        double[] c = new double[8];
        double[] d = new double[8];
        Spinors.u(p, 0, mass, h1, a);
        Spinors.vbar(p, 4, mass, h2, spinor, b);
        Spinors.ubar(p, 8, mass, h3, spinor, c);
        Spinors.v(p, 12, mass, h4, d);
        double[] line = new double[8];
        double[] current = new double[8];
        double[] r = new double[2];
        emissionLine(p, b, a, 4, -1, 0, 1, photonFactor, line);
        Dirac.current(c, d, current);
        term(line, current, invariant(p, 8, 12, 1), BARE, 0, 1, r);
        out[0] = r[0];
        out[1] = r[1];
        emissionLine(p, c, d, 8, 1, 12, -1, photonFactor, line);
        Dirac.current(b, a, current);
        term(line, current, invariant(p, 0, 4, 1), BARE, 0, 1, r);
        out[2] = r[0];
        out[3] = r[1];
        emissionLine(p, c, a, 8, 1, 0, 1, photonFactor, line);
        Dirac.current(b, d, current);
        term(line, current, invariant(p, 4, 12, -1), BARE, 0, -1, r);
        out[4] = r[0];
        out[5] = r[1];
        emissionLine(p, b, d, 4, -1, 12, -1, photonFactor, line);
        Dirac.current(c, a, current);
        term(line, current, invariant(p, 0, 8, -1), BARE, 0, -1, r);
        out[6] = r[0];
        out[7] = r[1];
    }

    private void prepare(double[] p) {
        Polarizations.epsilonOutgoing(p, 16, 0, -1, eps[0]);
        Polarizations.epsilonOutgoing(p, 16, 0, 1, eps[1]);
        for (int i = 0; i < 2; i++) {
            int h = 2 * i - 1;
            Spinors.u(p, 0, mass, h, u1[i]);
            Spinors.vbar(p, 4, mass, h, spinor, vb2[i]);
            Spinors.ubar(p, 8, mass, h, spinor, ub3[i]);
            Spinors.v(p, 12, mass, h, v4[i]);
        }
        for (int i = 0; i < 2; i++) {
            for (int k = 0; k < 2; k++) {
                Dirac.current(vb2[i], u1[k], j21[i][k]);
                Dirac.current(ub3[i], v4[k], j34[i][k]);
                Dirac.current(ub3[i], u1[k], j31[i][k]);
                Dirac.current(vb2[i], v4[k], j24[i][k]);
                for (int il = 0; il < 2; il++) {
                    emissionLine(p, vb2[i], u1[k], 4, -1, 0, 1, eps[il], l21[i][k][il]);
                    emissionLine(p, ub3[i], v4[k], 8, 1, 12, -1, eps[il], l34[i][k][il]);
                    emissionLine(p, ub3[i], u1[k], 8, 1, 0, 1, eps[il], l31[i][k][il]);
                    emissionLine(p, vb2[i], v4[k], 4, -1, 12, -1, eps[il], l24[i][k][il]);
                }
            }
        }
    }

    /**
     * L^nu = chibar [a-slash S(P_L + k) gamma^nu + gamma^nu S(P_R - k) a-slash] psi with P_L = signL
     * p[offL..] and P_R = signR p[offR..].
     */
    private void emissionLine(
            double[] p,
            double[] chibar,
            double[] psi,
            int offL,
            int signL,
            int offR,
            int signR,
            double[] a,
            double[] out) {
        for (int c = 0; c < 4; c++) {
            pl[c] = signL * p[offL + c];
            pr[c] = signR * p[offR + c];
        }
        for (int c = 0; c < 4; c++) {
            q[c] = pl[c] + p[16 + c];
        }
        double d1 = minkowski(q) - mass * mass;
        Dirac.barSlash(chibar, a, t1);
        Dirac.barSlashPlusMass(t1, q, 0, mass, t3);
        Dirac.current(t3, psi, out);
        for (int c = 0; c < 4; c++) {
            q[c] = pr[c] - p[16 + c];
        }
        double d2 = minkowski(q) - mass * mass;
        Dirac.slash(a, psi, t1);
        Dirac.slashPlusMass(q, 0, mass, t1, t2);
        Dirac.current(chibar, t2, t4);
        for (int c = 0; c < 8; c++) {
            out[c] = out[c] / d1 + t4[c] / d2;
        }
    }

    private static double minkowski(double[] v) {
        return v[3] * v[3] - v[0] * v[0] - v[1] * v[1] - v[2] * v[2];
    }

    /** (p_a + sign p_b)^2. */
    private static double invariant(double[] p, int a, int b, int sign) {
        double e = p[a + 3] + sign * p[b + 3];
        double x = p[a] + sign * p[b];
        double y = p[a + 1] + sign * p[b + 1];
        double z = p[a + 2] + sign * p[b + 2];
        return e * e - x * x - y * y - z * z;
    }
}

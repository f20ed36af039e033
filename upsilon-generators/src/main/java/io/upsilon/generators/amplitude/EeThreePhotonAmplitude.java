package io.upsilon.generators.amplitude;

/**
 * Tree-level helicity amplitudes of e-(p1) e+(p2) -&gt; gamma(k1) gamma(k2) gamma(k3) in QED with
 * the electron mass kept: the three photons attach to the one fermion line in all 3! = 6 orders,
 *
 * <pre>
 *   M = sum over orders (a, b, c) of  vbar2 eps_c* S(p1 - k_a - k_b) eps_b* S(p1 - k_a) eps_a* u1,
 *   S(q) = (q-slash + m) / (q^2 - m^2)
 * </pre>
 *
 * (slashes implied), without the coupling e^3 and up to a global phase (the conventions of this
 * package). Momenta (px, py, pz, E): p1 at 0, p2 at 4, k1 at 8, k2 at 12, k3 at 16. The massless
 * limit of the helicity sum is the Berends-Kleiss formula (F. A. Berends and R. Kleiss, Nucl. Phys.
 * B 186 (1981) 22), which the tests use as the independent check. Not thread-safe.
 */
public final class EeThreePhotonAmplitude {
    private final double mass;
    private final double[] sc = new double[8];
    private final double[] u1 = new double[8];
    private final double[] vb2 = new double[8];
    private final double[][] eps = {new double[8], new double[8], new double[8]};
    private final double[] t1 = new double[8];
    private final double[] t2 = new double[8];
    private final double[] q = new double[4];
    private final double[] amp = new double[2];

    /** The six orders (a, b, c) in which photons are attached, a next to the incoming electron. */
    private static final int[][] ORDERS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    /** @param mass the electron mass in GeV (&gt;= 0; 0 gives the massless amplitudes) */
    public EeThreePhotonAmplitude(double mass) {
        if (!(mass >= 0) || !Double.isFinite(mass)) {
            throw new IllegalArgumentException("electron mass must be >= 0, got " + mass);
        }
        this.mass = mass;
    }

    /**
     * Sum over the helicities of e-, e+ and the three photons of |M|^2 (divide by 4 for the spin
     * average; multiply by e^6 = (4 pi alpha)^3).
     */
    public double summedSquared(double[] p) {
        // Massless electrons conserve helicity along the line: e+ has -h1, the other two vanish.
        boolean massive = mass > 0;
        double sum = 0;
        for (int h1 = -1; h1 <= 1; h1 += 2) {
            for (int h2 = -1; h2 <= 1; h2 += 2) {
                if (!massive && h2 != -h1) {
                    continue;
                }
                for (int l1 = -1; l1 <= 1; l1 += 2) {
                    Polarizations.epsilonOutgoing(p, 8, 0, l1, eps[0]);
                    for (int l2 = -1; l2 <= 1; l2 += 2) {
                        Polarizations.epsilonOutgoing(p, 12, 0, l2, eps[1]);
                        for (int l3 = -1; l3 <= 1; l3 += 2) {
                            Polarizations.epsilonOutgoing(p, 16, 0, l3, eps[2]);
                            amplitude(p, h1, h2, eps[0], eps[1], eps[2], amp);
                            sum += amp[0] * amp[0] + amp[1] * amp[1];
                        }
                    }
                }
            }
        }
        return sum;
    }

    /**
     * One amplitude for e- helicity {@code h1}, e+ helicity {@code h2} and explicit photon factors
     * {@code f1}, {@code f2}, {@code f3} (eps* for physical photons, or a momentum for the Ward
     * identity), written as (re, im) into {@code out}.
     */
    public void amplitude(double[] p, int h1, int h2, double[] f1, double[] f2, double[] f3, double[] out) {
        Spinors.u(p, 0, mass, h1, u1);
        Spinors.vbar(p, 4, mass, h2, sc, vb2);
        double re = 0;
        double im = 0;
        for (int[] order : ORDERS) {
            int a = order[0];
            int b = order[1];
            double[] fa = pick(a, f1, f2, f3);
            double[] fb = pick(b, f1, f2, f3);
            double[] fc = pick(order[2], f1, f2, f3);
            // first propagator: p1 - k_a
            for (int c = 0; c < 4; c++) {
                q[c] = p[c] - p[8 + 4 * a + c];
            }
            double den1 = invariant(q) - mass * mass;
            Dirac.slash(fa, u1, t1);
            Dirac.slashPlusMass(q, 0, mass, t1, t2);
            Dirac.slash(fb, t2, t1);
            // second propagator: p1 - k_a - k_b
            for (int c = 0; c < 4; c++) {
                q[c] -= p[8 + 4 * b + c];
            }
            double den2 = invariant(q) - mass * mass;
            Dirac.slashPlusMass(q, 0, mass, t1, t2);
            Dirac.slash(fc, t2, t1);
            double f = 1 / (den1 * den2);
            re += Dirac.scalarRe(vb2, t1) * f;
            im += Dirac.scalarIm(vb2, t1) * f;
        }
        out[0] = re;
        out[1] = im;
    }

    private static double[] pick(int i, double[] f1, double[] f2, double[] f3) {
        return i == 0 ? f1 : i == 1 ? f2 : f3;
    }

    private static double invariant(double[] v) {
        return v[3] * v[3] - v[0] * v[0] - v[1] * v[1] - v[2] * v[2];
    }

    /**
     * The massless helicity sum in closed form (Berends and Kleiss, Nucl. Phys. B 186 (1981) 22):
     *
     * <pre>
     *   sum |M|^2 / e^6 = 4 s  sum_i a_i b_i (a_i^2 + b_i^2) / prod_j (a_j b_j),   a_i = p1.k_i, b_i = p2.k_i.
     * </pre>
     *
     * The factor 4 in this normalisation (|M|^2 summed, not averaged, couplings divided out) is the one
     * whose soft limit k_3 -&gt; 0 is the e+e- -&gt; gamma gamma sum 8 (a_1^2 + b_1^2)/(a_1 b_1) times the
     * eikonal factor s/(a_3 b_3). Same momentum layout as {@link #summedSquared}.
     */
    public static double berendsKleiss(double[] p) {
        double s = 2 * dot(p, 0, 4);
        double num = 0;
        double den = 1;
        for (int i = 0; i < 3; i++) {
            double a = dot(p, 0, 8 + 4 * i);
            double b = dot(p, 4, 8 + 4 * i);
            num += a * b * (a * a + b * b);
            den *= a * b;
        }
        return 4 * s * num / den;
    }

    private static double dot(double[] p, int i, int j) {
        return p[i + 3] * p[j + 3] - p[i] * p[j] - p[i + 1] * p[j + 1] - p[i + 2] * p[j + 2];
    }
}

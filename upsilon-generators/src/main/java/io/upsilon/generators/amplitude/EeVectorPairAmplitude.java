package io.upsilon.generators.amplitude;

/**
 * Tree-level helicity amplitudes of e-(p1) e+(p2) -&gt; V1(k1) V2(k2) for two vector bosons with
 * vector couplings to the electron (photons, a dark photon), by t- and u-channel electron exchange:
 *
 * <pre>
 *   M = vbar2 [ eps2* (p1 - k1) eps1* / (p1 - k1)^2 + eps1* (p1 - k2) eps2* / (p1 - k2)^2 ] u1
 * </pre>
 *
 * (slashes implied), without the coupling factors and up to a global phase; massless electrons.
 * Momenta (px, py, pz, E): p1 at 0, p2 at 4, k1 at 8, k2 at 12. Not thread-safe.
 */
public final class EeVectorPairAmplitude {
    private final double mass1;
    private final double mass2;
    private final double[] sc = new double[8];
    private final double[] u1 = new double[8];
    private final double[] vb2 = new double[8];
    private final double[] e1 = new double[8];
    private final double[] e2 = new double[8];
    private final double[] t1 = new double[8];
    private final double[] t2 = new double[8];
    private final double[] q = new double[4];
    private final double[] amp = new double[2];

    /**
     * @param mass1 mass of V1 in GeV (0: photon)
     * @param mass2 mass of V2 in GeV (0: photon)
     */
    public EeVectorPairAmplitude(double mass1, double mass2) {
        if (!(mass1 >= 0) || !(mass2 >= 0)) {
            throw new IllegalArgumentException("masses must be >= 0, got " + mass1 + ", " + mass2);
        }
        this.mass1 = mass1;
        this.mass2 = mass2;
    }

    /** Sum over all helicities of |M|^2 (divide by 4 for the spin average). */
    public double summedSquared(double[] p) {
        double sum = 0;
        for (int h1 = -1; h1 <= 1; h1 += 2) {
            for (int l1 = -1; l1 <= 1; l1 += mass1 > 0 ? 1 : 2) {
                Polarizations.epsilonOutgoing(p, 8, mass1, l1, e1);
                for (int l2 = -1; l2 <= 1; l2 += mass2 > 0 ? 1 : 2) {
                    Polarizations.epsilonOutgoing(p, 12, mass2, l2, e2);
                    amplitude(p, h1, e1, e2, amp);
                    sum += amp[0] * amp[0] + amp[1] * amp[1];
                }
            }
        }
        return sum;
    }

    /**
     * One amplitude for e- helicity {@code h1} (e+ has -h1) and explicit boson factors {@code f1},
     * {@code f2} (eps* for physical states, or a momentum for gauge checks); (re, im) into {@code out}.
     */
    public void amplitude(double[] p, int h1, double[] f1, double[] f2, double[] out) {
        Spinors.u(p, 0, 0, h1, u1);
        Spinors.vbar(p, 4, 0, -h1, sc, vb2);
        double re = 0;
        double im = 0;
        for (int d = 0; d < 2; d++) {
            double[] first = d == 0 ? f1 : f2; // attached to the incoming electron
            double[] second = d == 0 ? f2 : f1;
            int k = d == 0 ? 8 : 12;
            for (int c = 0; c < 4; c++) {
                q[c] = p[c] - p[k + c];
            }
            double den = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2];
            Dirac.slash(first, u1, t1);
            Dirac.slashPlusMass(q, 0, 0, t1, t2);
            Dirac.slash(second, t2, t1);
            re += Dirac.scalarRe(vb2, t1) / den;
            im += Dirac.scalarIm(vb2, t1) / den;
        }
        out[0] = re;
        out[1] = im;
    }
}

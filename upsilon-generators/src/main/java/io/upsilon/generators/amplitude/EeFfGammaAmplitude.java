package io.upsilon.generators.amplitude;

/**
 * Exact tree-level QED helicity amplitudes of e-(p1) e+(p2) -&gt; f(p3) fbar(p4) gamma(k) through one
 * s-channel photon, with the electron mass and the fermion mass kept: two initial-state (ISR) and two
 * final-state (FSR) emission diagrams,
 *
 * <pre>
 *   M     = e^3 Q_e Q_f (Q_e A_ISR + Q_f A_FSR),
 *   A_ISR = vbar2 [ J-slash S_e(p1 - k) eps*-slash + eps*-slash S_e(k - p2) J-slash ] u1 / (p3 + p4)^2,   J^nu = ubar3 gamma^nu v4,
 *   A_FSR = ubar3 [ eps*-slash S_f(p3 + k) j-slash + j-slash S_f(-p4 - k) eps*-slash ] v4 / (p1 + p2)^2,   j^nu = vbar2 gamma^nu u1,
 *   S_m(q) = (q-slash + m) / (q^2 - m^2)
 * </pre>
 *
 * (Feynman rules of QED, e.g. M. E. Peskin and D. V. Schroeder, An Introduction to Quantum Field
 * Theory, sect. 4.8; the common factors of i of the vertices and propagators are dropped, a global
 * phase). The two halves are separately gauge invariant, so the spin-summed square splits into an
 * ISR part (|Q_e^2 Q_f A_ISR|^2), an FSR part (|Q_e Q_f^2 A_FSR|^2) and their interference
 * 2 Re(Q_e^3 Q_f^3 A_ISR A_FSR*), which is odd under charge conjugation (f &lt;-&gt; fbar) and so
 * integrates to zero over a charge-symmetric region but makes a charge (forward-backward) asymmetry
 * (F. A. Berends, R. Kleiss and S. Jadach, Nucl. Phys. B 202 (1982) 63). Z exchange is not
 * included (its interference with the photon is of order s/M_Z^2 ~ 1% at 10.58 GeV, mostly in the
 * forward-backward asymmetry of the Born).
 *
 * <p>Method: per electron helicity pair and photon helicity, the electron line with the photon on
 * it is reduced to a complex four-vector L^nu (the ISR "current"), and likewise the f line to
 * F^nu, so that A_ISR = L.J / s34 and A_FSR = F.j / s are single Minkowski products for every
 * helicity combination. Momenta (px, py, pz, E) in one array: p1 (e-) at 0, p2 (e+) at 4, p3 (f) at
 * 8, p4 (fbar) at 12, k at 16. Electron helicities: for m_e = 0 only e+ helicity = -(e- helicity)
 * contributes and only those two combinations are summed (as in the other amplitudes of this package).
 * Not thread-safe (scratch buffers).
 */
public final class EeFfGammaAmplitude {
    /** Index of the ISR part in the array filled by {@link #summedParts}. */
    public static final int ISR = 0;

    /** Index of the FSR part in the array filled by {@link #summedParts}. */
    public static final int FSR = 1;

    /** Index of the ISR x FSR interference in the array filled by {@link #summedParts}. */
    public static final int INTERFERENCE = 2;

    private static final double ELECTRON_CHARGE = -1;

    private final double electronMass;
    private final double fermionMass;
    private final double isrCharge; // Q_e^2 Q_f
    private final double fsrCharge; // Q_e Q_f^2
    private final int[][] electronHelicities;

    // scratch: [electron helicity pair][photon helicity], [f helicity pair][photon helicity]
    private final double[][][] isrTensor;
    private final double[][][] fsrTensor = new double[4][2][8];
    private final double[][] electronCurrent;
    private final double[][] fermionCurrent = new double[4][8];
    private final double[] u1 = new double[8];
    private final double[] vb2 = new double[8];
    private final double[][] ub3 = new double[2][8];
    private final double[][] v4 = new double[2][8];
    private final double[][] eps = new double[2][8];
    private final double[] spinor = new double[8];
    private final double[] t1 = new double[8];
    private final double[] t2 = new double[8];
    private final double[] t3 = new double[8];
    private final double[] q = new double[4];
    private final double[] parts = new double[3];

    /**
     * @param electronMass the electron mass in GeV (&gt;= 0)
     * @param fermionMass the mass of f in GeV (&gt;= 0)
     * @param fermionCharge the charge Q_f of f in units of e (-1 for mu-, tau-)
     */
    public EeFfGammaAmplitude(double electronMass, double fermionMass, double fermionCharge) {
        if (!(electronMass >= 0) || !(fermionMass >= 0) || !Double.isFinite(electronMass + fermionMass)) {
            throw new IllegalArgumentException(
                    "masses must be finite and >= 0, got m_e = " + electronMass + ", m_f = " + fermionMass);
        }
        if (!(fermionCharge != 0) || !Double.isFinite(fermionCharge)) {
            throw new IllegalArgumentException("the fermion charge must be finite and non-zero, got " + fermionCharge);
        }
        this.electronMass = electronMass;
        this.fermionMass = fermionMass;
        this.isrCharge = ELECTRON_CHARGE * ELECTRON_CHARGE * fermionCharge;
        this.fsrCharge = ELECTRON_CHARGE * fermionCharge * fermionCharge;
        this.electronHelicities =
                electronMass > 0 ? new int[][] {{-1, -1}, {-1, 1}, {1, -1}, {1, 1}} : new int[][] {{-1, 1}, {1, -1}};
        int ne = electronHelicities.length;
        this.isrTensor = new double[ne][2][8];
        this.electronCurrent = new double[ne][8];
    }

    /**
     * Sum over the helicities of all five particles of |M|^2 / e^6 (divide by 4 for the beam-spin
     * average).
     */
    public double summedSquared(double[] p) {
        double[] r = summedParts(p);
        return r[ISR] + r[FSR] + r[INTERFERENCE];
    }

    /**
     * The helicity sums of the ISR part, the FSR part and the interference (indices {@link #ISR},
     * {@link #FSR}, {@link #INTERFERENCE}), each / e^6; a live view overwritten by the next call.
     */
    public double[] summedParts(double[] p) {
        return summedParts(p, 1, 0, 1, 0);
    }

    /**
     * As {@link #summedParts(double[])}, with the s-channel photon propagator of the ISR diagrams
     * (virtuality (p3 + p4)^2) multiplied by the complex factor (isrRe, isrIm) and that of the FSR
     * diagrams (virtuality (p1 + p2)^2) by (fsrRe, fsrIm): the vacuum-polarisation dressing of each
     * propagator at its own virtuality, applied to the amplitudes so that the interference gets the
     * relative phase (narrow resonances) right.
     */
    public double[] summedParts(double[] p, double isrRe, double isrIm, double fsrRe, double fsrIm) {
        prepare(p);
        double s = invariant(p, 0, 4);
        double s34 = invariant(p, 8, 12);
        double isr = 0;
        double fsr = 0;
        double interference = 0;
        for (int ie = 0; ie < electronHelicities.length; ie++) {
            double[] j = electronCurrent[ie];
            for (int jf = 0; jf < 4; jf++) {
                double[] bigJ = fermionCurrent[jf];
                for (int il = 0; il < 2; il++) {
                    double[] l = isrTensor[ie][il];
                    double[] f = fsrTensor[jf][il];
                    double lRe = Dirac.dotRe(l, bigJ);
                    double lIm = Dirac.dotIm(l, bigJ);
                    double fRe = Dirac.dotRe(f, j);
                    double fIm = Dirac.dotIm(f, j);
                    double aRe = isrCharge * (lRe * isrRe - lIm * isrIm) / s34;
                    double aIm = isrCharge * (lRe * isrIm + lIm * isrRe) / s34;
                    double bRe = fsrCharge * (fRe * fsrRe - fIm * fsrIm) / s;
                    double bIm = fsrCharge * (fRe * fsrIm + fIm * fsrRe) / s;
                    isr += aRe * aRe + aIm * aIm;
                    fsr += bRe * bRe + bIm * bIm;
                    interference += 2 * (aRe * bRe + aIm * bIm);
                }
            }
        }
        parts[ISR] = isr;
        parts[FSR] = fsr;
        parts[INTERFERENCE] = interference;
        return parts;
    }

    /**
     * The two halves of one helicity amplitude, with the photon factor given explicitly as a complex
     * four-vector (eps* of a physical photon, or its momentum k for the Ward identity), charge
     * factors included: out = (Q_e^2 Q_f A_ISR re, im, Q_e Q_f^2 A_FSR re, im).
     *
     * @param h1 e- helicity (+-1)
     * @param h2 e+ helicity (+-1; -h1 when the electron is massless)
     * @param h3 f helicity
     * @param h4 fbar helicity
     */
    public void amplitudes(double[] p, int h1, int h2, int h3, int h4, double[] photonFactor, double[] out) {
        for (int h : new int[] {h1, h2, h3, h4}) {
            if (h != 1 && h != -1) {
                throw new IllegalArgumentException("helicities must be +1 or -1, got " + h);
            }
        }
        Spinors.u(p, 0, electronMass, h1, u1);
        Spinors.vbar(p, 4, electronMass, h2, spinor, vb2);
        Spinors.ubar(p, 8, fermionMass, h3, spinor, ub3[0]);
        Spinors.v(p, 12, fermionMass, h4, v4[0]);
        double[] j = new double[8];
        double[] bigJ = new double[8];
        double[] l = new double[8];
        double[] f = new double[8];
        Dirac.current(vb2, u1, j);
        Dirac.current(ub3[0], v4[0], bigJ);
        isrTensor(p, photonFactor, l);
        fsrTensor(p, photonFactor, ub3[0], v4[0], f);
        double s = invariant(p, 0, 4);
        double s34 = invariant(p, 8, 12);
        out[0] = isrCharge * Dirac.dotRe(l, bigJ) / s34;
        out[1] = isrCharge * Dirac.dotIm(l, bigJ) / s34;
        out[2] = fsrCharge * Dirac.dotRe(f, j) / s;
        out[3] = fsrCharge * Dirac.dotIm(f, j) / s;
    }

    private void prepare(double[] p) {
        Polarizations.epsilonOutgoing(p, 16, 0, -1, eps[0]);
        Polarizations.epsilonOutgoing(p, 16, 0, 1, eps[1]);
        for (int ie = 0; ie < electronHelicities.length; ie++) {
            Spinors.u(p, 0, electronMass, electronHelicities[ie][0], u1);
            Spinors.vbar(p, 4, electronMass, electronHelicities[ie][1], spinor, vb2);
            Dirac.current(vb2, u1, electronCurrent[ie]);
            for (int il = 0; il < 2; il++) {
                isrTensor(p, eps[il], isrTensor[ie][il]);
            }
        }
        for (int i = 0; i < 2; i++) {
            int h = i == 0 ? -1 : 1;
            Spinors.ubar(p, 8, fermionMass, h, spinor, ub3[i]);
            Spinors.v(p, 12, fermionMass, h, v4[i]);
        }
        for (int i3 = 0; i3 < 2; i3++) {
            for (int i4 = 0; i4 < 2; i4++) {
                int jf = 2 * i3 + i4;
                Dirac.current(ub3[i3], v4[i4], fermionCurrent[jf]);
                for (int il = 0; il < 2; il++) {
                    fsrTensor(p, eps[il], ub3[i3], v4[i4], fsrTensor[jf][il]);
                }
            }
        }
    }

    /**
     * L^nu = vbar2 gamma^nu S_e(p1 - k) a-slash u1 + vbar2 a-slash S_e(k - p2) gamma^nu u1 for the
     * spinors in {@code u1}, {@code vb2} and the photon factor a.
     */
    private void isrTensor(double[] p, double[] a, double[] out) {
        double m = electronMass;
        // S_e(p1 - k) a-slash u1
        for (int c = 0; c < 4; c++) {
            q[c] = p[c] - p[16 + c];
        }
        double d1 = invariant(q) - m * m;
        Dirac.slash(a, u1, t1);
        Dirac.slashPlusMass(q, 0, m, t1, t2);
        Dirac.current(vb2, t2, out);
        // vbar2 a-slash S_e(k - p2)
        for (int c = 0; c < 4; c++) {
            q[c] = p[16 + c] - p[4 + c];
        }
        double d2 = invariant(q) - m * m;
        Dirac.barSlash(vb2, a, t1);
        Dirac.barSlashPlusMass(t1, q, 0, m, t3);
        Dirac.current(t3, u1, t1);
        for (int c = 0; c < 8; c++) {
            out[c] = out[c] / d1 + t1[c] / d2;
        }
    }

    /** F^nu = ubar3 a-slash S_f(p3 + k) gamma^nu v4 + ubar3 gamma^nu S_f(-p4 - k) a-slash v4. */
    private void fsrTensor(double[] p, double[] a, double[] ubar3, double[] v, double[] out) {
        double m = fermionMass;
        for (int c = 0; c < 4; c++) {
            q[c] = p[8 + c] + p[16 + c];
        }
        double d1 = invariant(q) - m * m;
        Dirac.barSlash(ubar3, a, t1);
        Dirac.barSlashPlusMass(t1, q, 0, m, t3);
        Dirac.current(t3, v, out);
        for (int c = 0; c < 4; c++) {
            q[c] = -(p[12 + c] + p[16 + c]);
        }
        double d2 = invariant(q) - m * m;
        Dirac.slash(a, v, t1);
        Dirac.slashPlusMass(q, 0, m, t1, t2);
        Dirac.current(ubar3, t2, t1);
        for (int c = 0; c < 8; c++) {
            out[c] = out[c] / d1 + t1[c] / d2;
        }
    }

    private static double invariant(double[] v) {
        return v[3] * v[3] - v[0] * v[0] - v[1] * v[1] - v[2] * v[2];
    }

    private static double invariant(double[] p, int a, int b) {
        double e = p[a + 3] + p[b + 3];
        double x = p[a] + p[b];
        double y = p[a + 1] + p[b + 1];
        double z = p[a + 2] + p[b + 2];
        return e * e - x * x - y * y - z * z;
    }
}

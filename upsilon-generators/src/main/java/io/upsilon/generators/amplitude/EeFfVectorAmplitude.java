package io.upsilon.generators.amplitude;

/**
 * Tree-level helicity amplitudes of e-(p1) e+(p2) -&gt; f(p3) fbar(p4) V(k) through one s-channel
 * photon, with a vector boson V (a photon, or a massive Z'/A') radiated with a vector coupling
 * from the final-state fermion line (two "FSR" diagrams) and, optionally, from the electron line
 * (two "ISR" diagrams):
 *
 * <pre>
 *   M = g_f / s    * ubar3 [ eps* (p3+k + m) gamma_nu / ((p3+k)^2 - m^2) + gamma_nu (-(p4+k) + m) eps* / ((p4+k)^2 - m^2) ] v4 * j^nu,
 *       j^nu = vbar2 gamma^nu u1
 *     + g_e / s34 * vbar2 [ gamma_nu (p1-k) eps* / (p1-k)^2 + eps* (k-p2) gamma_nu / (p2-k)^2 ] u1 * J^nu,
 *       J^nu = ubar3 gamma^nu v4,  s34 = (p3+p4)^2
 * </pre>
 *
 * (slashes implied), without the common factor e^2 Q_e Q_f and up to a global phase. Electrons are
 * massless (their helicities are opposite for a non-zero vector current, so only those two
 * combinations are summed); f has mass {@code m}. Momenta are (px, py, pz, E) in one array: p1 at
 * 0, p2 at 4, p3 at 8, p4 at 12, k at 16. Not thread-safe (scratch buffers).
 */
public final class EeFfVectorAmplitude implements RadiatedBosonAmplitude {
    private final double fermionMass;
    private final double vectorMass;
    private final double couplingElectron;
    private final double couplingFermion;
    private final int[] vectorHelicities;

    // scratch
    private final double[] spinor = new double[8];
    private final double[] u1 = new double[8];
    private final double[] vb2 = new double[8];
    private final double[][] ub3 = new double[2][8];
    private final double[][] v4 = new double[2][8];
    private final double[][] eps = new double[3][8];
    private final double[][][] rowFsr = new double[2][3][8]; // ubar3 eps* (p3+k+m)/(x-m^2)
    private final double[][][] colFsr = new double[2][3][8]; // (-(p4+k)+m) eps* v4/(y-m^2)
    private final double[] j = new double[8];
    private final double[][] jv4 = new double[2][8]; // j-slash v4
    private final double[][] ub3j = new double[2][8]; // ubar3 j-slash
    private final double[] bigJ = new double[8];
    private final double[] t1 = new double[8];
    private final double[] t2 = new double[8];
    private final double[] q = new double[4];
    private final double[] amp = new double[2];

    /**
     * @param fermionMass mass m of f in GeV (&gt;= 0)
     * @param vectorMass mass of V in GeV (0 for a photon: two helicities; &gt; 0: three)
     * @param couplingElectron coupling g_e of V to the electron line (0: FSR diagrams only)
     * @param couplingFermion coupling g_f of V to f
     */
    public EeFfVectorAmplitude(double fermionMass, double vectorMass, double couplingElectron, double couplingFermion) {
        if (!(fermionMass >= 0)
                || !(vectorMass >= 0)
                || !Double.isFinite(fermionMass)
                || !Double.isFinite(vectorMass)) {
            throw new IllegalArgumentException(
                    "masses must be finite and >= 0, got m_f = " + fermionMass + ", M_V = " + vectorMass);
        }
        this.fermionMass = fermionMass;
        this.vectorMass = vectorMass;
        this.couplingElectron = couplingElectron;
        this.couplingFermion = couplingFermion;
        this.vectorHelicities = vectorMass > 0 ? new int[] {-1, 0, 1} : new int[] {-1, 1};
    }

    /**
     * Sum over all helicities (electrons, f, fbar, V) of |M|^2 at the momenta {@code p} (layout in
     * the class comment), without the factor (e^2 Q_e Q_f)^2. Divide by 4 for the spin average.
     */
    @Override
    public double summedSquared(double[] p) {
        prepare(p);
        double sum = 0;
        int nv = vectorHelicities.length;
        if (couplingElectron == 0) {
            return fsrOnlySummedSquared(p, nv);
        }
        for (int ie = 0; ie < 2; ie++) {
            int h1 = ie == 0 ? -1 : 1;
            electronCurrent(p, h1);
            for (int i3 = 0; i3 < 2; i3++) {
                for (int i4 = 0; i4 < 2; i4++) {
                    for (int iv = 0; iv < nv; iv++) {
                        assemble(p, i3, i4, iv, eps[iv]);
                        sum += amp[0] * amp[0] + amp[1] * amp[1];
                    }
                }
            }
        }
        return sum;
    }

    /** FSR diagrams only: j-slash v4 and ubar3 j-slash are shared by all f and V helicities. */
    private double fsrOnlySummedSquared(double[] p, int nv) {
        double f = couplingFermion / mass2(p, 0, 4);
        double sum = 0;
        for (int ie = 0; ie < 2; ie++) {
            electronCurrent(p, ie == 0 ? -1 : 1);
            for (int i = 0; i < 2; i++) {
                Dirac.slash(j, v4[i], jv4[i]);
                Dirac.barSlash(ub3[i], j, ub3j[i]);
            }
            for (int i3 = 0; i3 < 2; i3++) {
                for (int i4 = 0; i4 < 2; i4++) {
                    for (int iv = 0; iv < nv; iv++) {
                        double[] r = rowFsr[i3][iv];
                        double[] c = colFsr[i4][iv];
                        double re = Dirac.scalarRe(r, jv4[i4]) + Dirac.scalarRe(ub3j[i3], c);
                        double im = Dirac.scalarIm(r, jv4[i4]) + Dirac.scalarIm(ub3j[i3], c);
                        sum += re * re + im * im;
                    }
                }
            }
        }
        return f * f * sum;
    }

    /**
     * One helicity amplitude, with the V polarisation factor given explicitly as the complex
     * four-vector {@code vectorFactor} (eps* for a physical state, or k for a gauge check).
     *
     * @param h1 e- helicity (+-1; e+ has -h1)
     * @param h3 f helicity
     * @param h4 fbar helicity
     * @param out (re, im) of the amplitude
     */
    public void amplitude(double[] p, int h1, int h3, int h4, double[] vectorFactor, double[] out) {
        if (Math.abs(h1) != 1 || Math.abs(h3) != 1 || Math.abs(h4) != 1) {
            throw new IllegalArgumentException("helicities must be +1 or -1, got " + h1 + ", " + h3 + ", " + h4);
        }
        prepare(p);
        electronCurrent(p, h1);
        // Slot 0 temporarily holds the given factor; prepare() rebuilds every slot on the next call.
        System.arraycopy(vectorFactor, 0, eps[0], 0, 8);
        rebuildFsr(p, 0);
        assemble(p, h3 == -1 ? 0 : 1, h4 == -1 ? 0 : 1, 0, vectorFactor);
        out[0] = amp[0];
        out[1] = amp[1];
    }

    private void prepare(double[] p) {
        double m = fermionMass;
        for (int i = 0; i < 2; i++) {
            int h = i == 0 ? -1 : 1;
            Spinors.ubar(p, 8, m, h, spinor, ub3[i]);
            Spinors.v(p, 12, m, h, v4[i]);
        }
        int nv = vectorHelicities.length;
        for (int iv = 0; iv < nv; iv++) {
            Polarizations.epsilonOutgoing(p, 16, vectorMass, vectorHelicities[iv], eps[iv]);
            rebuildFsr(p, iv);
        }
    }

    private void rebuildFsr(double[] p, int iv) {
        double m = fermionMass;
        double m2 = m * m;
        // q3 = p3 + k, x - m^2 = 2 p3.k + M^2
        for (int c = 0; c < 4; c++) {
            q[c] = p[8 + c] + p[16 + c];
        }
        double dx = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - m2;
        for (int i = 0; i < 2; i++) {
            Dirac.barSlash(ub3[i], eps[iv], t1);
            Dirac.barSlashPlusMass(t1, q, 0, m, rowFsr[i][iv]);
            scale(rowFsr[i][iv], 1 / dx);
        }
        // -(p4 + k): (-(p4+k)-slash + m)
        for (int c = 0; c < 4; c++) {
            q[c] = -(p[12 + c] + p[16 + c]);
        }
        double dy = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - m2;
        for (int i = 0; i < 2; i++) {
            Dirac.slash(eps[iv], v4[i], t1);
            Dirac.slashPlusMass(q, 0, m, t1, colFsr[i][iv]);
            scale(colFsr[i][iv], 1 / dy);
        }
    }

    private void electronCurrent(double[] p, int h1) {
        Spinors.u(p, 0, 0, h1, u1);
        Spinors.vbar(p, 4, 0, -h1, spinor, vb2);
        Dirac.current(vb2, u1, j);
    }

    /** amp = FSR + ISR for f helicity index i3, fbar index i4, V factor index iv. */
    private void assemble(double[] p, int i3, int i4, int iv, double[] vectorFactor) {
        double re = 0;
        double im = 0;
        if (couplingFermion != 0) {
            double s = mass2(p, 0, 4);
            // term 1: rowFsr . (j-slash v4); term 2: (ubar3 j-slash) . colFsr
            Dirac.slash(j, v4[i4], t1);
            Dirac.barSlash(ub3[i3], j, t2);
            double[] r = rowFsr[i3][iv];
            double[] c = colFsr[i4][iv];
            double f = couplingFermion / s;
            re += f * (Dirac.scalarRe(r, t1) + Dirac.scalarRe(t2, c));
            im += f * (Dirac.scalarIm(r, t1) + Dirac.scalarIm(t2, c));
        }
        if (couplingElectron != 0) {
            double s34 = mass2(p, 8, 12);
            Dirac.current(ub3[i3], v4[i4], bigJ);
            // vbar2 J-slash (p1 - k) eps* u1 / (p1-k)^2
            for (int c = 0; c < 4; c++) {
                q[c] = p[c] - p[16 + c];
            }
            double d1 = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2];
            Dirac.slash(vectorFactor, u1, t1);
            Dirac.slashPlusMass(q, 0, 0, t1, t2);
            Dirac.slash(bigJ, t2, t1);
            double aRe = Dirac.scalarRe(vb2, t1) / d1;
            double aIm = Dirac.scalarIm(vb2, t1) / d1;
            // vbar2 eps* (k - p2) J-slash u1 / (p2-k)^2
            for (int c = 0; c < 4; c++) {
                q[c] = p[16 + c] - p[4 + c];
            }
            double d2 = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2];
            Dirac.slash(bigJ, u1, t1);
            Dirac.slashPlusMass(q, 0, 0, t1, t2);
            Dirac.slash(vectorFactor, t2, t1);
            aRe += Dirac.scalarRe(vb2, t1) / d2;
            aIm += Dirac.scalarIm(vb2, t1) / d2;
            double f = couplingElectron / s34;
            re += f * aRe;
            im += f * aIm;
        }
        amp[0] = re;
        amp[1] = im;
    }

    private static double mass2(double[] p, int a, int b) {
        double e = p[a + 3] + p[b + 3];
        double x = p[a] + p[b];
        double y = p[a + 1] + p[b + 1];
        double z = p[a + 2] + p[b + 2];
        return e * e - x * x - y * y - z * z;
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < 8; i++) {
            a[i] *= f;
        }
    }
}

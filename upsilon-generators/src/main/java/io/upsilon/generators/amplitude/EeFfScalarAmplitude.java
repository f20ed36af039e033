package io.upsilon.generators.amplitude;

/**
 * Tree-level helicity amplitudes of e-(p1) e+(p2) -&gt; gamma* -&gt; f(p3) fbar(p4) S(k) with a scalar S
 * radiated off the final-state fermion by a Yukawa vertex (Lagrangian g_S S fbar f, vertex factor 1
 * after the coupling is taken out), the two FSR diagrams:
 *
 * <pre>
 *   M = 1/s * ubar3 [ (p3+k + m) gamma_nu / ((p3+k)^2 - m^2) + gamma_nu (-(p4+k) + m) / ((p4+k)^2 - m^2) ] v4 * j^nu,
 *       j^nu = vbar2 gamma^nu u1
 * </pre>
 *
 * (slashes implied), without the factor e^2 Q_e Q_f g_S and up to a global phase: the vector
 * amplitude of {@link EeFfVectorAmplitude} with the polarisation slash eps* replaced by the unit
 * matrix. A scalar couples only to the fermion mass-flipping structure, so unlike a vector it is not
 * emitted by a massless fermion of conserved helicity: |M|^2 keeps a term proportional to m_f^2 and
 * the helicity-flip terms. Electrons are massless (opposite helicities, the two combinations are
 * summed). Momenta layout as in {@link RadiatedBosonAmplitude}. Not thread-safe (scratch buffers).
 */
public final class EeFfScalarAmplitude implements RadiatedBosonAmplitude {
    private final double fermionMass;

    // scratch
    private final double[] spinor = new double[8];
    private final double[] u1 = new double[8];
    private final double[] vb2 = new double[8];
    private final double[][] ub3 = new double[2][8];
    private final double[][] v4 = new double[2][8];
    private final double[][] row = new double[2][8]; // ubar3 (p3+k+m)/(x-m^2)
    private final double[][] col = new double[2][8]; // (-(p4+k)+m) v4/(y-m^2)
    private final double[] j = new double[8];
    private final double[][] jv4 = new double[2][8]; // j-slash v4
    private final double[][] ub3j = new double[2][8]; // ubar3 j-slash
    private final double[] q = new double[4];

    /** @param fermionMass mass m of f in GeV (finite, &gt;= 0) */
    public EeFfScalarAmplitude(double fermionMass) {
        if (!(fermionMass >= 0) || !Double.isFinite(fermionMass)) {
            throw new IllegalArgumentException("fermion mass must be finite and >= 0, got " + fermionMass);
        }
        this.fermionMass = fermionMass;
    }

    @Override
    public double summedSquared(double[] p) {
        prepare(p);
        double sum = 0;
        for (int ie = 0; ie < 2; ie++) {
            int h1 = ie == 0 ? -1 : 1;
            Spinors.u(p, 0, 0, h1, u1);
            Spinors.vbar(p, 4, 0, -h1, spinor, vb2);
            Dirac.current(vb2, u1, j);
            for (int i = 0; i < 2; i++) {
                Dirac.slash(j, v4[i], jv4[i]);
                Dirac.barSlash(ub3[i], j, ub3j[i]);
            }
            for (int i3 = 0; i3 < 2; i3++) {
                for (int i4 = 0; i4 < 2; i4++) {
                    double re = Dirac.scalarRe(row[i3], jv4[i4]) + Dirac.scalarRe(ub3j[i3], col[i4]);
                    double im = Dirac.scalarIm(row[i3], jv4[i4]) + Dirac.scalarIm(ub3j[i3], col[i4]);
                    sum += re * re + im * im;
                }
            }
        }
        double s = mass2(p, 0, 4);
        return sum / (s * s);
    }

    private void prepare(double[] p) {
        double m = fermionMass;
        double m2 = m * m;
        for (int i = 0; i < 2; i++) {
            int h = i == 0 ? -1 : 1;
            Spinors.ubar(p, 8, m, h, spinor, ub3[i]);
            Spinors.v(p, 12, m, h, v4[i]);
        }
        // q3 = p3 + k: ubar3 (q3-slash + m) / (q3^2 - m^2)
        for (int c = 0; c < 4; c++) {
            q[c] = p[8 + c] + p[16 + c];
        }
        double dx = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - m2;
        for (int i = 0; i < 2; i++) {
            Dirac.barSlashPlusMass(ub3[i], q, 0, m, row[i]);
            scale(row[i], 1 / dx);
        }
        // -(p4 + k): (-(p4+k)-slash + m) v4 / ((p4+k)^2 - m^2)
        for (int c = 0; c < 4; c++) {
            q[c] = -(p[12 + c] + p[16 + c]);
        }
        double dy = q[3] * q[3] - q[0] * q[0] - q[1] * q[1] - q[2] * q[2] - m2;
        for (int i = 0; i < 2; i++) {
            Dirac.slashPlusMass(q, 0, m, v4[i], col[i]);
            scale(col[i], 1 / dy);
        }
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

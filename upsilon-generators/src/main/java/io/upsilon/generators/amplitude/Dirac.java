package io.upsilon.generators.amplitude;

/**
 * Dirac algebra in the chiral (Weyl) representation on primitive arrays (layouts in {@code
 * package-info}):
 *
 * <pre>
 *   gamma^mu = [[0, sigma^mu], [sigmabar^mu, 0]],  sigma^mu = (1, sigma_i),  sigmabar^mu = (1, -sigma_i),
 *   gamma^5 = diag(-1, -1, 1, 1),  psibar = psi^dagger gamma^0.
 * </pre>
 *
 * A slashed vector a-slash = gamma^mu a_mu is applied to spinors without building the matrix: its
 * off-diagonal 2x2 blocks are a^0 -+ a.sigma. All methods are allocation-free; output arrays must
 * not alias inputs unless stated.
 */
public final class Dirac {
    private Dirac() {}

    /** Writes the real four-momentum {@code (px, py, pz, E)} at {@code p[off..]} as a complex four-vector. */
    public static void toComplex(double[] p, int off, double[] out) {
        out[0] = p[off + 3];
        out[1] = 0;
        out[2] = p[off];
        out[3] = 0;
        out[4] = p[off + 1];
        out[5] = 0;
        out[6] = p[off + 2];
        out[7] = 0;
    }

    /**
     * out = a-slash psi for a complex four-vector {@code a} and column spinor {@code psi}; {@code
     * out} must differ from {@code psi}.
     */
    public static void slash(double[] a, double[] psi, double[] out) {
        // a^0 - a_z, a^0 + a_z, a_x - i a_y, a_x + i a_y
        double pr = a[0] - a[6];
        double pi = a[1] - a[7];
        double qr = a[0] + a[6];
        double qi = a[1] + a[7];
        double mr = a[2] + a[5];
        double mi = a[3] - a[4];
        double nr = a[2] - a[5];
        double ni = a[3] + a[4];
        double s0r = psi[0];
        double s0i = psi[1];
        double s1r = psi[2];
        double s1i = psi[3];
        double s2r = psi[4];
        double s2i = psi[5];
        double s3r = psi[6];
        double s3i = psi[7];
        // upper = [[p, -m], [-n, q]] psi_lower; lower = [[q, m], [n, p]] psi_upper
        out[0] = pr * s2r - pi * s2i - (mr * s3r - mi * s3i);
        out[1] = pr * s2i + pi * s2r - (mr * s3i + mi * s3r);
        out[2] = -(nr * s2r - ni * s2i) + qr * s3r - qi * s3i;
        out[3] = -(nr * s2i + ni * s2r) + qr * s3i + qi * s3r;
        out[4] = qr * s0r - qi * s0i + mr * s1r - mi * s1i;
        out[5] = qr * s0i + qi * s0r + mr * s1i + mi * s1r;
        out[6] = nr * s0r - ni * s0i + pr * s1r - pi * s1i;
        out[7] = nr * s0i + ni * s0r + pr * s1i + pi * s1r;
    }

    /**
     * out = chibar a-slash for a barred row spinor {@code chibar}; {@code out} must differ from
     * {@code chibar}.
     */
    public static void barSlash(double[] chibar, double[] a, double[] out) {
        double pr = a[0] - a[6];
        double pi = a[1] - a[7];
        double qr = a[0] + a[6];
        double qi = a[1] + a[7];
        double mr = a[2] + a[5];
        double mi = a[3] - a[4];
        double nr = a[2] - a[5];
        double ni = a[3] + a[4];
        double c0r = chibar[0];
        double c0i = chibar[1];
        double c1r = chibar[2];
        double c1i = chibar[3];
        double c2r = chibar[4];
        double c2i = chibar[5];
        double c3r = chibar[6];
        double c3i = chibar[7];
        // upper = chibar_lower [[q, m], [n, p]]; lower = chibar_upper [[p, -m], [-n, q]]
        out[0] = c2r * qr - c2i * qi + c3r * nr - c3i * ni;
        out[1] = c2r * qi + c2i * qr + c3r * ni + c3i * nr;
        out[2] = c2r * mr - c2i * mi + c3r * pr - c3i * pi;
        out[3] = c2r * mi + c2i * mr + c3r * pi + c3i * pr;
        out[4] = c0r * pr - c0i * pi - (c1r * nr - c1i * ni);
        out[5] = c0r * pi + c0i * pr - (c1r * ni + c1i * nr);
        out[6] = -(c0r * mr - c0i * mi) + c1r * qr - c1i * qi;
        out[7] = -(c0r * mi + c0i * mr) + c1r * qi + c1i * qr;
    }

    /**
     * out = (p-slash + m) psi for a real momentum {@code (px, py, pz, E)} at {@code p[off..]}: the
     * numerator of a fermion propagator. {@code out} must differ from {@code psi}.
     */
    public static void slashPlusMass(double[] p, int off, double m, double[] psi, double[] out) {
        double e = p[off + 3];
        double px = p[off];
        double py = p[off + 1];
        double pz = p[off + 2];
        // Real momentum: p = E - pz, q = E + pz, m = px - i py, n = px + i py.
        double pr = e - pz;
        double qr = e + pz;
        double s0r = psi[0];
        double s0i = psi[1];
        double s1r = psi[2];
        double s1i = psi[3];
        double s2r = psi[4];
        double s2i = psi[5];
        double s3r = psi[6];
        double s3i = psi[7];
        out[0] = pr * s2r - (px * s3r + py * s3i) + m * s0r;
        out[1] = pr * s2i - (px * s3i - py * s3r) + m * s0i;
        out[2] = -(px * s2r - py * s2i) + qr * s3r + m * s1r;
        out[3] = -(px * s2i + py * s2r) + qr * s3i + m * s1i;
        out[4] = qr * s0r + px * s1r + py * s1i + m * s2r;
        out[5] = qr * s0i + px * s1i - py * s1r + m * s2i;
        out[6] = px * s0r - py * s0i + pr * s1r + m * s3r;
        out[7] = px * s0i + py * s0r + pr * s1i + m * s3i;
    }

    /**
     * out = chibar (p-slash + m) for a barred row spinor and a real momentum (px, py, pz, E) at
     * {@code p[off..]}; {@code out} must differ from {@code chibar}.
     */
    public static void barSlashPlusMass(double[] chibar, double[] p, int off, double m, double[] out) {
        double e = p[off + 3];
        double px = p[off];
        double py = p[off + 1];
        double pz = p[off + 2];
        double pr = e - pz;
        double qr = e + pz;
        double c0r = chibar[0];
        double c0i = chibar[1];
        double c1r = chibar[2];
        double c1i = chibar[3];
        double c2r = chibar[4];
        double c2i = chibar[5];
        double c3r = chibar[6];
        double c3i = chibar[7];
        // upper = c_l [[q, m], [n, p]], lower = c_u [[p, -m], [-n, q]], m = px - i py, n = px + i py
        out[0] = c2r * qr + (c3r * px - c3i * py) + m * c0r;
        out[1] = c2i * qr + (c3r * py + c3i * px) + m * c0i;
        out[2] = (c2r * px + c2i * py) + c3r * pr + m * c1r;
        out[3] = (c2i * px - c2r * py) + c3i * pr + m * c1i;
        out[4] = c0r * pr - (c1r * px - c1i * py) + m * c2r;
        out[5] = c0i * pr - (c1r * py + c1i * px) + m * c2i;
        out[6] = -(c0r * px + c0i * py) + c1r * qr + m * c3r;
        out[7] = -(c0i * px - c0r * py) + c1i * qr + m * c3i;
    }

    /**
     * The current J^mu = chibar gamma^mu psi as a complex four-vector (contravariant components).
     */
    public static void current(double[] chibar, double[] psi, double[] out) {
        // J^0 = chi_u.psi_l + chi_l.psi_u; J^k = chi_u sigma^k psi_l - chi_l sigma^k psi_u.
        double a0r = chibar[0];
        double a0i = chibar[1];
        double a1r = chibar[2];
        double a1i = chibar[3];
        double b0r = chibar[4];
        double b0i = chibar[5];
        double b1r = chibar[6];
        double b1i = chibar[7];
        double c0r = psi[4];
        double c0i = psi[5];
        double c1r = psi[6];
        double c1i = psi[7];
        double d0r = psi[0];
        double d0i = psi[1];
        double d1r = psi[2];
        double d1i = psi[3];
        // products for the (chi_u, psi_l) pair: a_i c_j
        double a0c0r = a0r * c0r - a0i * c0i;
        double a0c0i = a0r * c0i + a0i * c0r;
        double a0c1r = a0r * c1r - a0i * c1i;
        double a0c1i = a0r * c1i + a0i * c1r;
        double a1c0r = a1r * c0r - a1i * c0i;
        double a1c0i = a1r * c0i + a1i * c0r;
        double a1c1r = a1r * c1r - a1i * c1i;
        double a1c1i = a1r * c1i + a1i * c1r;
        // products for the (chi_l, psi_u) pair: b_i d_j
        double b0d0r = b0r * d0r - b0i * d0i;
        double b0d0i = b0r * d0i + b0i * d0r;
        double b0d1r = b0r * d1r - b0i * d1i;
        double b0d1i = b0r * d1i + b0i * d1r;
        double b1d0r = b1r * d0r - b1i * d0i;
        double b1d0i = b1r * d0i + b1i * d0r;
        double b1d1r = b1r * d1r - b1i * d1i;
        double b1d1i = b1r * d1i + b1i * d1r;
        // s0 = r0c0 + r1c1, sx = r0c1 + r1c0, sy = i(r1c0 - r0c1), sz = r0c0 - r1c1
        out[0] = a0c0r + a1c1r + b0d0r + b1d1r;
        out[1] = a0c0i + a1c1i + b0d0i + b1d1i;
        out[2] = a0c1r + a1c0r - (b0d1r + b1d0r);
        out[3] = a0c1i + a1c0i - (b0d1i + b1d0i);
        // i (x) = (-x_i, x_r)
        out[4] = -(a1c0i - a0c1i) + (b1d0i - b0d1i);
        out[5] = (a1c0r - a0c1r) - (b1d0r - b0d1r);
        out[6] = a0c0r - a1c1r - (b0d0r - b1d1r);
        out[7] = a0c0i - a1c1i - (b0d0i - b1d1i);
    }

    /** The real part of chibar psi (a complex number; see {@link #scalarIm}). */
    public static double scalarRe(double[] chibar, double[] psi) {
        double r = 0;
        for (int a = 0; a < 8; a += 2) {
            r += chibar[a] * psi[a] - chibar[a + 1] * psi[a + 1];
        }
        return r;
    }

    /** The imaginary part of chibar psi. */
    public static double scalarIm(double[] chibar, double[] psi) {
        double r = 0;
        for (int a = 0; a < 8; a += 2) {
            r += chibar[a] * psi[a + 1] + chibar[a + 1] * psi[a];
        }
        return r;
    }

    /** Real part of the Minkowski product a.b (bilinear, no complex conjugation) of two complex four-vectors. */
    public static double dotRe(double[] a, double[] b) {
        return a[0] * b[0]
                - a[1] * b[1]
                - (a[2] * b[2] - a[3] * b[3])
                - (a[4] * b[4] - a[5] * b[5])
                - (a[6] * b[6] - a[7] * b[7]);
    }

    /** Imaginary part of the Minkowski product a.b of two complex four-vectors. */
    public static double dotIm(double[] a, double[] b) {
        return a[0] * b[1]
                + a[1] * b[0]
                - (a[2] * b[3] + a[3] * b[2])
                - (a[4] * b[5] + a[5] * b[4])
                - (a[6] * b[7] + a[7] * b[6]);
    }

    /** Real part of a.p for a complex four-vector {@code a} and a real momentum (px, py, pz, E) at {@code p[off..]}. */
    public static double dotRealRe(double[] a, double[] p, int off) {
        return a[0] * p[off + 3] - a[2] * p[off] - a[4] * p[off + 1] - a[6] * p[off + 2];
    }

    /** Imaginary part of a.p for a complex four-vector and a real momentum. */
    public static double dotRealIm(double[] a, double[] p, int off) {
        return a[1] * p[off + 3] - a[3] * p[off] - a[5] * p[off + 1] - a[7] * p[off + 2];
    }

    /** Writes the barred spinor psibar = psi^dagger gamma^0 of a column spinor. */
    public static void bar(double[] psi, double[] out) {
        // gamma^0 swaps the Weyl blocks.
        out[0] = psi[4];
        out[1] = -psi[5];
        out[2] = psi[6];
        out[3] = -psi[7];
        out[4] = psi[0];
        out[5] = -psi[1];
        out[6] = psi[2];
        out[7] = -psi[3];
    }

    // ---- 4x4 matrices, for checks of the algebra (not for hot loops) ----

    /** gamma^mu as a 4x4 matrix, mu = 0..3. */
    public static double[] gammaMatrix(int mu) {
        double[] g = new double[32];
        double[] a = new double[8];
        double[] col = new double[8];
        double[] res = new double[8];
        // a-slash with a_mu = delta: gamma^mu = a-slash with a^mu = g^{mu mu} e_mu.
        a[2 * mu] = mu == 0 ? 1 : -1;
        for (int j = 0; j < 4; j++) {
            java.util.Arrays.fill(col, 0);
            col[2 * j] = 1;
            slash(a, col, res);
            for (int i = 0; i < 4; i++) {
                g[8 * i + 2 * j] = res[2 * i];
                g[8 * i + 2 * j + 1] = res[2 * i + 1];
            }
        }
        return g;
    }

    /** p-slash + m * 1 as a 4x4 matrix for a real momentum (px, py, pz, E). */
    public static double[] slashMatrix(double[] p, double m) {
        double[] g = new double[32];
        double[] col = new double[8];
        double[] res = new double[8];
        for (int j = 0; j < 4; j++) {
            java.util.Arrays.fill(col, 0);
            col[2 * j] = 1;
            slashPlusMass(p, 0, m, col, res);
            for (int i = 0; i < 4; i++) {
                g[8 * i + 2 * j] = res[2 * i];
                g[8 * i + 2 * j + 1] = res[2 * i + 1];
            }
        }
        return g;
    }

    /** The outer product psi chibar (a 4x4 matrix), e.g. u ubar. */
    public static double[] outer(double[] psi, double[] chibar) {
        double[] g = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                g[8 * i + 2 * j] = psi[2 * i] * chibar[2 * j] - psi[2 * i + 1] * chibar[2 * j + 1];
                g[8 * i + 2 * j + 1] = psi[2 * i] * chibar[2 * j + 1] + psi[2 * i + 1] * chibar[2 * j];
            }
        }
        return g;
    }

    /** Product of two 4x4 matrices. */
    public static double[] multiply(double[] a, double[] b) {
        double[] g = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 4; k++) {
                    double ar = a[8 * i + 2 * k];
                    double ai = a[8 * i + 2 * k + 1];
                    double br = b[8 * k + 2 * j];
                    double bi = b[8 * k + 2 * j + 1];
                    re += ar * br - ai * bi;
                    im += ar * bi + ai * br;
                }
                g[8 * i + 2 * j] = re;
                g[8 * i + 2 * j + 1] = im;
            }
        }
        return g;
    }
}

package io.upsilon.stats.fit;

/** Finite-difference Hessians of an analytic gradient, and their inversion. */
public final class Hessians {

    private Hessians() {}

    /**
     * Central-difference Hessian of {@code f}'s gradient at {@code x} over the free parameters
     * (rows/columns of fixed parameters are zero). Steps that would leave the bounds are one-sided.
     */
    public static double[][] hessian(Objective f, double[] x, double[] lower, double[] upper, boolean[] fixed) {
        int n = x.length;
        double[][] h = new double[n][n];
        double[] xp = x.clone();
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        for (int j = 0; j < n; j++) {
            if (fixed[j]) {
                continue;
            }
            double step = 1e-5 * Math.max(1.0, Math.abs(x[j]));
            double up = Math.min(x[j] + step, upper[j]);
            double dn = Math.max(x[j] - step, lower[j]);
            if (up - dn <= 0) {
                up = x[j] + step;
                dn = x[j] - step;
            }
            xp[j] = up;
            f.valueAndGradient(xp, g1);
            xp[j] = dn;
            f.valueAndGradient(xp, g2);
            xp[j] = x[j];
            for (int i = 0; i < n; i++) {
                h[i][j] = (g1[i] - g2[i]) / (up - dn);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (h[i][j] + h[j][i]);
                h[i][j] = v;
                h[j][i] = v;
            }
        }
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                for (int j = 0; j < n; j++) {
                    h[i][j] = 0;
                    h[j][i] = 0;
                }
            }
        }
        return h;
    }

    /**
     * Inverse of a symmetric positive-definite matrix by Cholesky, or null if it is not. Every
     * loop runs along rows (A = L L^T; the rows of M = L^-1 are built as combinations of earlier
     * rows; A^-1 = M^T M is a dot product of rows of M^T): the fits of a few hundred parameters
     * spend most of their time here, and row-wise access is several times faster than the
     * textbook column-wise loops.
     */
    public static double[][] invertPositiveDefinite(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] li = new double[i + 1];
            double[] ai = a[i];
            for (int j = 0; j <= i; j++) {
                double[] lj = j == i ? li : l[j];
                double sum = ai[j];
                for (int k = 0; k < j; k++) {
                    sum -= li[k] * lj[k];
                }
                if (i == j) {
                    if (!(sum > 0) || !Double.isFinite(sum)) {
                        return null;
                    }
                    li[i] = Math.sqrt(sum);
                } else {
                    li[j] = sum / lj[j];
                }
            }
            l[i] = li;
        }
        // Row i of M = L^-1: (e_i - sum_{k<i} L[i][k] M[k]) / L[i][i]; M[k] is zero beyond k.
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] mi = new double[i + 1];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                double c = li[k];
                if (c != 0) {
                    double[] mk = m[k];
                    for (int j = 0; j <= k; j++) {
                        mi[j] -= c * mk[j];
                    }
                }
            }
            double d = 1.0 / li[i];
            for (int j = 0; j < i; j++) {
                mi[j] *= d;
            }
            mi[i] = d;
            m[i] = mi;
        }
        // Rows of M^T: mt[i][k - i] = M[k][i] for k >= i.
        double[][] mt = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] r = new double[n - i];
            for (int k = i; k < n; k++) {
                r[k - i] = m[k][i];
            }
            mt[i] = r;
        }
        // (A^-1)[i][j] = sum_{k >= max(i, j)} M[k][i] M[k][j], for j >= i: sum over k >= j.
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] ri = mt[i];
            for (int j = i; j < n; j++) {
                double[] rj = mt[j];
                int off = j - i;
                double sum = 0;
                for (int k = 0; k < rj.length; k++) {
                    sum += ri[k + off] * rj[k];
                }
                inv[i][j] = sum;
                inv[j][i] = sum;
            }
        }
        return inv;
    }

    /**
     * Covariance from the Hessian on the free parameters (fixed rows/columns dropped before
     * inverting); null if the free block is not positive definite.
     */
    public static double[][] covariance(double[][] hessian, boolean[] fixed) {
        int n = hessian.length;
        int[] idx = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!fixed[i]) {
                idx[m++] = i;
            }
        }
        double[][] sub = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                sub[a][b] = hessian[idx[a]][idx[b]];
            }
        }
        double[][] inv = invertPositiveDefinite(sub);
        if (inv == null) {
            return null;
        }
        double[][] cov = new double[n][n];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                cov[idx[a]][idx[b]] = inv[a][b];
            }
        }
        return cov;
    }
}

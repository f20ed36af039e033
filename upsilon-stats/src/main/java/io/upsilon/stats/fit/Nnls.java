package io.upsilon.stats.fit;

/**
 * Non-negative least squares, min |A w - b| subject to w >= 0, by the active-set algorithm of
 * Lawson and Hanson ("Solving Least Squares Problems", 1974, chapter 23): columns enter the passive
 * set by the largest positive component of the dual vector A^T (b - A w); each unconstrained least
 * squares problem on the passive set is solved by Householder QR; an infeasible solution is
 * interpolated back to the boundary and the columns that reach zero leave the passive set. Used by
 * {@link Slsqp} for the least-distance problem of its quadratic subproblem.
 */
final class Nnls {

    private Nnls() {}

    /**
     * Solves the problem for {@code a} (rows x cols, row-major) and {@code b} (rows); returns w, or
     * null if the iteration limit (3 cols + 30 passes) was exceeded.
     */
    static double[] solve(double[][] a, double[] b) {
        int rows = b.length;
        int cols = rows == 0 ? 0 : a[0].length;
        double[] w = new double[cols];
        boolean[] passive = new boolean[cols];
        double[] resid = b.clone();
        double[] dual = new double[cols];
        double[] z = new double[cols];
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double bnorm = 0;
        for (double v : b) {
            bnorm = Math.max(bnorm, Math.abs(v));
        }
        double dualTol = 10 * Math.ulp(1.0) * Math.max(rows, cols) * Math.max(scale, 1e-300) * Math.max(bnorm, 1e-300);
        boolean[] rejected = new boolean[cols];
        int maxIter = 3 * cols + 30;
        for (int iter = 0; iter < maxIter; iter++) {
            // Dual vector on the zero set.
            int best = -1;
            double bestVal = dualTol;
            for (int j = 0; j < cols; j++) {
                if (passive[j] || rejected[j]) {
                    continue;
                }
                double s = 0;
                for (int i = 0; i < rows; i++) {
                    s += a[i][j] * resid[i];
                }
                dual[j] = s;
                if (s > bestVal) {
                    bestVal = s;
                    best = j;
                }
            }
            if (best < 0) {
                return w;
            }
            passive[best] = true;
            // Inner loop: keep the passive-set solution feasible.
            boolean entered = false;
            while (true) {
                if (!leastSquares(a, b, passive, z)) {
                    passive[best] = false;
                    rejected[best] = true;
                    break;
                }
                if (!entered) {
                    // A column whose unconstrained coefficient is not positive cannot enter
                    // (rounding in the dual vector); try the next candidate.
                    if (!(z[best] > 0)) {
                        passive[best] = false;
                        rejected[best] = true;
                        break;
                    }
                    entered = true;
                    java.util.Arrays.fill(rejected, false);
                }
                double alpha = Double.POSITIVE_INFINITY;
                for (int j = 0; j < cols; j++) {
                    if (passive[j] && z[j] <= 0) {
                        alpha = Math.min(alpha, w[j] / (w[j] - z[j]));
                    }
                }
                if (alpha == Double.POSITIVE_INFINITY) {
                    for (int j = 0; j < cols; j++) {
                        w[j] = passive[j] ? z[j] : 0;
                    }
                    break;
                }
                for (int j = 0; j < cols; j++) {
                    if (passive[j]) {
                        w[j] += alpha * (z[j] - w[j]);
                        if (w[j] <= 0 || z[j] <= 0 && Math.abs(w[j]) <= 1e-15 * Math.max(1, Math.abs(z[j]))) {
                            w[j] = 0;
                            passive[j] = false;
                        }
                    }
                }
                if (++iter >= maxIter) {
                    return null;
                }
            }
            for (int i = 0; i < rows; i++) {
                double s = b[i];
                for (int j = 0; j < cols; j++) {
                    if (w[j] != 0) {
                        s -= a[i][j] * w[j];
                    }
                }
                resid[i] = s;
            }
        }
        return null;
    }

    /** Least squares on the passive columns by Householder QR; z gets the solution (0 elsewhere). */
    private static boolean leastSquares(double[][] a, double[] b, boolean[] passive, double[] z) {
        int rows = b.length;
        int cols = passive.length;
        int p = 0;
        for (boolean q : passive) {
            if (q) {
                p++;
            }
        }
        int[] idx = new int[p];
        for (int j = 0, k = 0; j < cols; j++) {
            if (passive[j]) {
                idx[k++] = j;
            }
        }
        if (p > rows) {
            return false;
        }
        double[][] r = new double[rows][p];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < p; k++) {
                r[i][k] = a[i][idx[k]];
            }
        }
        double[] y = b.clone();
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < rows; i++) {
                norm = Math.hypot(norm, r[i][k]);
            }
            if (norm == 0) {
                return false;
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double[] v = new double[rows];
            for (int i = k; i < rows; i++) {
                v[i] = r[i][k];
            }
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < rows; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int c = k; c < p; c++) {
                double s = 0;
                for (int i = k; i < rows; i++) {
                    s += v[i] * r[i][c];
                }
                s = 2 * s / vv;
                for (int i = k; i < rows; i++) {
                    r[i][c] -= s * v[i];
                }
            }
            double s = 0;
            for (int i = k; i < rows; i++) {
                s += v[i] * y[i];
            }
            s = 2 * s / vv;
            for (int i = k; i < rows; i++) {
                y[i] -= s * v[i];
            }
        }
        double rmax = 0;
        for (int k = 0; k < p; k++) {
            rmax = Math.max(rmax, Math.abs(r[k][k]));
        }
        double[] sol = new double[p];
        for (int k = p - 1; k >= 0; k--) {
            if (Math.abs(r[k][k]) <= 1e-14 * rmax) {
                return false;
            }
            double s = y[k];
            for (int c = k + 1; c < p; c++) {
                s -= r[k][c] * sol[c];
            }
            sol[k] = s / r[k][k];
        }
        java.util.Arrays.fill(z, 0);
        for (int k = 0; k < p; k++) {
            z[idx[k]] = sol[k];
        }
        return true;
    }
}

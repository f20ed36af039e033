package io.upsilon.stats.model;

import io.upsilon.core.random.RandomStream;
import io.upsilon.stats.workspace.Correlation;

/**
 * The compiled multivariate normal constraint of one {@link Correlation} block: auxiliary entries
 * {@code e_i} of parameters {@code p_i} with widths {@code sigma_i} and correlation matrix {@code
 * R = L L^T}. Its negative log density is {@code 0.5 z^T R^-1 z + 0.5 log det R + sum_i log(sigma_i
 * sqrt(2 pi))}, {@code z_i = (aux_i - theta_i) / sigma_i}; with {@code R = 1} it is the product of
 * the independent Gaussian constraints it replaces. Immutable; evaluation writes only to buffers the
 * caller owns.
 */
final class CorrelatedGaussian {
    final String name;
    /** Auxiliary entries, in block order. */
    final int[] entries;
    /** Model parameter index of each entry. */
    final int[] params;

    private final double[][] cholesky;
    private final double[][] inverse;
    private final double logDet;

    CorrelatedGaussian(String name, int[] entries, int[] params, double[][] correlation) {
        this.name = name;
        this.entries = entries.clone();
        this.params = params.clone();
        this.cholesky = Correlation.cholesky(correlation);
        int n = entries.length;
        double ld = 0;
        for (int i = 0; i < n; i++) {
            ld += 2 * Math.log(cholesky[i][i]);
        }
        logDet = ld;
        inverse = new double[n][n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            java.util.Arrays.fill(col, 0.0);
            col[j] = 1.0;
            solve(col);
            for (int i = 0; i < n; i++) {
                inverse[i][j] = col[i];
            }
        }
    }

    /** Number of entries. */
    int size() {
        return entries.length;
    }

    /** log det R (the normalisation's share beyond the independent Gaussians). */
    double logDet() {
        return logDet;
    }

    /** (R^-1)_ij. */
    double inverse(int i, int j) {
        return inverse[i][j];
    }

    /** Overwrites {@code v} with R^-1 v (forward then backward substitution with L). */
    private void solve(double[] v) {
        int n = v.length;
        for (int i = 0; i < n; i++) {
            double s = v[i];
            for (int k = 0; k < i; k++) {
                s -= cholesky[i][k] * v[k];
            }
            v[i] = s / cholesky[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = v[i];
            for (int k = i + 1; k < n; k++) {
                s -= cholesky[k][i] * v[k];
            }
            v[i] = s / cholesky[i][i];
        }
    }

    /**
     * {@code 0.5 z^T R^-1 z}; adds its gradient with respect to the parameters to {@code grad} when
     * not null. {@code scratch} has at least {@link #size()} entries.
     */
    double halfChi2(double[] aux, double[] pars, double[] width, double[] grad, double[] scratch) {
        int n = entries.length;
        for (int i = 0; i < n; i++) {
            int e = entries[i];
            scratch[i] = (aux[e] - pars[params[i]]) / width[e];
        }
        // 0.5 |L^-1 z|^2 by forward substitution; the gradient needs R^-1 z = L^-T L^-1 z.
        double q = 0;
        for (int i = 0; i < n; i++) {
            double s = scratch[i];
            for (int k = 0; k < i; k++) {
                s -= cholesky[i][k] * scratch[k];
            }
            scratch[i] = s / cholesky[i][i];
            q += scratch[i] * scratch[i];
        }
        if (grad != null) {
            for (int i = n - 1; i >= 0; i--) {
                double s = scratch[i];
                for (int k = i + 1; k < n; k++) {
                    s -= cholesky[k][i] * scratch[k];
                }
                scratch[i] = s / cholesky[i][i];
            }
            // d z_i / d theta_i = -1 / sigma_i
            for (int i = 0; i < n; i++) {
                grad[params[i]] -= scratch[i] / width[entries[i]];
            }
        }
        return 0.5 * q;
    }

    /** Draws the block's auxiliary data around {@code mean} (by entry) into {@code out} (by entry). */
    void sample(double[] mean, double[] width, RandomStream rng, double[] out, int outOffset) {
        int n = entries.length;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = rng.nextGaussian(0.0, 1.0);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k <= i; k++) {
                s += cholesky[i][k] * g[k];
            }
            int e = entries[i];
            out[outOffset + e] = mean[outOffset + e] + width[e] * s;
        }
    }
}

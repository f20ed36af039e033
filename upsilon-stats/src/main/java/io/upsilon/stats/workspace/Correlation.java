package io.upsilon.stats.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An extension of the pyhf schema: Gaussian-constrained nuisance parameters whose auxiliary
 * measurements are correlated, constrained jointly by a multivariate normal instead of a product of
 * independent unit Gaussians. Written in a measurement's config as {@code "correlations": [{"name":
 * ..., "parameters": [...], "correlation": [[...]]}]} (or {@code "covariance"} instead of {@code
 * "correlation"}, which then also sets each parameter's width to the square root of its diagonal).
 * pyhf's schema forbids unknown config properties, so pyhf rejects such a workspace visibly rather
 * than fitting it without the correlations. The model layer evaluates the constraint
 * {@code 0.5 z^T R^-1 z + 0.5 log det R} with {@code z_i = (aux_i - theta_i) / sigma_i} through the
 * Cholesky factor of {@code R} (the multivariate normal density; e.g. PDG Review of Particle Physics,
 * section 40 "Statistics", eq. 40.7 with V = D R D).
 *
 * @param name a label for error messages and reports
 * @param parameters the scalar Gaussian-constrained parameters, in matrix order
 * @param matrix the correlation matrix (unit diagonal) or, if {@code covariance}, the covariance matrix
 * @param covariance whether {@code matrix} is a covariance (else a correlation) matrix
 */
public record Correlation(String name, List<String> parameters, double[][] matrix, boolean covariance) {

    /** Relative asymmetry |M_ij - M_ji| / sqrt(M_ii M_jj) tolerated as rounding in a written matrix. */
    public static final double SYMMETRY_TOLERANCE = 1e-9;

    /**
     * Validates: at least two distinct parameters, a square symmetric finite matrix of matching size,
     * unit diagonal for a correlation matrix, and positive definiteness (a Cholesky factorisation).
     *
     * @throws IllegalArgumentException naming the offending entry
     */
    public Correlation {
        Objects.requireNonNull(name, "name");
        parameters = List.copyOf(parameters);
        if (parameters.size() < 2) {
            throw new IllegalArgumentException("a correlation block needs at least two parameters");
        }
        if (new HashSet<>(parameters).size() != parameters.size()) {
            throw new IllegalArgumentException("the parameters of a correlation block must be distinct");
        }
        int n = parameters.size();
        if (matrix.length != n) {
            throw new IllegalArgumentException(
                    "expected a " + n + "x" + n + " matrix (one row per parameter), got " + matrix.length + " rows");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (matrix[i].length != n) {
                throw new IllegalArgumentException("row " + i + " has " + matrix[i].length + " entries, expected " + n);
            }
            copy[i] = matrix[i].clone();
            for (double v : copy[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("row " + i + " has a non-finite entry");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (!(copy[i][i] > 0)) {
                throw new IllegalArgumentException("diagonal entry " + i + " must be > 0, got " + copy[i][i]);
            }
            if (!covariance && Math.abs(copy[i][i] - 1.0) > SYMMETRY_TOLERANCE) {
                throw new IllegalArgumentException(
                        "a correlation matrix has a unit diagonal; entry " + i + " is " + copy[i][i]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double scale = Math.sqrt(copy[i][i] * copy[j][j]);
                if (Math.abs(copy[i][j] - copy[j][i]) > SYMMETRY_TOLERANCE * scale) {
                    throw new IllegalArgumentException("the matrix is not symmetric: [" + i + "][" + j + "] = "
                            + copy[i][j] + " but [" + j + "][" + i + "] = " + copy[j][i]);
                }
            }
        }
        cholesky(correlationOf(copy)); // throws when not positive definite
        matrix = copy;
    }

    @Override
    public double[][] matrix() {
        double[][] c = new double[matrix.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = matrix[i].clone();
        }
        return c;
    }

    /** The correlation matrix R (the matrix itself, or the covariance scaled to unit diagonal). */
    public double[][] correlationMatrix() {
        return correlationOf(matrix);
    }

    /** The widths sqrt(C_ii) of a covariance block; null for a correlation block. */
    public double[] covarianceWidths() {
        if (!covariance) {
            return null;
        }
        double[] s = new double[matrix.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = Math.sqrt(matrix[i][i]);
        }
        return s;
    }

    /** This block restricted to {@code keep} (the marginal of a multivariate normal is its sub-matrix). */
    public Correlation restrictedTo(List<String> keep) {
        List<String> kept = parameters.stream().filter(keep::contains).toList();
        double[][] sub = new double[kept.size()][kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            for (int j = 0; j < kept.size(); j++) {
                sub[i][j] = matrix[parameters.indexOf(kept.get(i))][parameters.indexOf(kept.get(j))];
            }
        }
        return new Correlation(name, kept, sub, covariance);
    }

    private static double[][] correlationOf(double[][] m) {
        int n = m.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                r[i][j] = i == j ? 1.0 : m[i][j] / Math.sqrt(m[i][i] * m[j][j]);
            }
        }
        return r;
    }

    /**
     * The lower-triangular Cholesky factor L of a symmetric matrix, {@code a = L L^T}.
     *
     * @throws IllegalArgumentException when {@code a} is not positive definite
     */
    public static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    // A pivot at rounding level means a (numerically) singular matrix: refuse it, as
                    // its inverse would be dominated by rounding.
                    if (!(s > 1e-12 * Math.abs(a[i][i]))) {
                        throw new IllegalArgumentException("the matrix is not positive definite (Cholesky pivot " + i
                                + " is " + s + "); a correlation of +-1 or an inconsistent set of correlations");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }
}

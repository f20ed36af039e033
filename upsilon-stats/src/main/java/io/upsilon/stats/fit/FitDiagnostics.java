package io.upsilon.stats.fit;

import io.upsilon.stats.model.Model;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;

/**
 * The diagnosis of a fit result ({@link FitDiagnosis}): parameters at a bound from the result,
 * flat directions and a Hessian that is not positive definite from the Hessian at the result.
 */
final class FitDiagnostics {

    /**
     * A free parameter whose Hessian row is below this fraction of the largest Hessian entry has
     * no effect on the likelihood. The Hessian is a central difference of the analytic gradient,
     * accurate to ~1e-10 relative, so 1e-12 only catches rows that are zero up to round-off.
     */
    private static final double FLAT_ROW = 1e-12;

    /**
     * Eigenvalues below this fraction of the largest are treated as zero or negative: a condition
     * number above 1e9 leaves no significant digits in single-parameter uncertainties of a
     * Hessian that is itself accurate to ~1e-10 relative.
     */
    private static final double SINGULAR = 1e-9;

    /**
     * Eigenvalues below minus this fraction of the largest are genuinely negative; between it and
     * {@link #SINGULAR} they are zero up to the finite-difference error of the Hessian.
     */
    private static final double NEGATIVE = 1e-6;

    /** Components of a bad eigenvector at least this large (the vector has unit length) are named. */
    private static final double NAMED_COMPONENT = 0.2;

    private FitDiagnostics() {}

    /**
     * Findings for {@code r} (most specific first, {@link FitDiagnosis.Reason#NOT_CONVERGED} last
     * for a failed fit); {@code h} is the Hessian at the result or null when it was not computed.
     */
    static List<FitDiagnosis.Finding> findings(
            Model model, FitResult r, double[][] h, double[] lower, double[] upper, boolean[] fixed) {
        String[] names = model.parameterNames();
        List<FitDiagnosis.Finding> out = new ArrayList<>();
        double[] x = r.values();
        List<String> atBound = new ArrayList<>();
        List<String> where = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!fixed[i] && (x[i] <= lower[i] || x[i] >= upper[i])) {
                atBound.add(names[i]);
                where.add(names[i] + " = " + compact(x[i]) + " at its " + (x[i] <= lower[i] ? "lower" : "upper")
                        + " bound");
            }
        }
        if (!atBound.isEmpty()) {
            out.add(new FitDiagnosis.Finding(
                    FitDiagnosis.Reason.PARAMETER_AT_BOUND,
                    atBound,
                    String.join(", ", where) + " (the unconstrained minimum may lie beyond it)"));
        }
        // Where the objective itself is not finite, curvature says nothing: NOT_CONVERGED carries
        // the optimiser's reason ("objective not finite ...") alone.
        if (h != null && Double.isFinite(r.nll())) {
            hessianFindings(names, h, fixed, out);
        }
        if (r.status() == FitStatus.FAILED) {
            out.add(new FitDiagnosis.Finding(
                    FitDiagnosis.Reason.NOT_CONVERGED, List.of(), "did not converge: " + r.message()));
        }
        return out;
    }

    /**
     * Whether the Hessian block is positive definite with every variance inflation h_ii (h^-1)_ii
     * below 1 / {@link #SINGULAR} (no parameter nearly degenerate with the others): the cheap
     * Cholesky test that spares the eigen-decomposition for the healthy fits.
     */
    private static boolean wellConditioned(double[][] sub) {
        double[][] inv = Hessians.invertPositiveDefinite(sub);
        if (inv == null) {
            return false;
        }
        for (int i = 0; i < sub.length; i++) {
            if (!(sub[i][i] * inv[i][i] < 1 / SINGULAR)) {
                return false;
            }
        }
        return true;
    }

    /** Six significant digits without trailing zeros. */
    static String compact(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.6g", v))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static void hessianFindings(String[] names, double[][] h, boolean[] fixed, List<FitDiagnosis.Finding> out) {
        int n = h.length;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(h[i][j])) {
                    return; // the objective is not finite around the result: NOT_CONVERGED says so
                }
                scale = Math.max(scale, Math.abs(h[i][j]));
            }
        }
        List<String> flat = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fixed[i]) {
                continue;
            }
            double row = 0;
            for (int j = 0; j < n; j++) {
                row = Math.max(row, Math.abs(h[i][j]));
            }
            if (row <= FLAT_ROW * scale) {
                flat.add(names[i]);
            } else {
                rest.add(i);
            }
        }
        if (!flat.isEmpty()) {
            out.add(new FitDiagnosis.Finding(
                    FitDiagnosis.Reason.FLAT_DIRECTION,
                    flat,
                    "the likelihood does not depend on " + String.join(", ", flat)
                            + " (zero curvature: no modifier with an effect, or all its bins empty)"));
        }
        int m = rest.size();
        if (m == 0) {
            return;
        }
        double[][] sub = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                sub[a][b] = h[rest.get(a)][rest.get(b)];
            }
        }
        if (wellConditioned(sub)) {
            return;
        }
        EigenDecompositionSymmetric eig;
        try {
            eig = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(sub));
        } catch (RuntimeException e) {
            return; // no decomposition: nothing more specific to say
        }
        double[] ev = eig.getEigenvalues();
        double max = 0;
        for (double v : ev) {
            max = Math.max(max, v);
        }
        List<String> named = new ArrayList<>();
        double worst = Double.POSITIVE_INFINITY;
        for (int k = 0; k < m; k++) {
            if (max > 0 && ev[k] > SINGULAR * max) {
                continue;
            }
            worst = Math.min(worst, ev[k]);
            double[] v = eig.getEigenvector(k).toArray();
            Integer[] idx = IntStream.range(0, m).boxed().toArray(Integer[]::new);
            java.util.Arrays.sort(idx, Comparator.comparingDouble(a -> -Math.abs(v[a])));
            for (int a = 0; a < Math.min(m, 8); a++) {
                String name = names[rest.get(idx[a])];
                if (Math.abs(v[idx[a]]) >= NAMED_COMPONENT && !named.contains(name)) {
                    named.add(name);
                }
            }
        }
        if (named.isEmpty()) {
            return;
        }
        String kind = worst < -NEGATIVE * max
                ? "a negative eigenvalue (a saddle point, or curvature cut off by a bound)"
                : "a vanishing eigenvalue (these parameters are degenerate: only a combination is constrained)";
        out.add(new FitDiagnosis.Finding(
                FitDiagnosis.Reason.HESSIAN_NOT_POSITIVE_DEFINITE,
                named,
                String.format(
                        Locale.ROOT,
                        "the Hessian has %s, smallest eigenvalue %.3g against largest %.3g, along %s",
                        kind,
                        worst,
                        max,
                        String.join(", ", named))));
    }
}

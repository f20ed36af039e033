package io.upsilon.stats.report;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.model.Constraint;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;

/** The parameter covariances that yield uncertainties are propagated with. */
public final class Covariances {

    private Covariances() {}

    /**
     * The pre-fit covariance: diagonal, the square of each constrained element's constraint width
     * (Gaussian sigma, or 1/sqrt(tau) for a Poisson constraint), 0 for free and fixed elements, as
     * cabinetry does for pre-fit yields (cabinetry/model_utils.py, prefit_uncertainties).
     */
    public static double[][] prefit(Model model) {
        int n = model.size();
        double[][] c = new double[n][n];
        boolean[] fixed = model.suggestedFixed();
        for (int i = 0; i < n; i++) {
            double w = prefitWidth(model, i);
            c[i][i] = fixed[i] || Double.isNaN(w) ? 0.0 : w * w;
        }
        return c;
    }

    /** The constraint width of element {@code i}: sigma, 1/sqrt(tau), or NaN if unconstrained. */
    public static double prefitWidth(Model model, int i) {
        ParameterSet ps = model.parameterSetOf(i);
        int j = i - ps.offset();
        if (!ps.constrained(j)) {
            return Double.NaN;
        }
        double w = ps.widths()[j];
        return ps.constraint() == Constraint.GAUSSIAN ? w : 1 / Math.sqrt(w);
    }

    /**
     * The post-fit covariance from a fit's Hessian errors and correlations: {@code rho_ij e_i e_j},
     * 0 in the rows and columns of fixed elements (their error is NaN).
     *
     * @throws IllegalArgumentException if the fit has no errors or correlations
     */
    public static double[][] postfit(FitResult fit) {
        double[] e = fit.errors();
        double[][] rho = fit.correlation();
        if (e == null || rho == null) {
            throw new IllegalArgumentException("the fit has no uncertainties (fit with errors = true)");
        }
        int n = e.length;
        double[][] c = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                double v = rho[i][k] * e[i] * e[k];
                c[i][k] = Double.isFinite(v) ? v : 0.0;
            }
        }
        return c;
    }
}

package io.upsilon.stats.unbinned;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The NLL of a top-level {@link SumPdf}, with the component densities cached per event so that a
 * gradient re-evaluates only what a parameter touches: the derivative in a yield N_j is analytic,
 * 1 - Σ_e p_j / q_e (a fraction f_j: -Σ_e (p_j - p_last) / q_e), and a shape parameter is
 * differenced event by event in the components that use it only. The same values and (to rounding)
 * the same gradient as the generic path of {@link UnbinnedNll}, at a fraction of the cost.
 */
final class SumNll {

    private final PdfEvaluator[] components;
    private final int[] coefficient;
    private final boolean extended;
    private final double[][] columns;
    private final int size;
    private final boolean[][] uses;
    private final int[] coefficientOf;
    private final double[][] p;
    private final double[] q;
    private final double[] acc;
    private final double[] w;

    private SumNll(SumPdf sum, ParameterSet layout, DataSet data) {
        int nc = sum.components().size();
        this.components = new PdfEvaluator[nc];
        this.coefficient = new int[sum.coefficients().size()];
        this.extended = sum.extended();
        this.columns = data.columnsView();
        this.size = data.size();
        int np = layout.size();
        this.uses = new boolean[np][nc];
        this.coefficientOf = new int[np];
        Arrays.fill(coefficientOf, -1);
        for (int j = 0; j < nc; j++) {
            Pdf c = sum.components().get(j);
            components[j] = c.evaluator(layout, data.observables());
            for (Parameter par : c.parameters()) {
                uses[layout.indexOf(par.name())][j] = true;
            }
        }
        for (int j = 0; j < coefficient.length; j++) {
            coefficient[j] = layout.indexOf(sum.coefficients().get(j).name());
            coefficientOf[coefficient[j]] = j;
        }
        this.p = new double[nc][size];
        this.q = new double[size];
        this.acc = new double[size];
        this.w = new double[nc];
    }

    /**
     * The cached evaluation for {@code pdf} if it is a sum whose coefficients are distinct
     * parameters that no component uses; null otherwise (then the generic path applies).
     */
    static SumNll forPdf(Pdf pdf, ParameterSet layout, DataSet data) {
        if (!(pdf instanceof SumPdf sum)) {
            return null;
        }
        Set<String> coefficientNames = new HashSet<>();
        for (Parameter c : sum.coefficients()) {
            if (!coefficientNames.add(c.name())) {
                return null;
            }
        }
        for (Pdf c : sum.components()) {
            for (Parameter par : c.parameters()) {
                if (coefficientNames.contains(par.name())) {
                    return null;
                }
            }
        }
        return new SumNll(sum, layout, data);
    }

    /** Sets the component parameters, fills the caches and returns the NLL (NaN where undefined). */
    double fill(double[] x) {
        int nc = components.length;
        double total = 0;
        if (extended) {
            for (int j = 0; j < nc; j++) {
                w[j] = x[coefficient[j]];
                total += w[j];
            }
            if (!(total > 0) || !Double.isFinite(total)) {
                return total == 0 && size == 0 ? 0 : Double.NaN;
            }
        } else {
            double rest = 1;
            for (int j = 0; j < nc - 1; j++) {
                w[j] = x[coefficient[j]];
                rest -= w[j];
            }
            w[nc - 1] = rest;
        }
        Arrays.fill(q, 0);
        for (int j = 0; j < nc; j++) {
            PdfEvaluator ev = components[j];
            ev.setParameters(x);
            double[] pj = p[j];
            double wj = w[j];
            for (int e = 0; e < size; e++) {
                double d = ev.density(columns, e);
                pj[e] = d;
                q[e] += wj * d;
            }
        }
        double sum = 0;
        double comp = 0;
        for (int e = 0; e < size; e++) {
            double v = -Math.log(q[e]);
            double t = sum + v;
            comp += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        double nll = sum + comp;
        if (Double.isNaN(nll) || nll == Double.POSITIVE_INFINITY) {
            return Double.NaN;
        }
        return extended ? nll + total : nll;
    }

    /** Derivative in the coefficient j from the caches of the last {@link #fill}. */
    double coefficientDerivative(int j) {
        double s = 0;
        if (extended) {
            double[] pj = p[j];
            for (int e = 0; e < size; e++) {
                s += pj[e] / q[e];
            }
            return 1 - s;
        }
        double[] pj = p[j];
        double[] last = p[components.length - 1];
        for (int e = 0; e < size; e++) {
            s += (pj[e] - last[e]) / q[e];
        }
        return -s;
    }

    /** Whether parameter i is a coefficient; its index among the coefficients, else -1. */
    int coefficientIndex(int i) {
        return coefficientOf[i];
    }

    /**
     * Central difference in shape parameter i between xs with x_i = up and x_i = dn, over the
     * components that use it, relative to the cached q: -Σ_e Σ_j w_j (p_j(up) - p_j(dn)) / (q_e
     * (up - dn)). Leaves the touched components at dn; {@code xs} is restored to x_i.
     */
    double shapeDerivative(double[] xs, int i, double up, double dn) {
        double xi = xs[i];
        Arrays.fill(acc, 0);
        boolean any = false;
        for (int j = 0; j < components.length; j++) {
            if (!uses[i][j]) {
                continue;
            }
            any = true;
            PdfEvaluator ev = components[j];
            double wj = w[j];
            xs[i] = up;
            ev.setParameters(xs);
            for (int e = 0; e < size; e++) {
                acc[e] += wj * ev.density(columns, e);
            }
            xs[i] = dn;
            ev.setParameters(xs);
            for (int e = 0; e < size; e++) {
                acc[e] -= wj * ev.density(columns, e);
            }
            xs[i] = xi;
            ev.setParameters(xs);
        }
        if (!any) {
            return 0;
        }
        double s = 0;
        for (int e = 0; e < size; e++) {
            s += acc[e] / q[e];
        }
        return -s / (up - dn);
    }
}

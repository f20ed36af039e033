package io.upsilon.stats.unbinned;

import io.upsilon.stats.fit.Hessians;
import java.util.ArrayList;
import java.util.List;

/**
 * sWeights (Pivk and Le Diberder, Nucl. Instrum. Meth. A 555 (2005) 356) for the species of an
 * extended {@link SumPdf}: with component densities p_j, yields N_j and D_e = Σ_k N_k p_k(x_e),
 * V^-1_nj = Σ_e p_n(x_e) p_j(x_e) / D_e^2 and w_n(e) = Σ_j V_nj p_j(x_e) / D_e. At the
 * maximum-likelihood yields Σ_e w_n(e) = N_n exactly (V^-1 N = 1 is the yield likelihood equation).
 * The shape parameters are taken as fitted (not re-floated), as in the standard sPlot.
 */
public final class SPlot {

    private SPlot() {}

    /**
     * The sWeights of {@code data} for the extended sum {@code model} at the fitted parameters
     * {@code fitted} (e.g. {@link UnbinnedFitResult#parameters()}).
     *
     * @throws IllegalArgumentException if the model is not an extended sum or the yield matrix is
     *     singular
     */
    public static SWeights compute(SumPdf model, ParameterSet fitted, DataSet data) {
        if (!model.extended()) {
            throw new IllegalArgumentException("sPlot needs an extended sum (yields, not fractions)");
        }
        int ns = model.components().size();
        PdfEvaluator[] ev = new PdfEvaluator[ns];
        double[] values = fitted.values();
        double[] yields = new double[ns];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < ns; j++) {
            ev[j] = model.components().get(j).evaluator(fitted, data.observables());
            ev[j].setParameters(values);
            String name = model.coefficients().get(j).name();
            names.add(name);
            yields[j] = values[fitted.indexOf(name)];
        }
        double[][] cols = data.columnsView();
        int n = data.size();
        double[][] p = new double[ns][n];
        double[] denom = new double[n];
        double[][] vinv = new double[ns][ns];
        for (int e = 0; e < n; e++) {
            double d = 0;
            for (int j = 0; j < ns; j++) {
                p[j][e] = ev[j].density(cols, e);
                d += yields[j] * p[j][e];
            }
            if (!(d > 0)) {
                throw new IllegalArgumentException("event " + e + " has total density " + d + ": no sWeights");
            }
            denom[e] = d;
            for (int a = 0; a < ns; a++) {
                for (int b = 0; b <= a; b++) {
                    vinv[a][b] += p[a][e] * p[b][e] / (d * d);
                }
            }
        }
        for (int a = 0; a < ns; a++) {
            for (int b = 0; b < a; b++) {
                vinv[b][a] = vinv[a][b];
            }
        }
        double[][] v = Hessians.invertPositiveDefinite(vinv);
        if (v == null) {
            throw new IllegalArgumentException("sPlot yield matrix is not positive definite (degenerate species?)");
        }
        double[][] w = new double[ns][n];
        for (int e = 0; e < n; e++) {
            for (int a = 0; a < ns; a++) {
                double s = 0;
                for (int j = 0; j < ns; j++) {
                    s += v[a][j] * p[j][e];
                }
                w[a][e] = s / denom[e];
            }
        }
        return new SWeights(names, w, v);
    }
}

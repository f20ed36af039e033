package io.upsilon.stats.model;

import io.upsilon.stats.unbinned.PdfEvaluator;

/**
 * The extended negative log-likelihood of one unbinned channel on a {@link Likelihood}'s data,
 * NLL = sum_k nu_k - sum_i w_i ln(sum_k nu_k f_k(x_i)) (Barlow, Nucl. Instrum. Meth. A 297 (1990)
 * 496, the extended likelihood; with weights as in Langenbruch, Eur. Phys. J. C 82 (2022) 393),
 * its exact derivatives with respect to the yields nu_k, and central differences with respect to
 * the shape parameters (the PDFs have no analytic derivatives). Not thread-safe: one per
 * likelihood.
 */
final class UnbinnedChannelNll {

    private final UnbinnedPart part;
    private final PdfEvaluator[] evaluators;
    /**
     * Central-difference step of a shape parameter, as a fraction of its typical step: truncation
     * error ~(1e-3)^2 relative, rounding ~1e-16 sqrt(n) / (1e-3 step).
     */
    static final double STEP = 1e-3;

    private final double[] shifted;

    // The last evaluation (see cached()).
    private boolean cacheValid;
    private boolean cacheHasGradient;
    private double cachedValue;
    private final double[] cachedShape;
    private final double[] cachedShapeGrad;
    private final double[] shapeGrad;
    private final double[] cachedYields;
    private final double[] cachedDYield;
    private double[] up = new double[0];
    private double[] down = new double[0];
    private double[][] columns = new double[1][0];
    private double[] weights = new double[0];
    private int n;
    private boolean weighted;
    /** Per component and event: the normalised density. */
    private double[][] density;
    /** Per event: sum_k nu_k f_k. */
    private double[] mixture;

    UnbinnedChannelNll(UnbinnedPart part, int size) {
        this.part = part;
        evaluators = new PdfEvaluator[part.components()];
        for (int k = 0; k < evaluators.length; k++) {
            evaluators[k] = part.evaluator(k);
        }
        shifted = new double[size];
        cachedShape = new double[part.shapeParams.length];
        cachedShapeGrad = new double[part.shapeParams.length];
        shapeGrad = new double[part.shapeParams.length];
        cachedYields = new double[evaluators.length];
        cachedDYield = new double[evaluators.length];
        density = new double[evaluators.length][0];
        mixture = new double[0];
    }

    UnbinnedPart part() {
        return part;
    }

    /** Reads this channel's block at {@code at}; returns the index after it. */
    int setData(double[] data, int at) {
        if (at >= data.length) {
            throw new IllegalArgumentException("data ends before unbinned channel " + part.name);
        }
        double count = data[at];
        if (!(count >= 0 && count == Math.rint(count)) || at + 1 + 2 * count > data.length) {
            throw new IllegalArgumentException("unbinned channel " + part.name + ": bad event count " + count);
        }
        n = (int) count;
        cacheValid = false;
        if (columns[0].length != n) {
            columns = new double[1][n];
            weights = new double[n];
            mixture = new double[n];
            up = new double[n];
            down = new double[n];
            density = new double[evaluators.length][n];
        }
        System.arraycopy(data, at + 1, columns[0], 0, n);
        System.arraycopy(data, at + 1 + n, weights, 0, n);
        weighted = false;
        for (int i = 0; i < n; i++) {
            if (!part.observable.contains(columns[0][i]) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("unbinned channel " + part.name + ": event " + i + " ("
                        + columns[0][i] + ", weight " + weights[i] + ") outside the range or not finite");
            }
            weighted |= weights[i] != 1.0;
        }
        return at + 1 + 2 * n;
    }

    /** Whether any event has a weight other than 1. */
    boolean weighted() {
        return weighted;
    }

    int events() {
        return n;
    }

    double[] values() {
        return columns[0].clone();
    }

    double[] weights() {
        return weights.clone();
    }

    /**
     * The channel's NLL at {@code pars} with yields {@code lambda[yieldBase + k]}; writes dNLL/dnu_k
     * to {@code dYield[yieldBase + k]} and, when {@code grad} is not null, adds the shape
     * parameters' derivatives to it. +infinity where a density is not positive or not finite.
     */
    double nll(double[] pars, double[] lambda, int yieldBase, double[] dYield, double[] grad) {
        int k0 = yieldBase + part.yieldStart;
        int nc = evaluators.length;
        if (cached(pars, lambda, k0, grad != null)) {
            System.arraycopy(cachedDYield, 0, dYield, k0, nc);
            if (grad != null) {
                for (int j = 0; j < part.shapeParams.length; j++) {
                    grad[part.shapeParams[j]] += cachedShapeGrad[j];
                }
            }
            return cachedValue;
        }
        double f = evaluate(pars, lambda, k0, dYield, grad);
        remember(pars, lambda, k0, f, dYield, grad);
        return f;
    }

    /**
     * Whether the last evaluation had the same shape parameters and yields (and computed the
     * gradient if one is wanted): the channel's NLL depends on nothing else, so a Hessian column
     * of a binned-only parameter costs no pass over the events.
     */
    private boolean cached(double[] pars, double[] lambda, int k0, boolean wantGradient) {
        if (!cacheValid || (wantGradient && !cacheHasGradient)) {
            return false;
        }
        for (int j = 0; j < part.shapeParams.length; j++) {
            if (pars[part.shapeParams[j]] != cachedShape[j]) {
                return false;
            }
        }
        for (int k = 0; k < evaluators.length; k++) {
            if (lambda[k0 + k] != cachedYields[k]) {
                return false;
            }
        }
        return true;
    }

    private void remember(double[] pars, double[] lambda, int k0, double f, double[] dYield, double[] grad) {
        cacheValid = Double.isFinite(f);
        cacheHasGradient = grad != null;
        cachedValue = f;
        for (int j = 0; j < part.shapeParams.length; j++) {
            cachedShape[j] = pars[part.shapeParams[j]];
            cachedShapeGrad[j] = grad == null ? 0 : shapeGrad[j];
        }
        for (int k = 0; k < evaluators.length; k++) {
            cachedYields[k] = lambda[k0 + k];
            cachedDYield[k] = dYield[k0 + k];
        }
    }

    private double evaluate(double[] pars, double[] lambda, int k0, double[] dYield, double[] grad) {
        double f = densities(pars, lambda, k0);
        if (!Double.isFinite(f)) {
            return f;
        }
        int nc = evaluators.length;
        for (int k = 0; k < nc; k++) {
            double[] fk = density[k];
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += weights[i] * fk[i] / mixture[i];
            }
            dYield[k0 + k] = 1.0 - s;
        }
        if (grad != null) {
            System.arraycopy(pars, 0, shifted, 0, pars.length);
            for (int j = 0; j < part.shapeParams.length; j++) {
                int p = part.shapeParams[j];
                double h = STEP * part.shapeSteps[j];
                shifted[p] = pars[p] + h;
                mixtures(shifted, lambda, k0, up);
                shifted[p] = pars[p] - h;
                mixtures(shifted, lambda, k0, down);
                shifted[p] = pars[p];
                // Event by event, ln(up/down) is small and exact to rounding: summing the differences
                // rather than differencing two sums of ~n ln n keeps the derivative's rounding
                // error at ~1e-16 sqrt(n) / h.
                double d = 0;
                for (int i = 0; i < n; i++) {
                    if (weights[i] != 0) {
                        d -= weights[i] * Math.log(up[i] / down[i]);
                    }
                }
                shapeGrad[j] = d / (2 * h);
                grad[p] += shapeGrad[j];
            }
        }
        return f;
    }

    /** Fills the density caches at {@code pars}; returns the NLL. */
    private double densities(double[] pars, double[] lambda, int k0) {
        int nc = evaluators.length;
        java.util.Arrays.fill(mixture, 0, n, 0.0);
        double total = 0;
        for (int k = 0; k < nc; k++) {
            double nu = lambda[k0 + k];
            if (!(nu >= 0)) {
                return Double.POSITIVE_INFINITY;
            }
            total += nu;
            evaluators[k].setParameters(pars);
            double[] fk = density[k];
            for (int i = 0; i < n; i++) {
                fk[i] = evaluators[k].density(columns, i);
                mixture[i] += nu * fk[i];
            }
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            double m = mixture[i];
            if (!(m > 0) || !Double.isFinite(m)) {
                if (weights[i] == 0 && m == 0) {
                    continue;
                }
                return Double.POSITIVE_INFINITY;
            }
            s += weights[i] * Math.log(m);
        }
        return total - s;
    }

    /** sum_k nu_k f_k(x_i) per event at {@code pars} (the density caches are not touched). */
    private void mixtures(double[] pars, double[] lambda, int k0, double[] out) {
        int nc = evaluators.length;
        for (int k = 0; k < nc; k++) {
            evaluators[k].setParameters(pars);
        }
        for (int i = 0; i < n; i++) {
            double m = 0;
            for (int k = 0; k < nc; k++) {
                m += lambda[k0 + k] * evaluators[k].density(columns, i);
            }
            out[i] = m;
        }
    }

    /**
     * ln(sum_k nu_k f_k(x_i)) per event at {@code pars} with yields {@code lambda} (for per-event
     * scores by central differences); NaN where the mixture is not positive.
     */
    void logMixture(double[] pars, double[] lambda, int yieldBase, double[] out, int at) {
        int k0 = yieldBase + part.yieldStart;
        int nc = evaluators.length;
        for (int k = 0; k < nc; k++) {
            evaluators[k].setParameters(pars);
        }
        for (int i = 0; i < n; i++) {
            double m = 0;
            for (int k = 0; k < nc; k++) {
                m += lambda[k0 + k] * evaluators[k].density(columns, i);
            }
            out[at + i] = m > 0 ? Math.log(m) : Double.NaN;
        }
    }
}

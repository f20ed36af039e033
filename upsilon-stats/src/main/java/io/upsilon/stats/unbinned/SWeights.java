package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * Per-event sWeights of each species of an extended fit, with the yield covariance they were
 * computed from.
 *
 * @param species the yield parameter names, one per species
 * @param weights {@code weights[species][event]}
 * @param yieldCovariance the sPlot covariance V of the yields (inverse of Σ_e p_n p_j / (Σ_k N_k p_k)^2)
 */
public record SWeights(List<String> species, double[][] weights, double[][] yieldCovariance) {

    /** Copies the arrays. */
    public SWeights {
        species = List.copyOf(species);
        weights = deepCopy(weights);
        yieldCovariance = deepCopy(yieldCovariance);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public double[][] weights() {
        return deepCopy(weights);
    }

    @Override
    public double[][] yieldCovariance() {
        return deepCopy(yieldCovariance);
    }

    /** The sWeights of one species (by yield parameter name). */
    public double[] weights(String yieldName) {
        int j = species.indexOf(yieldName);
        if (j < 0) {
            throw new IllegalArgumentException("no species with yield '" + yieldName + "' (have " + species + ")");
        }
        return weights[j].clone();
    }

    /** Σ_e w_s(e) for one species; equals its fitted yield at the maximum likelihood. */
    public double sum(String yieldName) {
        double s = 0;
        for (double w : weights[species.indexOf(yieldName)]) {
            s += w;
        }
        return s;
    }
}

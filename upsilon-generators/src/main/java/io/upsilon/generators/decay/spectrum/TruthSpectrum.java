package io.upsilon.generators.decay.spectrum;

/** A B decay's distribution in a generated (truth) variable, integrated over bins. */
public interface TruthSpectrum {
    /**
     * The branching fraction in each bin [edges[i], edges[i+1]) of the truth variable (absolute,
     * not normalised); {@code edges} must increase.
     */
    double[] binnedBranchingFractions(double[] edges);

    /** A short label of the model point for tables and plots. */
    String label();

    /** Checks that the edges increase (a shared precondition of the implementations). */
    static void checkEdges(double[] edges) {
        if (edges.length < 2) {
            throw new IllegalArgumentException("need at least two bin edges, got " + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new IllegalArgumentException(
                        "bin edges must increase, got " + edges[i - 1] + " then " + edges[i]);
            }
        }
    }
}

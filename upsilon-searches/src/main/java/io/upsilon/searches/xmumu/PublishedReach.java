package io.upsilon.searches.xmumu;

/**
 * What Belle II published for this search (PRD 109, 112015, arXiv:2403.02841, abstract [S]): the range of
 * the observed 90% CL upper limits over the scanned masses (0.212-9.000 GeV), on sigma x BR and on the
 * couplings (the couplings for masses below 6 GeV). The paper's expected-limit curves are in its figures;
 * their numbers are not transcribed here, so the plots show these ranges beside the reproduced limits.
 *
 * @param model the model's name in x-mumu.yaml
 * @param sigmaMinFb smallest observed limit on sigma x BR, fb
 * @param sigmaMaxFb largest
 * @param couplingMin smallest observed coupling limit (M &lt; 6 GeV)
 * @param couplingMax largest
 */
record PublishedReach(String model, double sigmaMinFb, double sigmaMaxFb, double couplingMin, double couplingMax) {
    /** Lowest scanned mass of the paper, GeV. */
    static final double MASS_LOW = 0.212;

    /** Highest scanned mass, GeV. */
    static final double MASS_HIGH = 9.0;

    /** Highest mass of the quoted coupling range, GeV. */
    static final double COUPLING_MASS_HIGH = 6.0;

    /** The published range for a model name, or null when the paper has none. */
    static PublishedReach of(String model) {
        return switch (model) {
            case "zprime" -> new PublishedReach(model, 0.046, 0.97, 0.0008, 0.039);
            case "scalar" -> new PublishedReach(model, 0.055, 1.3, 0.0018, 0.040);
            default -> null;
        };
    }
}

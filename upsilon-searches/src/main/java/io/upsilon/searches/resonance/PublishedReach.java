package io.upsilon.searches.resonance;

/**
 * What a published search quotes as its reach, drawn beside the reproduced limits: the range of the
 * observed 90% CL upper limits on sigma x BR over the scanned masses and, where the paper quotes one, the
 * range of the coupling limits (both from the abstract when the paper's curves are not transcribed).
 *
 * @param model the model's name in the search's YAML
 * @param massLow lowest scanned mass of the paper, GeV
 * @param massHigh highest scanned mass, GeV
 * @param sigmaMinFb smallest observed limit on sigma x BR, fb
 * @param sigmaMaxFb largest
 * @param couplingMassHigh highest mass of the quoted coupling range, GeV
 * @param couplingMin smallest observed coupling limit (NaN: none quoted)
 * @param couplingMax largest (NaN: none quoted)
 * @param citation the paper, as the plot legend names it
 */
public record PublishedReach(
        String model,
        double massLow,
        double massHigh,
        double sigmaMinFb,
        double sigmaMaxFb,
        double couplingMassHigh,
        double couplingMin,
        double couplingMax,
        String citation) {
    /** Checks the ranges. */
    public PublishedReach {
        if (!(massHigh > massLow) || !(sigmaMaxFb >= sigmaMinFb) || !(sigmaMinFb > 0)) {
            throw new IllegalArgumentException("bad published range for " + model);
        }
    }

    /** Whether the paper quotes a range of coupling limits. */
    public boolean hasCouplingRange() {
        return Double.isFinite(couplingMin) && Double.isFinite(couplingMax);
    }
}

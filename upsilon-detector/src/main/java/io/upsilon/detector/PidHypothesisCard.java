package io.upsilon.detector;

/**
 * One identified hypothesis of the {@code pid} block (muon, electron or kaon): its working point,
 * efficiency plateau with a momentum turn-on, polar-angle acceptance, and flat mis-ID rates.
 *
 * @param workingPoint score cut at which the efficiency and mis-ID rates hold, in [0.5, 1)
 * @param efficiency plateau efficiency for the true species
 * @param turnOnP momentum at half the plateau, GeV
 * @param turnOnWidth width of the turn-on, GeV
 * @param thetaMin lower edge of the acceptance, rad
 * @param thetaMax upper edge of the acceptance, rad
 * @param misId mis-ID rate plateau per true species, indexed by {@link Species#ordinal()} (the entry
 *     of the hypothesis itself is unused and 0)
 */
public record PidHypothesisCard(
        double workingPoint,
        double efficiency,
        double turnOnP,
        double turnOnWidth,
        double thetaMin,
        double thetaMax,
        double[] misId) {
    public PidHypothesisCard {
        misId = misId.clone();
        if (misId.length != Species.COUNT) {
            throw new IllegalArgumentException("misId needs " + Species.COUNT + " entries, got " + misId.length);
        }
    }

    /** The mis-ID plateaus indexed by {@link Species#ordinal()} (a copy). */
    @Override
    public double[] misId() {
        return misId.clone();
    }

    /** Mis-ID plateau for a true species (0 for the hypothesis itself). */
    public double misId(Species trueSpecies) {
        return misId[trueSpecies.ordinal()];
    }

    /**
     * Probability that a track of the given true species passes the working point.
     *
     * @param hypothesis the species this card identifies
     */
    public double passProbability(Species hypothesis, Species trueSpecies, double p, double theta) {
        if (theta < thetaMin || theta > thetaMax) {
            return 0;
        }
        double plateau = trueSpecies == hypothesis ? efficiency : misId[trueSpecies.ordinal()];
        return plateau / (1 + Math.exp(-(p - turnOnP) / turnOnWidth));
    }
}

package io.upsilon.stats.unbinned;

/**
 * A profile-likelihood (MINOS-like) interval: the values of one parameter where the NLL, minimised
 * over all others, rises by {@code deltaNll} above its minimum.
 *
 * @param parameter parameter name
 * @param level confidence level (two-sided, one parameter)
 * @param deltaNll the NLL rise that defines the interval, z^2 / 2 with z = Φ^-1((1 + level)/2)
 * @param best best-fit value
 * @param lower lower end (the parameter's lower bound if {@code lowerAtBound})
 * @param upper upper end (the parameter's upper bound if {@code upperAtBound})
 * @param lowerAtBound the NLL stays below the threshold down to the lower bound
 * @param upperAtBound the NLL stays below the threshold up to the upper bound
 * @param ok whether every conditional fit converged and the crossings were found
 * @param message what happened
 */
public record ProfileInterval(
        String parameter,
        double level,
        double deltaNll,
        double best,
        double lower,
        double upper,
        boolean lowerAtBound,
        boolean upperAtBound,
        boolean ok,
        String message) {

    /** best - lower (the negative error as a positive number). */
    public double errorLow() {
        return best - lower;
    }

    /** upper - best. */
    public double errorHigh() {
        return upper - best;
    }
}

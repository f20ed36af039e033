package io.upsilon.searches.resonance;

import io.upsilon.searches.ClsLimit;

/**
 * The result of one model at one mass.
 *
 * @param model the model's name
 * @param mass the mass hypothesis, GeV
 * @param sigmaBrGeneratedFb sigma(e+e- -&gt; mu+ mu- X) x BR(X -&gt; searched final state) at the generation coupling, fb
 * @param generationCoupling the coupling of generation
 * @param selectedEvents selected signal MC events
 * @param selection "cut-based" or "bdt": the one with the lower median expected limit
 * @param efficiency signal efficiency in the window of the chosen selection (of all generated events)
 * @param window the chosen selection's window, or null when there were too few signal events
 * @param limit its limit on sigma x BR in fb, or null
 * @param expectedCutBased median expected limit of the cut-based selection (fb; +infinity when none)
 * @param expectedBdt median expected limit with the classifier (fb; NaN when not tried)
 */
public record MassPoint(
        String model,
        double mass,
        double sigmaBrGeneratedFb,
        double generationCoupling,
        int selectedEvents,
        String selection,
        double efficiency,
        MassWindowCount.Window window,
        ClsLimit limit,
        double expectedCutBased,
        double expectedBdt) {

    /** Whether there is a converged limit. */
    public boolean hasLimit() {
        return limit != null && limit.converged();
    }

    /**
     * The coupling for a limit on sigma x BR (fb): sigma x BR scales as the coupling squared, the branching
     * fraction does not depend on it (all widths scale alike).
     */
    public double coupling(double sigmaBrLimitFb) {
        return generationCoupling * Math.sqrt(sigmaBrLimitFb / sigmaBrGeneratedFb);
    }
}

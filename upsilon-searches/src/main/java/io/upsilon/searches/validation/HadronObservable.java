package io.upsilon.searches.validation;

import java.util.Objects;
import java.util.Set;

/**
 * Which hadrons a measurement counts and in which variable, as the publication defines it.
 *
 * @param absIds |PDG id| of the counted hadrons (particle and antiparticle both count)
 * @param variable what is binned
 * @param promptOnly whether hadrons descending from a K0_S or Lambda decay are left out (BaBar's
 *     "prompt", PRD 88, 032011 (2013))
 */
public record HadronObservable(Set<Integer> absIds, Variable variable, boolean promptOnly) {
    /** What a hadron contributes to the histogram. */
    public enum Variable {
        /** Momentum in the e+e- centre-of-mass frame, GeV. */
        P_STAR,
        /** Scaled momentum x_p = p* / p*_max, p*_max = sqrt(E_beam^2 - m^2) with the event's own beams. */
        X_P,
        /** One count per hadron, whatever its momentum (a rate: the table's single bin). */
        COUNT
    }

    /** Validates: at least one id. */
    public HadronObservable {
        absIds = Set.copyOf(absIds);
        Objects.requireNonNull(variable, "variable");
        if (absIds.isEmpty()) {
            throw new IllegalArgumentException("an observable needs at least one particle id");
        }
    }

    /** A rate per event of the given hadrons (all sources). */
    public static HadronObservable count(Integer... absIds) {
        return new HadronObservable(Set.of(absIds), Variable.COUNT, false);
    }

    /**
     * The value this hadron contributes, given its centre-of-mass momentum and mass and the beam
     * energy in the centre-of-mass frame.
     */
    public double value(double pStar, double mass, double eBeam) {
        return switch (variable) {
            case P_STAR -> pStar;
            case X_P -> pStar / Math.sqrt(Math.max(eBeam * eBeam - mass * mass, 1e-12));
            case COUNT -> Double.NaN;
        };
    }
}

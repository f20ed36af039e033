package io.upsilon.core.event;

/**
 * Particle-identification probabilities of a track, named as basf2's global PID variables
 * (electronID, muonID, pionID, kaonID, protonID): each the likelihood of that hypothesis over the
 * sum of all, in [0, 1].
 */
public record PidLikelihoods(double electronId, double muonId, double pionId, double kaonId, double protonId) {
    public PidLikelihoods {
        check("electronID", electronId);
        check("muonID", muonId);
        check("pionID", pionId);
        check("kaonID", kaonId);
        check("protonID", protonId);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + v);
        }
    }

    /** No identification information (all hypotheses equally likely). */
    public static final PidLikelihoods NONE = new PidLikelihoods(0.2, 0.2, 0.2, 0.2, 0.2);
}

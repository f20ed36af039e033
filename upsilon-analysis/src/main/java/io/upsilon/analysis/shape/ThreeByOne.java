package io.upsilon.analysis.shape;

import io.upsilon.analysis.particles.Particle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 3×1 topology of τ-pair events: the thrust axis of the event-shape particles ({@link
 * ThrustHemispheres}) splits the event's tracks into one hemisphere with a single track (the
 * 1-prong side) and one with three (the 3-prong side), as in the Belle II τ → ℓα search (PRL 130,
 * 181803 (2023), arXiv:2212.03634) and the τ-mass measurement (PRD 108, 032006 (2023),
 * arXiv:2305.19116).
 *
 * @param oneProng the track alone in its hemisphere
 * @param threeProng the three tracks of the other hemisphere, in event-shape order
 * @param oneProngPositive whether the 1-prong track is in the positive hemisphere
 * @param hemispheres the hemispheres it was split by
 */
public record ThreeByOne(
        Particle oneProng, List<Particle> threeProng, boolean oneProngPositive, ThrustHemispheres hemispheres) {
    public ThreeByOne {
        Objects.requireNonNull(oneProng, "oneProng");
        threeProng = List.copyOf(threeProng);
        if (threeProng.size() != 3) {
            throw new IllegalArgumentException("a 3-prong side has three tracks, got " + threeProng.size());
        }
        Objects.requireNonNull(hemispheres, "hemispheres");
    }

    /**
     * The 3×1 split of the event-shape tracks, or empty when the hemispheres do not hold one and
     * three tracks.
     */
    public static Optional<ThreeByOne> of(ThrustHemispheres hemispheres) {
        List<Particle> pos = hemispheres.tracks(true);
        List<Particle> neg = hemispheres.tracks(false);
        if (pos.size() == 1 && neg.size() == 3) {
            return Optional.of(new ThreeByOne(pos.get(0), neg, true, hemispheres));
        }
        if (pos.size() == 3 && neg.size() == 1) {
            return Optional.of(new ThreeByOne(neg.get(0), pos, false, hemispheres));
        }
        return Optional.empty();
    }
}

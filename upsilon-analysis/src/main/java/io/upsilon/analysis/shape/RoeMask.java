package io.upsilon.analysis.shape;

import io.upsilon.analysis.particles.Particle;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A rest-of-event mask, as basf2's {@code appendROEMasks}: cuts that ROE tracks (as pions) and ROE
 * photons must pass to enter the ROE variables, e.g. to drop beam-background photons. Analyses
 * usually build the two predicates from cut expressions ({@code io.upsilon.analysis.select}).
 *
 * @param name the mask's name (for messages and documentation)
 * @param track which ROE tracks to keep
 * @param photon which ROE photons to keep
 */
public record RoeMask(String name, Predicate<Particle> track, Predicate<Particle> photon) {
    /** The mask that keeps everything. */
    public static final RoeMask ALL = new RoeMask("all", p -> true, p -> true);

    /** Validates. */
    public RoeMask {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(photon, "photon");
    }
}

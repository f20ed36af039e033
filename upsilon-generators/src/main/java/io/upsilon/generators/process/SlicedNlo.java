package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;

/**
 * Phase-space slicing at O(alpha): an event is either a Born event weighted by the soft + virtual
 * correction below the slice k0 (no photon written: the photons below k0 are integrated over), or an
 * event with one photon above k0 from an exact tree-level generator. Each event picks its part from
 * the process stream with a fixed probability and divides its weight by it, so the sum of weights
 * estimates sigma_SV(k0) + sigma_hard(k0), the NLO cross section, for any split.
 */
final class SlicedNlo {
    /** Probability that an event is a soft + virtual (Born-like) event. */
    static final double SOFT_FRACTION = 0.5;

    private SlicedNlo() {}

    /** Whether this event is a soft + virtual one (one number from {@code rng}). */
    static boolean soft(RandomStream rng) {
        return rng.nextDouble() < SOFT_FRACTION;
    }

    /** The squared CM energy of an event from its e- and e+ beams (its first two particles). */
    static double beamS(EventBuffer event) {
        double e = event.e(0) + event.e(1);
        double px = event.px(0) + event.px(1);
        double py = event.py(0) + event.py(1);
        double pz = event.pz(0) + event.pz(1);
        return e * e - px * px - py * py - pz * pz;
    }
}

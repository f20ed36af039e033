package io.upsilon.generators.decay;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;

/**
 * The one interface for decaying the particles of an event: {@link HadronDecayer} (every unstable
 * hadron, through a DEC decay table) and {@link TauDecayer} (taus) implement it.
 */
public interface ParticleDecayer {
    /**
     * Decays, recursively, every status-1 particle of {@code event} that is unstable for this
     * decayer: appends its daughters contiguously with status 1 and mother range (parent, parent),
     * sets the parent's daughter range and status 2, and gives the daughters a production vertex
     * and time displaced by the parent's sampled decay length (exponential in proper time, times
     * beta gamma c). Deterministic: the same event and stream state give the same result.
     */
    void decay(EventBuffer event, RandomStream rng);
}

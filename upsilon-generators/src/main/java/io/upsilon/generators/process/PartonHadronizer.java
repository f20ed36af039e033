package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.shower.ColourSinglets;

/**
 * The step that turns the partons of an e+e- -&gt; q qbar event into hadrons, called by {@link
 * QuarkPairGenerator} after it has written the partons (status 3, each colour-singlet system
 * contiguous and in colour order) and before it returns. A string-fragmentation implementation
 * fragments each system {@code [singlets.first(i), singlets.last(i)]} and appends the hadrons; the
 * decays follow. {@link #NONE} leaves the partons as they are (parton-level events).
 */
@FunctionalInterface
public interface PartonHadronizer {
    /** Parton level: does nothing. */
    PartonHadronizer NONE = (event, singlets, rng) -> {};

    /**
     * @param event the event, partons written (lab frame)
     * @param singlets the colour-singlet systems of this event (buffer index ranges)
     * @param rng the process's random stream
     */
    void hadronize(EventBuffer event, ColourSinglets singlets, RandomStream rng);
}

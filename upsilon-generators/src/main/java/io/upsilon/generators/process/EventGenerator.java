package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Generates events of one process for one beam. Not thread-safe: one generator per partition.
 *
 * <p>Events are weighted: {@link #generate} returns the event weight in nb, an unbiased estimate
 * of the cross section, so that the mean weight over N events estimates the process's cross
 * section (within the generation cuts) with the usual Monte Carlo error.
 */
public interface EventGenerator {
    /**
     * Generates one event into {@code out} (cleared first), lab frame, beams first.
     *
     * @param beamRng the stream for this event's beam-energy smearing and vertex
     * @param rng the stream for the process's own random numbers
     * @return the event weight in nb (0 for an event outside the generation cuts)
     */
    double generate(RandomStream beamRng, RandomStream rng, EventBuffer out);

    /**
     * The cross section in nb at the beam's nominal energy from a closed formula, when the process
     * has one (Born-level processes); used to check the generator, never to replace it.
     */
    default OptionalDouble analyticCrossSection() {
        return OptionalDouble.empty();
    }

    /**
     * A remark on what this generator's sample is, for the run's output (e.g. that a signal decay
     * restricts the B pairs made); empty when there is none.
     */
    default Optional<String> note() {
        return Optional.empty();
    }

    /**
     * The expected fraction of {@link #generate} calls that return an event (weight != 0), known
     * before generation: below 1 for a generator that unweights by accept-reject and returns a
     * rejected trial as weight 0. A sample that asks for N events makes N / acceptance calls, so it
     * holds about N events; its weights stay normalised per call. 1 by default.
     */
    default double expectedAcceptance() {
        return 1.0;
    }
}

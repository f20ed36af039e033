package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.TauDecayer;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Wraps a generator of tau pairs (or any events with taus) and decays the taus of every event
 * with a {@link TauDecayer}, drawing the decays from the process stream after the wrapped
 * generator's numbers. The weight, and so the cross section, is the wrapped generator's.
 */
public final class TauDecayingGenerator implements EventGenerator {
    private final EventGenerator production;
    private final TauDecayer decayer;

    /**
     * @param production the generator of the events with undecayed taus
     * @param decayer the decayer (not shared with another generator: it holds scratch buffers)
     */
    public TauDecayingGenerator(EventGenerator production, TauDecayer decayer) {
        this.production = Objects.requireNonNull(production, "production");
        this.decayer = Objects.requireNonNull(decayer, "decayer");
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        double w = production.generate(beamRng, rng, out);
        decayer.decay(out, rng);
        return w;
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        return production.analyticCrossSection();
    }
}

package io.upsilon.generators.process;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.decay.HadronDecayer;
import io.upsilon.generators.decay.TauDecayer;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Wraps a generator of tau pairs (or any events with taus) and decays the taus of every event
 * with a {@link TauDecayer}, then the unstable hadrons the taus make (K_S0 from tau -&gt; K0 pi nu,
 * eta, omega, ...) with the {@link HadronDecayer} of the hadron-decay table, as for the continuum,
 * so that only particles that reach the detector are left in the final state. The random numbers
 * are drawn from the process stream after the wrapped generator's: first the taus' (exactly as
 * without the hadron decays), then the hadrons'. The weight, and so the cross section, is the
 * wrapped generator's, times the decayer's importance weight when its modes are biased ({@link
 * TauDecayer#withModeBias}).
 */
public final class TauDecayingGenerator implements EventGenerator {
    private final EventGenerator production;
    private final HadronDecayer decays;
    private final TauDecayer taus;

    /**
     * The taus decayed by {@code decayer}, their hadrons by the decay table of {@code options}
     * (the bundled one unless the run gives its own).
     *
     * @param production the generator of the events with undecayed taus
     * @param decayer the decayer (not shared with another generator: it holds scratch buffers)
     * @param options the run's options (for the hadron-decay table)
     */
    public TauDecayingGenerator(EventGenerator production, TauDecayer decayer, GeneratorOptions options) {
        this.production = Objects.requireNonNull(production, "production");
        this.taus = Objects.requireNonNull(decayer, "decayer");
        this.decays = new HadronDecayer(decayTable(options), HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, decayer);
    }

    /** The run's hadron-decay table, or the bundled one. */
    static DecFile decayTable(GeneratorOptions options) {
        return options.decays() != null
                ? options.decays()
                : HadronDecayTables.bundled()
                        .orElseThrow(() -> new IllegalStateException(
                                "the bundled " + HadronDecayTables.RESOURCE + " is missing from the class path"));
    }

    @Override
    public double generate(RandomStream beamRng, RandomStream rng, EventBuffer out) {
        double w = production.generate(beamRng, rng, out);
        // the hadron decayer hands the taus to the tau decayer first (the production leaves only
        // taus, leptons and photons, none of which it decays), then decays what they made
        taus.clearLastWeight(); // an event without taus never reaches the tau decayer
        decays.decay(out, rng);
        // 1 unless the decayer oversamples some modes (TauDecayer.withModeBias): then BR / q per tau
        return w * taus.lastWeight();
    }

    @Override
    public OptionalDouble analyticCrossSection() {
        return production.analyticCrossSection();
    }
}

package io.upsilon.detector;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import java.util.Objects;

/**
 * The Belle II fast simulation: the declared module chain tracking → ECL → KLM → KLM photons → PID → trigger,
 * each configured from its block of one {@link DetectorCard}. Immutable and shareable across
 * threads; {@link #start(RandomStreams)} gives a per-thread {@link SimulationRun} that owns the
 * random streams ({@code detector/<module>}) and the reusable buffers.
 */
public final class FastSimulation {
    private final DetectorCard card;
    private final Beam beam;

    /**
     * @param card the detector card
     * @param beam the beams (the trigger's CM-frame thresholds use its lab-to-CM boost)
     */
    public FastSimulation(DetectorCard card, Beam beam) {
        this.card = Objects.requireNonNull(card, "card");
        this.beam = Objects.requireNonNull(beam, "beam");
    }

    /** The bundled Belle II card with the Y(4S) beams. */
    public static FastSimulation belle2() {
        return new FastSimulation(DetectorCard.belle2(), Beam.preset("Y4S"));
    }

    /** The card. */
    public DetectorCard card() {
        return card;
    }

    /** The beams. */
    public Beam beam() {
        return beam;
    }

    /** A fresh module chain, in processing order (modules keep per-run scratch space). */
    public List<DetectorModule> newChain() {
        return List.of(
                new TrackingModule(card.tracking()),
                new EclModule(card.ecl()),
                new KlmModule(card.klm()),
                new KlmPhotonModule(card.klm(), card.ecl()),
                new PidModule(card.pid()),
                new TriggerModule(card.trigger(), card.klm(), beam.labToCms()));
    }

    /**
     * Starts a simulation run drawing from {@code streams} (e.g. a partition's family): each module
     * gets {@code streams.stream("detector/<name>")}. One run per thread.
     */
    public SimulationRun start(RandomStreams streams) {
        return new SimulationRun(newChain(), streams);
    }
}

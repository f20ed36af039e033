package io.upsilon.searches;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.detector.SimulationRun;
import java.util.List;
import java.util.Objects;

/**
 * The skeleton of an event selection with an electron and a muon channel in one pass: step 0
 * "generated", step 1 the generator-level {@link Preselection}, then the channel-independent steps
 * of {@link #common} (computed once per event), then each channel's own steps ({@link #channel}).
 * Every event enters each channel's cut flow once, at the last step it passed there.
 *
 * @param <T> what the channel-independent part hands to the channels (event shape, topology)
 */
public abstract class LeptonChannelSelection<T>
        implements SampleProduction.EventAnalysis<ChannelResults<LeptonChannel>> {
    /**
     * The channel-independent part of one event.
     *
     * @param passed channel-independent steps passed after the preselection
     * @param value what the channels need, or null when the event failed before them
     * @param <T> its type
     */
    public record Common<T>(int passed, T value) {}

    private final Preselection preselection;
    private final List<String> steps;
    private final int features;

    /**
     * @param preselection the generator-level preselection (cut-flow step 1)
     * @param steps every cut-flow step, from "generated" (the same rows for both channels)
     * @param features features kept per selected event
     */
    protected LeptonChannelSelection(Preselection preselection, List<String> steps, int features) {
        this.preselection = Objects.requireNonNull(preselection, "preselection");
        this.steps = List.copyOf(steps);
        this.features = features;
    }

    /** The cut-flow steps. */
    public List<String> steps() {
        return steps;
    }

    @Override
    public final ChannelResults<LeptonChannel> newResult() {
        return ChannelResults.empty(LeptonChannel.class, steps, features);
    }

    @Override
    public final ChannelResults<LeptonChannel> merge(ChannelResults<LeptonChannel> a, ChannelResults<LeptonChannel> b) {
        return a.merge(b);
    }

    @Override
    public final void accept(
            EventBuffer generated,
            SimulationRun detector,
            long number,
            double weight,
            ChannelResults<LeptonChannel> result) {
        int passed = 0;
        Common<T> common = null;
        SimulatedEvent event = null;
        if (preselection.accepts(generated)) {
            passed = 1;
            event = new SimulatedEvent(generated, detector, detector.process(generated), number, weight);
            common = common(event.reco());
            passed += common.passed();
        }
        for (LeptonChannel c : LeptonChannel.values()) {
            int p = passed;
            if (common != null && common.value() != null) {
                p = channel(c, common.value(), event, result, p);
            }
            result.flow(c).pass(p, weight);
        }
    }

    /** The channel-independent steps of a preselected event. */
    protected abstract Common<T> common(RecoEvent event);

    /**
     * One channel's steps after the common ones ({@code passed} of them so far): adds a selected
     * event to {@code result.events(channel)} and returns the last step passed.
     */
    protected abstract int channel(
            LeptonChannel channel, T common, SimulatedEvent event, ChannelResults<LeptonChannel> result, int passed);
}

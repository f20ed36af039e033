package io.upsilon.searches;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.detector.DetectorState;
import io.upsilon.detector.SimulationRun;

/**
 * A generated event after the detector simulation, as a selection sees it: valid during the call
 * that receives it (the buffers are reused for the next event).
 *
 * @param generated the generated event (lab frame; truth for MC matching)
 * @param detector the partition's fast simulation, holding this event's response
 * @param state the cheap part of the response (track count, ...), before records are built
 * @param number the event number within the sample
 * @param weight the event weight scaled to the luminosity (expected events)
 */
public record SimulatedEvent(
        EventBuffer generated, SimulationRun detector, DetectorState state, long number, double weight) {
    /**
     * |PDG id| of the generated particle behind a track or cluster ({@code truthIndex} into {@link
     * #generated}), or 0 when there is none (a fake track, an index out of range).
     */
    public int truePdg(int truthIndex) {
        return truthIndex >= 0 && truthIndex < generated.size() ? Math.abs(generated.pdgId(truthIndex)) : 0;
    }

    /** The reconstructed event (built on first call by the simulation run). */
    public RecoEvent reco() {
        return detector.lastEvent(number, false);
    }
}

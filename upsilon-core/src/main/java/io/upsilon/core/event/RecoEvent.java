package io.upsilon.core.event;

import java.util.List;
import java.util.Optional;

/**
 * A reconstructed event as the detector simulation delivers it to the analysis layer: tracks,
 * ECL clusters, neutral KLM clusters, L1 trigger bits, the event weight (inherited from
 * generation), and the generated event for truth matching.
 *
 * @param number event number within its job
 * @param weight event weight (nb per event for weighted samples)
 * @param tracks charged tracks
 * @param clusters ECL clusters (matched and neutral)
 * @param klmClusters neutral KLM clusters
 * @param triggerBits fired L1 trigger lines, one bit per {@link TriggerLine}
 * @param truth the generated event (MC truth), or null when not kept
 */
public record RecoEvent(
        long number,
        double weight,
        List<RecoTrack> tracks,
        List<RecoCluster> clusters,
        List<KlmCluster> klmClusters,
        int triggerBits,
        GenEvent truth) {
    public RecoEvent {
        tracks = List.copyOf(tracks);
        clusters = List.copyOf(clusters);
        klmClusters = List.copyOf(klmClusters);
    }

    /** The generated event, when kept. */
    public Optional<GenEvent> mcTruth() {
        return Optional.ofNullable(truth);
    }

    /** True if the L1 trigger line fired. */
    public boolean fired(TriggerLine line) {
        return (triggerBits & line.bit()) != 0;
    }

    /** True if any L1 trigger line fired. */
    public boolean triggered() {
        return triggerBits != 0;
    }
}

package io.upsilon.analysis;

import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.KlmCluster;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import java.util.ArrayList;
import java.util.List;

/** Builds small reconstructed events by hand for tests. */
public final class TestEvents {
    private final List<RecoTrack> tracks = new ArrayList<>();
    private final List<RecoCluster> clusters = new ArrayList<>();
    private final List<KlmCluster> klmClusters = new ArrayList<>();
    private long number = 1;
    private double weight = 1;
    private GenEvent truth;

    public static TestEvents builder() {
        return new TestEvents();
    }

    public TestEvents number(long n) {
        this.number = n;
        return this;
    }

    public TestEvents weight(double w) {
        this.weight = w;
        return this;
    }

    public TestEvents truth(GenEvent t) {
        this.truth = t;
        return this;
    }

    /** A track with the momentum of a lab four-vector; muon-like PID. */
    public TestEvents track(int charge, LorentzVector lab, int truthIndex) {
        return track(charge, lab, new PidLikelihoods(0.01, 0.95, 0.02, 0.01, 0.01), truthIndex);
    }

    public TestEvents track(int charge, LorentzVector lab, PidLikelihoods pid, int truthIndex) {
        tracks.add(
                new RecoTrack(tracks.size(), charge, lab.p3(), 0.01 * tracks.size(), -0.02, pid, -1, 14, truthIndex));
        return this;
    }

    /** A neutral cluster with the energy and direction of a lab four-vector. */
    public TestEvents photon(LorentzVector lab, int truthIndex) {
        clusters.add(new RecoCluster(clusters.size(), lab.e(), lab.theta(), lab.phi(), 2, 9, 0.1, -1, truthIndex));
        return this;
    }

    /** A neutral KLM cluster in the direction of a lab four-vector. */
    public TestEvents klm(LorentzVector lab, int truthIndex) {
        klmClusters.add(new KlmCluster(klmClusters.size(), lab.theta(), lab.phi(), 5, truthIndex));
        return this;
    }

    public RecoEvent build() {
        return new RecoEvent(number, weight, tracks, clusters, klmClusters, 1, truth);
    }
}

package io.upsilon.detector;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.KlmCluster;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One thread's pass of events through the fast-simulation chain: owns one random stream per
 * module and the reusable {@link DetectorState}. Events are simulated in the order they are given;
 * the same streams and the same event sequence give the same reconstructed events. Not thread-safe.
 */
public final class SimulationRun {
    private final List<DetectorModule> modules;
    private final RandomStream[] streams;
    private final DetectorState state = new DetectorState();
    private final EventBuffer copy = new EventBuffer(16);
    /** Final-state particles the chain could not handle, per PDG id, over the whole run. */
    private final SortedMap<Integer, Long> unhandled = new TreeMap<>();

    SimulationRun(List<DetectorModule> modules, RandomStreams family) {
        this.modules = List.copyOf(modules);
        this.streams = new RandomStream[modules.size()];
        for (int m = 0; m < streams.length; m++) {
            streams[m] = family.stream("detector/" + modules.get(m).name());
        }
    }

    /**
     * Runs the chain on an event without building the output records (the allocation-free path);
     * the returned state is valid until the next call.
     */
    public DetectorState process(EventBuffer event) {
        state.reset(event);
        for (int m = 0; m < streams.length; m++) {
            modules.get(m).process(state, streams[m]);
        }
        countUnhandled(event);
        return state;
    }

    /** Counts the final-state particles no module can simulate (no random draws: outputs unchanged). */
    private void countUnhandled(EventBuffer event) {
        int n = event.size();
        for (int i = 0; i < n; i++) {
            if (event.status(i) == GenParticle.FINAL && ParticleFate.of(event.pdgId(i)) == ParticleFate.UNHANDLED) {
                state.nUnhandled++;
                unhandled.merge(event.pdgId(i), 1L, Long::sum);
            }
        }
    }

    /**
     * The final-state particles of all events simulated so far that the simulation could not handle
     * ({@link ParticleFate#UNHANDLED}), counted per PDG id (signed), in increasing id order.
     */
    public Map<Integer, Long> unhandledParticles() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(unhandled));
    }

    /** Simulates a generated event; the reconstructed event keeps it as its truth. */
    public RecoEvent simulate(GenEvent event) {
        copy.clear();
        List<GenParticle> ps = event.particles();
        for (int i = 0; i < ps.size(); i++) {
            GenParticle p = ps.get(i);
            copy.add(
                    p.pdgId(),
                    p.status(),
                    p.momentum().px(),
                    p.momentum().py(),
                    p.momentum().pz(),
                    p.momentum().e());
            copy.setVertex(i, p.vertex().x(), p.vertex().y(), p.vertex().z(), p.time());
            copy.setMothers(i, p.mother1(), p.mother2());
            copy.setDaughters(i, p.firstDaughter(), p.lastDaughter());
        }
        copy.setWeight(event.weight());
        process(copy);
        return toRecoEvent(event.number(), event.weight(), event);
    }

    /**
     * Simulates an event held in a buffer.
     *
     * @param number event number
     * @param keepTruth attach {@code event.toEvent(number)} as the truth (costs one allocation per
     *     particle); otherwise the truth is null and truth indices refer to the buffer
     */
    public RecoEvent simulate(EventBuffer event, long number, boolean keepTruth) {
        process(event);
        return toRecoEvent(number, event.weight(), keepTruth ? event.toEvent(number) : null);
    }

    /**
     * The reconstructed event of the last {@link #process} call, so that a caller can look at the
     * cheap {@link DetectorState} first (e.g. the track count) and build the records only for events
     * it keeps. Truth as in {@link #simulate(EventBuffer, long, boolean)}.
     */
    public RecoEvent lastEvent(long number, boolean keepTruth) {
        EventBuffer event = state.generated();
        return toRecoEvent(number, event.weight(), keepTruth ? event.toEvent(number) : null);
    }

    private RecoEvent toRecoEvent(long number, double weight, GenEvent truth) {
        DetectorState s = state;
        List<RecoTrack> tracks = new ArrayList<>(s.nTracks);
        for (int t = 0; t < s.nTracks; t++) {
            int o = Species.COUNT * t;
            double[] pid = s.trackPid;
            tracks.add(new RecoTrack(
                    t,
                    s.trackCharge[t],
                    new Vec3(s.trackP[3 * t], s.trackP[3 * t + 1], s.trackP[3 * t + 2]),
                    s.trackD0[t],
                    s.trackZ0[t],
                    new PidLikelihoods(
                            clamp(pid[o + Species.ELECTRON.ordinal()]),
                            clamp(pid[o + Species.MUON.ordinal()]),
                            clamp(pid[o + Species.PION.ordinal()]),
                            clamp(pid[o + Species.KAON.ordinal()]),
                            clamp(pid[o + Species.PROTON.ordinal()])),
                    s.trackCluster[t],
                    s.trackKlmLayers[t],
                    s.trackTruth[t],
                    new Vec3(s.trackPos[3 * t], s.trackPos[3 * t + 1], s.trackPos[3 * t + 2])));
        }
        List<RecoCluster> clusters = new ArrayList<>(s.nClusters);
        for (int c = 0; c < s.nClusters; c++) {
            clusters.add(new RecoCluster(
                    c,
                    s.clusterE[c],
                    s.clusterTheta[c],
                    s.clusterPhi[c],
                    s.clusterRegion[c],
                    s.clusterHits[c],
                    s.clusterTime[c],
                    s.clusterTrack[c],
                    s.clusterTruth[c]));
        }
        List<KlmCluster> klm = new ArrayList<>(s.nKlm);
        for (int k = 0; k < s.nKlm; k++) {
            klm.add(new KlmCluster(k, s.klmTheta[k], s.klmPhi[k], s.klmLayers[k], s.klmTruth[k]));
        }
        return new RecoEvent(number, weight, tracks, clusters, klm, s.triggerBits, truth);
    }

    /** Guards PidLikelihoods' [0, 1] check against rounding. */
    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}

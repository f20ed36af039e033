package io.upsilon.analysis.shape;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.core.event.KlmCluster;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The rest of the event (ROE) of a candidate: the tracks (as charged pions) and neutral ECL
 * clusters (as photons) it does not use, as basf2 builds the ROE with its default mass hypotheses,
 * optionally passed through a {@link RoeMask}; and the neutral KLM clusters (K_L0 candidates),
 * which are counted but carry no four-momentum (the fast simulation measures no K_L0 energy).
 * With no candidate this is the whole visible event.
 */
public final class RestOfEvent {
    private final List<Particle> tracks;
    private final List<Particle> photons;
    private final List<KlmCluster> klmClusters;
    private final LorentzVector p4Lab;

    private RestOfEvent(List<Particle> tracks, List<Particle> photons, List<KlmCluster> klmClusters) {
        this.tracks = List.copyOf(tracks);
        this.photons = List.copyOf(photons);
        this.klmClusters = List.copyOf(klmClusters);
        LorentzVector sum = LorentzVector.ZERO;
        for (Particle p : this.tracks) {
            sum = sum.plus(p.p4Lab());
        }
        for (Particle p : this.photons) {
            sum = sum.plus(p.p4Lab());
        }
        this.p4Lab = sum;
    }

    /**
     * The ROE of {@code candidate} in {@code event}.
     *
     * @param candidate the candidate, or null for the whole event
     */
    public static RestOfEvent of(Particle candidate, RecoEvent event, ParticleTable table) {
        return of(candidate, event, table, RoeMask.ALL);
    }

    /**
     * The ROE of {@code candidate} in {@code event} with the tracks and photons that pass {@code
     * mask}.
     *
     * @param candidate the candidate, or null for the whole event
     */
    public static RestOfEvent of(Particle candidate, RecoEvent event, ParticleTable table, RoeMask mask) {
        ParticleData pion = table.byName("pi+");
        ParticleData photon = table.byName("gamma");
        List<Particle> tracks = new ArrayList<>();
        for (RecoTrack t : event.tracks()) {
            if (candidate == null || !candidate.usesTrack(t.index())) {
                Particle p = Particle.fromTrack(t, pion);
                if (mask.track().test(p)) {
                    tracks.add(p);
                }
            }
        }
        List<Particle> photons = new ArrayList<>();
        for (RecoCluster c : event.clusters()) {
            if (c.isNeutral() && (candidate == null || !candidate.usesCluster(c.index()))) {
                Particle p = Particle.fromCluster(c, photon);
                if (mask.photon().test(p)) {
                    photons.add(p);
                }
            }
        }
        // KLM clusters are not linked to candidates (no K_L0 lists yet): all are in the ROE.
        return new RestOfEvent(tracks, photons, event.klmClusters());
    }

    /** The whole visible event: every track as a pion, every neutral cluster as a photon. */
    public static RestOfEvent wholeEvent(RecoEvent event, ParticleTable table) {
        return of(null, event, table);
    }

    /** Tracks not used by the candidate, as charged pions. */
    public List<Particle> tracks() {
        return tracks;
    }

    /** Neutral clusters not used by the candidate, as photons. */
    public List<Particle> photons() {
        return photons;
    }

    /** Neutral KLM clusters (K_L0 candidates; direction only, no four-momentum). */
    public List<KlmCluster> klmClusters() {
        return klmClusters;
    }

    /** Tracks then photons. */
    public List<Particle> particles() {
        List<Particle> out = new ArrayList<>(tracks);
        out.addAll(photons);
        return out;
    }

    /** Summed four-momentum in the lab. */
    public LorentzVector p4Lab() {
        return p4Lab;
    }
}

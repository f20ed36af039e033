package io.upsilon.searches;

import io.upsilon.analysis.shape.Hemispheres;
import io.upsilon.analysis.shape.Thrust;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The 3×1 topology of τ-pair analyses with a three-prong τ (τ → ℓα, τ mass): four good tracks
 * with zero net charge, split by the thrust axis (CM frame, tracks with the pion mass and neutral
 * clusters above a threshold) into a hemisphere with three tracks and one with a single track.
 * Stateless; shared by {@code searches.taualpha} and {@code searches.taumass}.
 */
public final class ThreeByOne {
    private ThreeByOne() {}

    /**
     * Good tracks: |d0| &lt; d0Max (cm), |z0| &lt; z0Max (cm), pT &gt; ptMin (GeV), in the event's order.
     */
    public static List<RecoTrack> goodTracks(RecoEvent event, double d0Max, double z0Max, double ptMin) {
        List<RecoTrack> good = new ArrayList<>(4);
        for (RecoTrack tr : event.tracks()) {
            if (Math.abs(tr.d0()) < d0Max
                    && Math.abs(tr.z0()) < z0Max
                    && tr.momentum().perp() > ptMin) {
                good.add(tr);
            }
        }
        return good;
    }

    /**
     * Generator-level preselection: whether at least {@code chargedMin} final-state charged
     * particles that reach the tracker (e, μ, π, K, p) have a polar angle (lab) in [thetaMin,
     * thetaMax] (rad). No momentum requirement.
     */
    public static boolean chargedInAcceptance(EventBuffer ev, int chargedMin, double thetaMin, double thetaMax) {
        double cosMax = Math.cos(thetaMin);
        double cosMin = Math.cos(thetaMax);
        int n = 0;
        for (int i = 0; i < ev.size(); i++) {
            if (ev.status(i) != GenParticle.FINAL || !isLongLivedCharged(ev.pdgId(i))) {
                continue;
            }
            double px = ev.px(i);
            double py = ev.py(i);
            double pz = ev.pz(i);
            double p = Math.sqrt(px * px + py * py + pz * pz);
            if (p == 0) {
                continue;
            }
            double cos = pz / p;
            if (cos <= cosMax && cos >= cosMin && ++n >= chargedMin) {
                return true;
            }
        }
        return n >= chargedMin;
    }

    /** Charged particles that reach the tracker: e, μ, π, K, p. */
    private static boolean isLongLivedCharged(int pdg) {
        int a = Math.abs(pdg);
        return a == 11 || a == 13 || a == 211 || a == 321 || a == 2212;
    }

    /** Sum of the charges of {@code tracks}. */
    public static int charge(List<RecoTrack> tracks) {
        int q = 0;
        for (RecoTrack t : tracks) {
            q += t.charge();
        }
        return q;
    }

    /**
     * The 3×1 split of four tracks.
     *
     * @param single index (into the four tracks) of the track alone in its hemisphere
     * @param triple indices of the three tracks of the other hemisphere, ascending
     * @param trackCms the four tracks' CM four-momenta (pion mass), in the order given
     * @param photonsCms CM four-momenta of the neutral clusters above the threshold, event order
     * @param photonSingleSide per photon: whether it lies in the single track's hemisphere
     * @param thrust the thrust value
     * @param axis the thrust axis (CM)
     * @param visibleCms sum of the tracks and photons, CM frame
     */
    public record Split(
            int single,
            int[] triple,
            List<LorentzVector> trackCms,
            List<LorentzVector> photonsCms,
            boolean[] photonSingleSide,
            double thrust,
            Vec3 axis,
            LorentzVector visibleCms) {}

    /**
     * Splits four tracks into 3×1 hemispheres, or returns null when the hemispheres hold 2 + 2 or
     * 4 + 0 tracks.
     *
     * @param fourTracks exactly four tracks
     * @param clusters the event's clusters (neutral ones above {@code photonEMin} enter the thrust)
     * @param beam for the lab → CM transformation
     * @param pionMass mass given to every track, GeV
     * @param photonEMin neutral-cluster energy threshold, GeV
     */
    public static Split split(
            List<RecoTrack> fourTracks, List<RecoCluster> clusters, Beam beam, double pionMass, double photonEMin) {
        if (fourTracks.size() != 4) {
            throw new IllegalArgumentException("expected four tracks, got " + fourTracks.size());
        }
        List<Vec3> cms = new ArrayList<>();
        List<LorentzVector> trackCms = new ArrayList<>(4);
        LorentzVector visible = LorentzVector.ZERO;
        for (RecoTrack tr : fourTracks) {
            LorentzVector p = beam.toCms(LorentzVector.fromMomentumAndMass(tr.momentum(), pionMass));
            trackCms.add(p);
            cms.add(p.p3());
            visible = visible.plus(p);
        }
        List<LorentzVector> photons = new ArrayList<>();
        for (RecoCluster cl : clusters) {
            if (cl.isNeutral() && cl.energy() > photonEMin) {
                LorentzVector g =
                        beam.toCms(LorentzVector.of(Vec3.fromPolar(cl.energy(), cl.theta(), cl.phi()), cl.energy()));
                photons.add(g);
                cms.add(g.p3());
                visible = visible.plus(g);
            }
        }
        Thrust thrust = Thrust.of(cms);
        Hemispheres hemi = Hemispheres.of(cms, thrust.axis());
        List<Integer> posTracks = hemi.positive().stream().filter(i -> i < 4).toList();
        List<Integer> negTracks = hemi.negative().stream().filter(i -> i < 4).toList();
        int single;
        List<Integer> singleSide;
        if (posTracks.size() == 1 && negTracks.size() == 3) {
            single = posTracks.get(0);
            singleSide = hemi.positive();
        } else if (posTracks.size() == 3 && negTracks.size() == 1) {
            single = negTracks.get(0);
            singleSide = hemi.negative();
        } else {
            return null;
        }
        int[] triple = new int[3];
        int k = 0;
        for (int i = 0; i < 4; i++) {
            if (i != single) {
                triple[k++] = i;
            }
        }
        boolean[] photonSingle = new boolean[photons.size()];
        for (int i : singleSide) {
            if (i >= 4) {
                photonSingle[i - 4] = true;
            }
        }
        return new Split(
                single,
                triple,
                List.copyOf(trackCms),
                List.copyOf(photons),
                photonSingle,
                thrust.value(),
                thrust.axis(),
                visible);
    }
}

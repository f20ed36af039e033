package io.upsilon.searches.bknunu;

import io.upsilon.analysis.shape.Thrust;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.KlmCluster;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.BPairTruth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A parametrised hadronic full-event interpretation (FEI, Keck et al., Comput. Softw. Big Sci. 3
 * (2019) 6, arXiv:1807.08680): whether an event has a hadronic B± tag, decided from the generator
 * truth, and which reconstructed tracks, clusters and KLM clusters belong to it, so that the signal
 * side is "everything not in the tag".
 *
 * <p>A true B whose decay chain has no neutrino (the FEI reconstructs only hadronic modes) is tagged
 * as a B± with probability {@link #efficiencyCharged} (a B±) or {@link #efficiencyNeutral} (a B0
 * mis-reconstructed as a B±); an Υ(4S) event without such a B gets a fake tag (the particles of one
 * of its B's) with probability {@link #fakeBBbar}; a continuum or τ-pair event gets one (a thrust
 * hemisphere of its reconstructed particles, with a B's CMS momentum along the hemisphere's, as the
 * FEI keeps only candidates with M_bc near m_B) with probability {@link #fakeContinuum}.
 *
 * <p>Nothing about the tag is drawn but its momentum smearing: every possible tag of an event (either
 * B, either hemisphere of a continuum event, {@link #tags}) is returned with its probability, which
 * multiplies the event weight ({@link Tag#probability}), and a tag whose charge the truth does not
 * fix matches the signal kaon with probability 1/2 (a factor, {@link Tag#charge} 0). With tag
 * efficiencies of a few per mille, drawing would keep one simulated event in several hundred and
 * one of its two B's; the weights keep every one at the same expectation.
 *
 * @param efficiencyCharged tag probability of a true B± with a hadronic decay
 * @param efficiencyNeutral probability that a true B0 with a hadronic decay gives a B± tag
 * @param fakeBBbar fake-tag probability of an Υ(4S) event with no hadronically decaying B
 * @param fakeContinuum fake-tag probability of a continuum (or τ-pair) event
 * @param momentumResolution Gaussian resolution of each CMS momentum component of a true tag, GeV
 */
public record HadronicTagger(
        double efficiencyCharged,
        double efficiencyNeutral,
        double fakeBBbar,
        double fakeContinuum,
        double momentumResolution) {

    /** Validates: probabilities in [0, 1], the resolution non-negative. */
    public HadronicTagger {
        for (double p : new double[] {efficiencyCharged, efficiencyNeutral, fakeBBbar, fakeContinuum}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("tag probabilities must lie in [0, 1], got " + p);
            }
        }
        if (!(momentumResolution >= 0)) {
            throw new IllegalArgumentException("momentum resolution must be >= 0, got " + momentumResolution);
        }
    }

    /** Reads the {@code tagger:} block of {@code hadronic_tag:}. */
    static HadronicTagger read(ConfigNode n) {
        HadronicTagger t = new HadronicTagger(
                n.number("efficiency_charged", 0, 1),
                n.number("efficiency_neutral", 0, 1),
                n.number("fake_bbbar", 0, 1),
                n.number("fake_continuum", 0, 1),
                n.number("momentum_resolution", 0, 1));
        n.finish();
        return t;
    }

    /** How a tag came about. */
    enum Kind {
        /** A true B± with a hadronic decay. */
        TRUE_CHARGED,
        /** A true B0 with a hadronic decay, reconstructed as a B±. */
        TRUE_NEUTRAL,
        /** The particles of a B without hadronic decay (an Υ(4S) event). */
        FAKE_BBBAR,
        /** A thrust hemisphere of a continuum event. */
        FAKE_CONTINUUM
    }

    /**
     * A hadronic tag.
     *
     * @param kind how it came about
     * @param probability the probability of this tag (the factor on the event weight)
     * @param charge the tag's charge (the signal kaon must have the opposite one), or 0 when the truth
     *     does not fix it (a B0 or a continuum fake: either charge with probability 1/2)
     * @param p4Cms the tag B four-momentum in the CMS, energy set to √s/2 (as for an FEI tag)
     * @param tracks per reconstructed track, whether it belongs to the tag
     * @param clusters per ECL cluster, whether it belongs to the tag
     * @param klm per KLM cluster, whether it belongs to the tag
     * @param side for a tag made of one B's particles, 0 or 1: which B of {@code
     *     [BPairTruth.signalB, BPairTruth.otherB]} is the signal side; −1 for a continuum fake
     */
    record Tag(
            Kind kind,
            double probability,
            int charge,
            LorentzVector p4Cms,
            boolean[] tracks,
            boolean[] clusters,
            boolean[] klm,
            int side) {}

    /**
     * Every tag the event can have, each with its probability; empty when it can have none. The
     * probabilities sum to the event's total tag probability, so that applying every tag's
     * probability as a weight gives each simulated event its expected contribution without drawing
     * which B (or hemisphere) is the tag.
     *
     * <p>An Υ(4S) event whose B k is hadronic with tag probability p_k has the tag "B k" with
     * probability p_k (1 − p_other / 2): the sum is 1 − (1 − p_0)(1 − p_1), the probability of at
     * least one tag, and an event in which both B's were reconstructed gives one tag (the FEI's
     * best candidate), either B with equal chance. Without a hadronic B, each B's particles make a
     * fake tag with half the fake rate; a continuum event has each thrust hemisphere as a fake tag
     * with half the continuum fake rate.
     *
     * @param truth the generated event (indices as the reconstructed objects' truth indices)
     * @param reco the reconstructed event
     * @param beam the beam (CMS frame, √s)
     * @param rng the event's named stream (the tag momentum smearing)
     */
    List<Tag> tags(GenEvent truth, RecoEvent reco, Beam beam, RandomStream rng) {
        OptionalInt first = BPairTruth.signalB(truth);
        List<Tag> out = new ArrayList<>(2);
        if (first.isEmpty()) {
            if (fakeContinuum > 0) {
                out.add(continuumFake(reco, beam, 1, fakeContinuum / 2));
                out.add(continuumFake(reco, beam, -1, fakeContinuum / 2));
            }
            return out;
        }
        int[] bs = {first.getAsInt(), BPairTruth.otherB(truth).getAsInt()};
        int[] owner = owners(truth, bs);
        double[] p = new double[2];
        for (int k = 0; k < 2; k++) {
            if (hadronic(truth, bs[k])) {
                p[k] = charged(truth, bs[k]) ? efficiencyCharged : efficiencyNeutral;
            }
        }
        if (p[0] + p[1] > 0) {
            for (int k = 0; k < 2; k++) {
                if (p[k] > 0) {
                    Kind kind = charged(truth, bs[k]) ? Kind.TRUE_CHARGED : Kind.TRUE_NEUTRAL;
                    out.add(bTag(kind, p[k] * (1 - p[1 - k] / 2), truth, reco, beam, rng, bs[k], k, owner));
                }
            }
        } else if (fakeBBbar > 0) {
            for (int k = 0; k < 2; k++) {
                out.add(bTag(Kind.FAKE_BBBAR, fakeBBbar / 2, truth, reco, beam, rng, bs[k], k, owner));
            }
        }
        return out;
    }

    private Tag bTag(
            Kind kind,
            double probability,
            GenEvent truth,
            RecoEvent reco,
            Beam beam,
            RandomStream rng,
            int b,
            int which,
            int[] owner) {
        GenParticle bp = truth.particle(b);
        // A B0 tag (reconstructed as a B±): the truth does not fix its charge (0: either, probability 1/2 each).
        int charge = charged(truth, b) ? Integer.signum(bp.pdgId()) : 0;
        LorentzVector cms = beam.labToCms().apply(bp.momentum());
        Vec3 p = new Vec3(
                cms.px() + rng.nextGaussian(0, momentumResolution),
                cms.py() + rng.nextGaussian(0, momentumResolution),
                cms.pz() + rng.nextGaussian(0, momentumResolution));
        boolean[] tr = new boolean[reco.tracks().size()];
        for (RecoTrack t : reco.tracks()) {
            tr[t.index()] = ownedBy(owner, t.truthIndex(), which);
        }
        boolean[] cl = new boolean[reco.clusters().size()];
        for (RecoCluster c : reco.clusters()) {
            cl[c.index()] = c.trackIndex() >= 0 ? tr[c.trackIndex()] : ownedBy(owner, c.truthIndex(), which);
        }
        boolean[] kl = new boolean[reco.klmClusters().size()];
        for (int i = 0; i < kl.length; i++) {
            kl[i] = ownedBy(owner, reco.klmClusters().get(i).truthIndex(), which);
        }
        return new Tag(kind, probability, charge, LorentzVector.of(p, beam.sqrtS() / 2), tr, cl, kl, 1 - which);
    }

    /** A continuum fake: the reconstructed particles of the thrust hemisphere {@code side} (±1). */
    private Tag continuumFake(RecoEvent reco, Beam beam, double side, double probability) {
        List<Vec3> all = new ArrayList<>();
        List<Vec3> trackP = new ArrayList<>();
        for (RecoTrack t : reco.tracks()) {
            Vec3 p = beam.labToCms()
                    .apply(LorentzVector.fromMomentumAndMass(t.momentum(), PION_MASS))
                    .p3();
            trackP.add(p);
            all.add(p);
        }
        List<Vec3> clusterP = new ArrayList<>();
        for (RecoCluster c : reco.clusters()) {
            Vec3 p = beam.labToCms().apply(photon(c)).p3();
            clusterP.add(p);
            if (c.isNeutral()) {
                all.add(p);
            }
        }
        Vec3 axis = all.size() >= 2 ? Thrust.of(all).axis() : new Vec3(0, 0, 1);
        boolean[] tr = new boolean[trackP.size()];
        Vec3 sum = new Vec3(0, 0, 0);
        for (int i = 0; i < tr.length; i++) {
            tr[i] = side * trackP.get(i).dot(axis) > 0;
            sum = tr[i] ? sum.plus(trackP.get(i)) : sum;
        }
        boolean[] cl = new boolean[clusterP.size()];
        for (RecoCluster c : reco.clusters()) {
            cl[c.index()] = c.trackIndex() >= 0
                    ? tr[c.trackIndex()]
                    : side * clusterP.get(c.index()).dot(axis) > 0;
            sum = c.isNeutral() && cl[c.index()] ? sum.plus(clusterP.get(c.index())) : sum;
        }
        boolean[] kl = new boolean[reco.klmClusters().size()];
        for (int i = 0; i < kl.length; i++) {
            KlmCluster k = reco.klmClusters().get(i);
            Vec3 dir = new Vec3(
                    Math.sin(k.theta()) * Math.cos(k.phi()),
                    Math.sin(k.theta()) * Math.sin(k.phi()),
                    Math.cos(k.theta()));
            kl[i] = side * dir.dot(axis) > 0;
        }
        // The FEI keeps only B candidates with M_bc near m_B: a fake tag has a B's CMS momentum,
        // sqrt(E*_beam^2 - m_B^2) ~ 0.34 GeV, here along the hemisphere's momentum.
        double eStar = beam.sqrtS() / 2;
        double pStar = Math.sqrt(Math.max(eStar * eStar - B_MASS * B_MASS, 0));
        Vec3 dir = sum.mag() > 0 ? sum.unit() : axis.times(side);
        return new Tag(Kind.FAKE_CONTINUUM, probability, 0, LorentzVector.of(dir.times(pStar), eStar), tr, cl, kl, -1);
    }

    /** B± mass, GeV (PDG 2024). */
    static final double B_MASS = 5.27934;

    /** Charged-pion mass, GeV (PDG 2024): the mass hypothesis of tag-side tracks. */
    static final double PION_MASS = 0.13957;

    /** A cluster as a massless particle from the origin, lab frame. */
    static LorentzVector photon(RecoCluster c) {
        double e = c.energy();
        return new LorentzVector(
                e * Math.sin(c.theta()) * Math.cos(c.phi()),
                e * Math.sin(c.theta()) * Math.sin(c.phi()),
                e * Math.cos(c.theta()),
                e);
    }

    private static boolean ownedBy(int[] owner, int truthIndex, int which) {
        return truthIndex >= 0 && truthIndex < owner.length && owner[truthIndex] == which;
    }

    private static boolean charged(GenEvent truth, int b) {
        return Math.abs(truth.particle(b).pdgId()) == BPairTruth.B_PLUS;
    }

    /**
     * Per generated particle, 0 or 1 when it descends from {@code bs[0]} or {@code bs[1]}, else −1
     * (walking the first-mother links).
     */
    static int[] owners(GenEvent truth, int[] bs) {
        int n = truth.size();
        int[] owner = new int[n];
        for (int i = 0; i < n; i++) {
            owner[i] = -1;
            int j = i;
            // A decay chain is a few tens deep at most; the bound guards against malformed links.
            for (int depth = 0; j >= 0 && depth < n; depth++) {
                if (j == bs[0] || j == bs[1]) {
                    owner[i] = j == bs[0] ? 0 : 1;
                    break;
                }
                j = truth.particle(j).mother1();
            }
        }
        return owner;
    }

    /** Whether the decay chain of particle {@code b} has no neutrino (a mode the FEI can reconstruct). */
    static boolean hadronic(GenEvent truth, int b) {
        GenParticle p = truth.particle(b);
        if (p.firstDaughter() < 0) {
            return true;
        }
        for (int d = p.firstDaughter(); d <= p.lastDaughter(); d++) {
            int id = Math.abs(truth.particle(d).pdgId());
            if (id == 12 || id == 14 || id == 16 || !hadronic(truth, d)) {
                return false;
            }
        }
        return true;
    }
}

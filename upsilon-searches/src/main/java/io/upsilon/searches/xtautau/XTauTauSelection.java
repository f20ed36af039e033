package io.upsilon.searches.xtautau;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import io.upsilon.searches.resonance.OppositeSignPairs;
import io.upsilon.searches.resonance.ResonanceConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The four-track selection of the X -&gt; tau tau search (Belle II PRL 131, 121802): generator-level
 * preselection, fast simulation, exactly four tracks, total charge zero, an opposite-sign pair of tracks
 * that both pass the muon ID (the other two tracks are the one-prong tau decays, any particle), then the
 * configured event cuts on the four-track candidate (M(4 tracks) &lt; 9.5 GeV: the neutrinos of the tau
 * decays carry energy away); every step a cut-flow row.
 *
 * <p>A selected event keeps, for each of its four opposite-sign pairs ({@link OppositeSignPairs}), the
 * mass recoiling against the pair when both its tracks are identified muons, {@code M_rec^2 = s - 2 sqrt(s)
 * E*(mu mu) + M(mu mu)^2} (CM frame, nominal sqrt(s)), or {@link #NOT_A_MUON_PAIR} otherwise (never
 * the closest to a hypothesis), then the features of {@link #PAIR_FEATURES} per pair; the observable is
 * M(4 tracks).
 */
final class XTauTauSelection extends CutFlowSelection {
    /**
     * Per-pair features (CM frame), in the order they are stored for each pair: the muon pair's momentum,
     * the polar angle of the recoil, the visible mass of the other two tracks (the tau decay products), the
     * angle between the recoil and the other pair (the taus follow X), the energy missing in the recoil
     * system (recoil energy minus the other pair's), the opening angle of the other pair, and (the same for
     * every pair) the smallest mass of three of the four tracks: below m_tau for the three-prong decay of
     * e+e- -&gt; tau+ tau- events whose one-prong muon and a pion taken for a muon make the "muon pair".
     */
    static final List<String> PAIR_FEATURES = List.of(
            "pStarMuMu",
            "cosThetaRecoil",
            "mOtherPair",
            "cosRecoilOtherPair",
            "eMissRecoil",
            "cosOpeningOtherPair",
            "minThreeTrackMass");

    /** Features stored per event: the four recoil masses, then the pair features of each pair. */
    static final int EVENT_FEATURES = OppositeSignPairs.eventFeatures(PAIR_FEATURES.size());

    /** The recoil mass stored for a pair that is not two identified muons (GeV; far from any hypothesis). */
    static final float NOT_A_MUON_PAIR = -100f;

    /** The fixed steps before the configured cuts. */
    static final List<String> FIXED_STEPS = List.of(
            "generated",
            "preselection (generator level)",
            "exactly four tracks",
            "total charge zero",
            "opposite-sign muon pair");

    private static final int VIRTUAL_PHOTON = 10022;

    private final ResonanceConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final ParticleListName allMuons;

    XTauTauSelection(ResonanceConfig config, Beam beam) {
        super(config.preselection(), steps(config), EVENT_FEATURES);
        this.config = config;
        this.beam = beam;
        this.allMuons = ParticleListName.parse("mu+:all", table);
    }

    private static List<String> steps(ResonanceConfig config) {
        List<String> s = new ArrayList<>(FIXED_STEPS);
        s.addAll(config.selection().cutNames());
        return s;
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        ResonanceConfig.Selection sel = config.selection();
        if (event.state().trackCount() != sel.tracks()) {
            return 1;
        }
        RecoEvent reco = event.reco();
        EventContext ctx = new EventContext(reco, beam, table);
        List<Particle> tracks =
                ParticleList.fromTracks(allMuons, reco, p -> true).particles();
        double charge = 0;
        for (Particle p : tracks) {
            charge += p.charge();
        }
        if (charge != 0) {
            return 2;
        }
        boolean[] muon = new boolean[tracks.size()];
        int identified = 0;
        LorentzVector[] cms = new LorentzVector[tracks.size()];
        double[] charges = new double[tracks.size()];
        for (int i = 0; i < cms.length; i++) {
            muon[i] = sel.muonCut().test(tracks.get(i), ctx);
            identified += muon[i] ? 1 : 0;
            cms[i] = beam.toCms(tracks.get(i).p4Lab());
            charges[i] = tracks.get(i).charge();
        }
        OppositeSignPairs pairs = new OppositeSignPairs(cms, charges);
        boolean anyPair = false;
        boolean[] muonPair = new boolean[OppositeSignPairs.PAIRS];
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            int[] idx = pairs.trackIndices(k);
            muonPair[k] = muon[idx[0]] && muon[idx[1]];
            anyPair |= muonPair[k];
        }
        if (identified < sel.minIdentifiedMuons() || !anyPair) {
            return 3;
        }
        int passed = 4;
        Particle all = Particle.composite(VIRTUAL_PHOTON, tracks);
        for (int c = 0; c < sel.cuts().size(); c++) {
            if (!sel.cuts().get(c).test(all, ctx)) {
                return passed;
            }
            passed++;
        }
        result.events()
                .add(
                        event.number(),
                        all.p4Lab().m(),
                        event.weight(),
                        features(pairs, muonPair, minThreeTrackMass(cms), beam.sqrtS()));
        return passed;
    }

    /** The recoil mass against a pair (CM four-momentum) at the given sqrt(s); 0 when M_rec^2 &lt; 0. */
    static double recoilMass(LorentzVector pairCms, double sqrtS) {
        double m2 = sqrtS * sqrtS - 2 * sqrtS * pairCms.e() + pairCms.m2();
        return m2 > 0 ? Math.sqrt(m2) : 0;
    }

    /** The smallest invariant mass of three of the four tracks (each combination leaves one track out). */
    static double minThreeTrackMass(LorentzVector[] tracks) {
        double min = Double.POSITIVE_INFINITY;
        for (int out = 0; out < tracks.length; out++) {
            LorentzVector sum = null;
            for (int i = 0; i < tracks.length; i++) {
                if (i != out) {
                    sum = sum == null ? tracks[i] : sum.plus(tracks[i]);
                }
            }
            min = Math.min(min, sum.m());
        }
        return min;
    }

    /** The recoil masses, then the features of each pair (layout in {@link #EVENT_FEATURES}). */
    static float[] features(OppositeSignPairs pairs, boolean[] muonPair, double minThreeTrackMass, double sqrtS) {
        int nf = PAIR_FEATURES.size();
        float[] f = new float[EVENT_FEATURES];
        LorentzVector beams = LorentzVector.of(new Vec3(0, 0, 0), sqrtS);
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            LorentzVector mumu = pairs.pair(k);
            LorentzVector recoil = beams.minus(mumu);
            LorentzVector other = pairs.other(k);
            LorentzVector[] ot = pairs.otherTracks(k);
            f[k] = muonPair[k] ? (float) recoilMass(mumu, sqrtS) : NOT_A_MUON_PAIR;
            int o0 = OppositeSignPairs.PAIRS + k * nf;
            f[o0] = (float) mumu.p();
            f[o0 + 1] = (float) recoil.cosTheta();
            f[o0 + 2] = (float) other.m();
            f[o0 + 3] = (float) OppositeSignPairs.cosAngle(recoil, other);
            f[o0 + 4] = (float) (recoil.e() - other.e());
            f[o0 + 5] = (float) OppositeSignPairs.cosAngle(ot[0], ot[1]);
            f[o0 + 6] = (float) minThreeTrackMass;
        }
        return f;
    }
}

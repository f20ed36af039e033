package io.upsilon.searches.xmumu;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import io.upsilon.searches.resonance.OppositeSignPairs;
import io.upsilon.searches.resonance.ResonanceConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The four-track selection of the X -&gt; mu mu search: generator-level preselection, fast simulation,
 * exactly four tracks, total charge zero, at least the configured number of tracks with muon ID, then
 * the configured event cuts on the four-track candidate (the tracks as muons); every step a cut-flow
 * row. A selected event keeps its four opposite-sign muon pairs (two per pairing, {@link OppositeSignPairs}):
 * their masses and, for each, the features of {@link #PAIR_FEATURES} ({@link OppositeSignPairs}); the
 * observable is M(4 tracks).
 */
final class XMuMuSelection extends CutFlowSelection {
    /** Per-pair features (CM frame), in the order they are stored for each pair. */
    static final List<String> PAIR_FEATURES = List.of(
            "pStarX", "cosThetaStarX", "mOtherPair", "cosXToNearestMuon", "cosHelicityX", "cosOpeningOtherPair");

    /** Features stored per event: the four pair masses, then the pair features of each pair. */
    static final int EVENT_FEATURES = OppositeSignPairs.eventFeatures(PAIR_FEATURES.size());

    /** The fixed steps before the configured cuts. */
    static final List<String> FIXED_STEPS = List.of(
            "generated", "preselection (generator level)", "exactly four tracks", "total charge zero", "muon ID");

    private static final int VIRTUAL_PHOTON = 10022;

    private final ResonanceConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final ParticleListName allMuons;

    XMuMuSelection(ResonanceConfig config, Beam beam) {
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
        int identified = 0;
        for (Particle p : tracks) {
            if (sel.muonCut().test(p, ctx)) {
                identified++;
            }
        }
        if (identified < sel.minIdentifiedMuons()) {
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
        LorentzVector[] cms = new LorentzVector[tracks.size()];
        double[] charges = new double[tracks.size()];
        for (int i = 0; i < cms.length; i++) {
            cms[i] = beam.toCms(tracks.get(i).p4Lab());
            charges[i] = tracks.get(i).charge();
        }
        result.events()
                .add(event.number(), all.p4Lab().m(), event.weight(), features(new OppositeSignPairs(cms, charges)));
        return passed;
    }

    /** The masses, then the features of each pair (layout in {@link #EVENT_FEATURES}). */
    static float[] features(OppositeSignPairs pairs) {
        int nf = PAIR_FEATURES.size();
        float[] f = new float[EVENT_FEATURES];
        for (int k = 0; k < OppositeSignPairs.PAIRS; k++) {
            f[k] = (float) pairs.mass(k);
            LorentzVector x = pairs.pair(k);
            LorentzVector o = pairs.other(k);
            LorentzVector[] om = pairs.otherTracks(k);
            double nearest = Math.max(cosAngle(x, om[0]), cosAngle(x, om[1]));
            LorentzVector muPlus = pairs.positive(k).inRestFrameOf(x);
            double helicity = x.p() > 0 && muPlus.p() > 0 ? muPlus.p3().dot(x.p3()) / (muPlus.p() * x.p()) : 0;
            int o0 = OppositeSignPairs.PAIRS + k * nf;
            f[o0] = (float) x.p();
            f[o0 + 1] = (float) x.cosTheta();
            f[o0 + 2] = (float) o.m();
            f[o0 + 3] = (float) nearest;
            f[o0 + 4] = (float) helicity;
            f[o0 + 5] = (float) cosAngle(om[0], om[1]);
        }
        return f;
    }

    private static double cosAngle(LorentzVector a, LorentzVector b) {
        return OppositeSignPairs.cosAngle(a, b);
    }
}

package io.upsilon.searches.taualpha;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.detector.SimulationRun;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.ThreeByOne;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The event selection of the τ → ℓα search as a {@link SampleProduction.EventAnalysis}, both
 * channels in one pass: generator-level preselection, fast simulation, four good tracks with zero
 * net charge, L1 trigger, a 3×1 split by the thrust axis (CM frame, tracks and neutral clusters),
 * then per channel the lepton identification of the single track and the thrust, missing-momentum
 * and tag-side cuts. Selected events keep x_ℓ (the observable) and the features of {@link #FEATURES}.
 *
 * <p>x_ℓ = 2E*_ℓ/m_τ with E*_ℓ the lepton energy in the τ pseudo-rest frame (PHYSICS.md §4.4): in the
 * CM frame the signal τ is given the energy √s/2 and the direction opposite to the three-track
 * momentum, and the lepton (track momentum with the lepton mass) is boosted into its rest frame.
 */
final class TauAlphaSelection implements SampleProduction.EventAnalysis<ChannelResults<Channel>> {
    /** Feature index: lab momentum of the signal track, GeV. */
    static final int F_P_LAB = 0;

    /** Feature index: 1 if the signal track is a generated lepton of the channel's flavour, else 0. */
    static final int F_TRUE_LEPTON = 1;

    /** Names of the per-event features. */
    static final List<String> FEATURES = List.of("pLabLepton", "trueLepton", "thrust", "eStarTag", "mTag");

    /** The cut-flow steps (the same for both channels). */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level, >= 3 charged in CDC)",
            "four good tracks, zero net charge",
            "L1 trigger",
            "3x1 topology (thrust hemispheres)",
            "lepton ID of the 1-prong track",
            "thrust",
            "missing-momentum polar angle",
            "tag energy E*_3h",
            "tag mass M_3h");

    private static final int PION = 211;

    private final TauAlphaConfig config;
    private final Beam beam;
    private final double mTau;
    private final double mPi;
    private final Map<Channel, Double> leptonMass = new EnumMap<>(Channel.class);
    private final double[] rangeTheta;

    TauAlphaSelection(TauAlphaConfig config, Beam beam) {
        this.config = config;
        this.beam = beam;
        ParticleTable table = ParticleTable.standard();
        this.mTau = table.byId(15).mass();
        this.mPi = table.byId(PION).mass();
        for (Channel c : Channel.values()) {
            leptonMass.put(c, table.byId(c.pdgId()).mass());
        }
        this.rangeTheta = config.selection().missingTheta().clone();
    }

    @Override
    public ChannelResults<Channel> newResult() {
        return ChannelResults.empty(Channel.class, STEPS, FEATURES.size());
    }

    @Override
    public ChannelResults<Channel> merge(ChannelResults<Channel> a, ChannelResults<Channel> b) {
        return a.merge(b);
    }

    @Override
    public void accept(
            EventBuffer generated, SimulationRun detector, long number, double weight, ChannelResults<Channel> result) {
        int passed = 0;
        Topology topo = null;
        if (preselected(generated)) {
            passed = 1;
            detector.process(generated);
            RecoEvent event = detector.lastEvent(number, false);
            topo = topology(event, generated);
            passed += topo.commonPassed;
        }
        for (Channel c : Channel.values()) {
            int p = passed;
            if (topo != null && topo.commonPassed == 3) {
                p = channel(c, topo, number, weight, result, p);
            }
            result.flow(c).pass(p, weight);
        }
    }

    /** The channel-independent part of the reconstruction. */
    private static final class Topology {
        int commonPassed;
        RecoTrack lepton;
        LorentzVector leptonLab;
        boolean trueLepton;
        int truePdg;
        double thrust;
        LorentzVector tagCms;
        Vec3 missingCms;
    }

    private Topology topology(RecoEvent event, EventBuffer generated) {
        Topology t = new Topology();
        TauAlphaConfig.Selection sel = config.selection();
        List<RecoTrack> good = ThreeByOne.goodTracks(event, sel.d0Max(), sel.z0Max(), sel.ptMin());
        if (good.size() != 4 || ThreeByOne.charge(good) != 0) {
            return t;
        }
        t.commonPassed = 1;
        if (!event.triggered()) {
            return t;
        }
        t.commonPassed = 2;
        ThreeByOne.Split split = ThreeByOne.split(good, event.clusters(), beam, mPi, sel.photonEMin());
        if (split == null) {
            return t;
        }
        t.commonPassed = 3;
        int li = split.single();
        t.lepton = good.get(li);
        LorentzVector tag = LorentzVector.ZERO;
        for (int i = 0; i < 4; i++) {
            if (i != li) {
                tag = tag.plus(split.trackCms().get(i));
            }
        }
        t.tagCms = tag;
        t.thrust = split.thrust();
        t.missingCms = split.visibleCms().p3().negate();
        int truth = t.lepton.truthIndex();
        t.truePdg = truth >= 0 && truth < generated.size() ? Math.abs(generated.pdgId(truth)) : 0;
        return t;
    }

    private int channel(Channel c, Topology t, long number, double weight, ChannelResults<Channel> result, int passed) {
        TauAlphaConfig.Selection sel = config.selection();
        double id =
                c == Channel.E ? t.lepton.pid().electronId() : t.lepton.pid().muonId();
        double idMin = c == Channel.E ? sel.electronIdMin() : sel.muonIdMin();
        if (!(id > idMin)) {
            return passed;
        }
        passed++;
        if (!inside(t.thrust, sel.thrust(c))) {
            return passed;
        }
        passed++;
        double thetaMiss = t.missingCms.theta();
        if (!(thetaMiss >= rangeTheta[0] && thetaMiss <= rangeTheta[1])) {
            return passed;
        }
        passed++;
        if (!inside(t.tagCms.e(), sel.tagEnergy(c))) {
            return passed;
        }
        passed++;
        double mTag = t.tagCms.m();
        if (!inside(mTag, sel.tagMass())) {
            return passed;
        }
        passed++;
        LorentzVector leptonCms = beam.toCms(LorentzVector.fromMomentumAndMass(t.lepton.momentum(), leptonMass.get(c)));
        double x = xLepton(leptonCms, t.tagCms.p3(), beam.eStarBeam(), mTau);
        boolean trueLepton = t.truePdg == c.pdgId();
        result.events(c).add(number, x, weight, new float[] {
            (float) t.lepton.momentum().mag(),
            trueLepton ? 1f : 0f,
            (float) t.thrust,
            (float) t.tagCms.e(),
            (float) mTag
        });
        return passed;
    }

    /**
     * x_ℓ = 2E*_ℓ/m_τ in the τ pseudo-rest frame (PHYSICS.md §4.4).
     *
     * @param leptonCms the lepton four-momentum, CM frame
     * @param tagMomentumCms the three-track momentum, CM frame (the signal τ flies opposite to it)
     * @param tauEnergy the τ energy assumed, √s/2
     * @param mTau the τ mass
     */
    static double xLepton(LorentzVector leptonCms, Vec3 tagMomentumCms, double tauEnergy, double mTau) {
        double pTau = Math.sqrt(Math.max(tauEnergy * tauEnergy - mTau * mTau, 0));
        Vec3 dir = tagMomentumCms.mag2() > 0 ? tagMomentumCms.unit().negate() : Vec3.Z;
        LorentzVector tau = LorentzVector.of(dir.times(pTau), tauEnergy);
        return 2 * leptonCms.inRestFrameOf(tau).e() / mTau;
    }

    private static boolean inside(double v, double[] range) {
        return v >= range[0] && v <= range[1];
    }

    /** The generator-level preselection of the configuration. */
    boolean preselected(EventBuffer ev) {
        return config.preselection().accepts(ev);
    }
}

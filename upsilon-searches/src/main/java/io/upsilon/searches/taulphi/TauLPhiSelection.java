package io.upsilon.searches.taulphi;

import io.upsilon.analysis.shape.Hemispheres;
import io.upsilon.analysis.shape.Thrust;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.detector.SimulationRun;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.SampleProduction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The event selection of the τ → ℓφ search as a {@link SampleProduction.EventAnalysis}, both
 * channels in one pass: generator-level preselection, fast simulation, four or six good tracks
 * with zero net charge, L1 trigger, thrust hemispheres (CM frame, tracks and neutral clusters)
 * with a three-track signal hemisphere of charge ±1 and one or three tracks on the tag side
 * (inclusive), then per channel the ℓK+K− assignment (the lepton is one of the two same-sign
 * tracks, the kaons the other two), lepton ID, kaon ID on both kaons, M(K+K−) in the φ window and
 * (M_ℓKK, ΔE) inside the analysis window. Selected events keep M = M(ℓKK) as the observable and
 * the features of {@link #FEATURES}. With a 3×3 topology both hemispheres are tried; among the
 * candidates that go furthest the one with M(KK) closest to the φ mass is kept.
 *
 * <p>M = M(ℓKK) with the lepton and kaon mass hypotheses; ΔE = E*(ℓKK) − √s/2 with √s from the
 * beam object (PHYSICS.md §5).
 */
final class TauLPhiSelection implements SampleProduction.EventAnalysis<ChannelResults<Channel>> {
    /** Feature index: ΔE = E*(ℓKK) − √s/2, GeV. */
    static final int F_DELTA_E = 0;

    /** Feature index: M(K+K−), GeV. */
    static final int F_M_KK = 1;

    /** Feature index: 1 if the lepton track is a generated lepton of the channel's flavour. */
    static final int F_TRUE_LEPTON = 2;

    /** Names of the per-event features. */
    static final List<String> FEATURES = List.of("deltaE", "mKK", "trueLepton");

    /** The cut-flow steps (the same for both channels). */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level, >= 3 charged in CDC)",
            "4 or 6 good tracks, zero net charge",
            "L1 trigger",
            "3-prong signal hemisphere (charge +-1) vs 1- or 3-prong tag",
            "lepton ID",
            "kaon ID on both kaons",
            "M(K+K-) in the phi window",
            "(M, Delta E) in the analysis window");

    private final TauLPhiConfig config;
    private final Beam beam;
    private final double mKaon;
    private final double mPhi;
    private final double halfSqrtS;
    private final Map<Channel, Double> leptonMass = new EnumMap<>(Channel.class);

    TauLPhiSelection(TauLPhiConfig config, Beam beam) {
        this.config = config;
        this.beam = beam;
        ParticleTable table = ParticleTable.standard();
        this.mKaon = table.byId(321).mass();
        this.mPhi = table.byId(333).mass();
        this.halfSqrtS = beam.sqrtS() / 2;
        for (Channel c : Channel.values()) {
            leptonMass.put(c, table.byId(c.pdgId()).mass());
        }
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
            topo = topology(event);
            passed += topo.commonPassed;
        }
        for (Channel c : Channel.values()) {
            int p = passed;
            if (topo != null && topo.commonPassed == 3) {
                p = channel(c, topo, generated, number, weight, result);
            }
            result.flow(c).pass(p, weight);
        }
    }

    /** The channel-independent part: good tracks and the candidate signal hemispheres. */
    private static final class Topology {
        int commonPassed;
        final List<RecoTrack> tracks = new ArrayList<>(6);
        final List<List<Integer>> signalSides = new ArrayList<>(2);
    }

    private Topology topology(RecoEvent event) {
        Topology t = new Topology();
        TauLPhiConfig.Selection sel = config.selection();
        int charge = 0;
        for (RecoTrack tr : event.tracks()) {
            if (Math.abs(tr.d0()) < sel.d0Max()
                    && Math.abs(tr.z0()) < sel.z0Max()
                    && tr.momentum().perp() > sel.ptMin()) {
                t.tracks.add(tr);
                charge += tr.charge();
            }
        }
        int n = t.tracks.size();
        if ((n != 4 && n != 6) || charge != 0) {
            return t;
        }
        t.commonPassed = 1;
        if (!event.triggered()) {
            return t;
        }
        t.commonPassed = 2;
        List<Vec3> cms = new ArrayList<>();
        for (RecoTrack tr : t.tracks) {
            cms.add(beam.toCms(LorentzVector.fromMomentumAndMass(tr.momentum(), mKaon))
                    .p3());
        }
        for (RecoCluster cl : event.clusters()) {
            if (cl.isNeutral() && cl.energy() > sel.photonEMin()) {
                cms.add(beam.toCms(LorentzVector.of(Vec3.fromPolar(cl.energy(), cl.theta(), cl.phi()), cl.energy()))
                        .p3());
            }
        }
        Thrust thrust = Thrust.of(cms);
        Hemispheres hemi = Hemispheres.of(cms, thrust.axis());
        List<Integer> pos = hemi.positive().stream().filter(i -> i < n).toList();
        List<Integer> neg = hemi.negative().stream().filter(i -> i < n).toList();
        for (List<Integer> side : List.of(pos, neg)) {
            List<Integer> other = side == pos ? neg : pos;
            if (side.size() == 3 && (other.size() == 1 || other.size() == 3)) {
                int q = 0;
                for (int i : side) {
                    q += t.tracks.get(i).charge();
                }
                if (Math.abs(q) == 1) {
                    t.signalSides.add(side);
                }
            }
        }
        if (!t.signalSides.isEmpty()) {
            t.commonPassed = 3;
        }
        return t;
    }

    /** Tries every signal hemisphere and lepton assignment; returns the last step passed. */
    private int channel(
            Channel c, Topology t, EventBuffer generated, long number, double weight, ChannelResults<Channel> result) {
        TauLPhiConfig.Selection sel = config.selection();
        int best = 4;
        double bestDist = Double.POSITIVE_INFINITY;
        double[] bestValues = null;
        int bestLepton = -1;
        double ml = leptonMass.get(c);
        for (List<Integer> side : t.signalSides) {
            int q = 0;
            for (int i : side) {
                q += t.tracks.get(i).charge();
            }
            for (int li : side) {
                if (t.tracks.get(li).charge() != q) {
                    continue; // the lepton carries the tau charge; the odd-sign track is a kaon
                }
                RecoTrack lepton = t.tracks.get(li);
                List<RecoTrack> kaons = new ArrayList<>(2);
                for (int k : side) {
                    if (k != li) {
                        kaons.add(t.tracks.get(k));
                    }
                }
                int step = 4;
                double id = c == Channel.E
                        ? lepton.pid().electronId()
                        : lepton.pid().muonId();
                double idMin = c == Channel.E ? sel.electronIdMin() : sel.muonIdMin();
                double[] values = null;
                double dist = Double.POSITIVE_INFINITY;
                if (id > idMin) {
                    step = 5;
                    if (kaons.get(0).pid().kaonId() > sel.kaonIdMin()
                            && kaons.get(1).pid().kaonId() > sel.kaonIdMin()) {
                        step = 6;
                        LorentzVector k1 =
                                LorentzVector.fromMomentumAndMass(kaons.get(0).momentum(), mKaon);
                        LorentzVector k2 =
                                LorentzVector.fromMomentumAndMass(kaons.get(1).momentum(), mKaon);
                        LorentzVector kk = k1.plus(k2);
                        double mKK = kk.m();
                        dist = Math.abs(mKK - mPhi);
                        if (dist < sel.phiWindow()) {
                            step = 7;
                            LorentzVector tau = kk.plus(LorentzVector.fromMomentumAndMass(lepton.momentum(), ml));
                            double m = tau.m();
                            double de = beam.toCms(tau).e() - halfSqrtS;
                            if (inside(m, sel.mass()) && inside(de, sel.deltaE())) {
                                step = 8;
                                values = new double[] {m, de, mKK};
                            }
                        }
                    }
                }
                if (step > best || (step == best && dist < bestDist)) {
                    best = step;
                    bestDist = dist;
                    bestValues = values;
                    bestLepton = lepton.truthIndex();
                }
            }
        }
        if (best == 8) {
            int pdg = bestLepton >= 0 && bestLepton < generated.size() ? Math.abs(generated.pdgId(bestLepton)) : 0;
            result.events(c).add(number, bestValues[0], weight, new float[] {
                (float) bestValues[1], (float) bestValues[2], pdg == c.pdgId() ? 1f : 0f
            });
        }
        return best;
    }

    private static boolean inside(double v, double[] range) {
        return v >= range[0] && v <= range[1];
    }

    /**
     * At least {@code chargedMin} charged final-state particles inside the CDC polar-angle range.
     * The reconstruction needs four good tracks; the tracking acceptance uses the true direction, so
     * an event failing this can reach four tracks only with two or more fake tracks.
     */
    boolean preselected(EventBuffer ev) {
        return config.preselection().accepts(ev);
    }
}

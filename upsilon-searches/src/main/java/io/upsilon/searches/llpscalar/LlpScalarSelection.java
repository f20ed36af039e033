package io.upsilon.searches.llpscalar;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.FoxWolfram;
import io.upsilon.analysis.vertex.ImpactParameterResolution;
import io.upsilon.analysis.vertex.VertexFit;
import io.upsilon.analysis.vertex.VertexFitter;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.PidLikelihoods;
import io.upsilon.core.event.RecoCluster;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.detector.TrackingCard;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconstruction of B+ -&gt; K+ S, S -&gt; x+ x- with S decaying at a displaced vertex, for one final
 * state:
 *
 * <ol>
 *   <li>K+: a track with kaonID above the cut that comes from the interaction region (|d0|); for B0 -&gt;
 *       K*0 S, a K*0: such a kaon and an opposite-charge pion from the interaction region with M(K pi)
 *       in the K*0 window;
 *   <li>S: two opposite-charge tracks (not the kaon), both identified as x, whose common vertex ({@link
 *       VertexFitter}: least squares with the covariance from the card's impact-parameter resolution) has
 *       a chi^2 below the cut;
 *   <li>displaced: the vertex's transverse distance from the beam axis in the range;
 *   <li>vetoes: the pair as pi+ pi- not a K_S0 (except for the pi pi final state, where M(x x) itself
 *       is vetoed), as p pi not a Lambda (either assignment), as e+ e- not a photon conversion, and M(x x)
 *       outside the final state's peaking-background windows;
 *   <li>pointing: the angle alpha between the vertex position (from the interaction point) and the pair
 *       momentum, cos(alpha) above the cut: an S from the B flies from the B vertex (tens of microns from
 *       the interaction point) along its momentum;
 *   <li>B+ (B0): Mbc above and |Delta E| below their cuts (CM frame);
 *   <li>R2 (Fox-Wolfram H2/H0 of every track and neutral cluster, CM frame) below the cut, against the
 *       continuum.
 * </ol>
 *
 * <p>With several candidates the one with the smallest |Delta E| is kept. The observable is the reduced
 * mass m_red = sqrt(M(x x)^2 - 4 m_x^2). For simulated signal every event with a generated S is
 * recorded, selected or not (feature {@link #F_SELECTED}), with the S decay radius and proper decay
 * length, for the efficiency versus radius and the lifetime dependence.
 */
final class LlpScalarSelection extends CutFlowSelection {
    /** Feature: M(x x), GeV. */
    static final int F_PAIR_MASS = 0;

    /** Feature: transverse distance of the fitted S vertex, cm. */
    static final int F_RADIUS = 1;

    /** Feature: cos(alpha) of the pointing. */
    static final int F_COS_POINTING = 2;

    /** Feature: vertex-fit chi^2. */
    static final int F_CHI2 = 3;

    /** Feature: Mbc, GeV. */
    static final int F_MBC = 4;

    /** Feature: Delta E, GeV. */
    static final int F_DELTA_E = 5;

    /** Feature: R2. */
    static final int F_R2 = 6;

    /** Feature: generated transverse radius of the S decay, cm (NaN without a generated S). */
    static final int F_TRUE_RADIUS = 7;

    /** Feature: generated proper decay length of S, cm (NaN without a generated S). */
    static final int F_TRUE_DECAY_LENGTH = 8;

    /** Feature: 1 if the event passed the selection, else 0 (only signal events are kept unselected). */
    static final int F_SELECTED = 9;

    /** Feature: the generated mass of the S, GeV (NaN without one). */
    static final int F_TRUE_MASS = 10;

    /** Names of the features. */
    static final List<String> FEATURES = List.of(
            "pairMass",
            "vertexRadius",
            "cosPointing",
            "vertexChi2",
            "Mbc",
            "deltaE",
            "R2",
            "trueRadius",
            "trueDecayLength",
            "selected",
            "trueMass");

    /** The steps of the cut flow. */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level: >= 3 charged in CDC; backgrounds: a K x x triple near the B window)",
            "K+ candidate (K*0 -> K+ pi- for B0 -> K*0 S)",
            "S -> x+ x- vertex (PID, vertex chi2)",
            "displaced vertex (transverse distance)",
            "K_S0, Lambda, conversion and peaking vetoes",
            "pointing cos(alpha)",
            "B+ in Mbc and Delta E",
            "R2");

    /** PDG id of the dark scalar S (the numbering scheme's spin-0 dark mediator, as the generator). */
    static final int SCALAR_ID = 54;

    private static final int B_PLUS = 521;
    private static final int B_ZERO = 511;
    private static final int K_STAR_ZERO = 313;
    private static final int S_CANDIDATE = 54;

    private final LlpScalarConfig.FinalState fs;
    private final LlpScalarConfig.Selection cut;
    private final Beam beam;
    private final VertexFitter fitter;
    private final ParticleData kaon;
    private final ParticleData pion;
    private final ParticleData proton;
    private final ParticleData electron;
    private final double ksMass;
    private final double lambdaMass;
    private final double kstarMass;

    LlpScalarSelection(LlpScalarConfig cfg, LlpScalarConfig.FinalState fs, Beam beam, TrackingCard tracking) {
        super(cfg.preselection(), STEPS, FEATURES.size());
        this.fs = fs;
        this.cut = cfg.selection();
        this.beam = beam;
        ParticleTable table = ParticleTable.standard();
        this.kaon = table.byName("K+");
        this.pion = table.byName("pi+");
        this.proton = table.byName("p+");
        this.electron = table.byName("e+");
        this.ksMass = table.byName("K_S0").mass();
        this.lambdaMass = table.byName("Lambda0").mass();
        this.kstarMass = table.byName("K*0").mass();
        this.fitter = new VertexFitter(new ImpactParameterResolution(
                tracking.d0Constant(),
                tracking.d0MultipleScattering(),
                tracking.z0Constant(),
                tracking.z0MultipleScattering()));
    }

    /** The B's prompt hadron (a K+ or a K*0) and its tracks ({@code pion} -1 for a K+). */
    private record Hadron(Particle particle, int kaon, int pion) {
        boolean sharesTrack(Particle pair) {
            return pair.usesTrack(kaon) || (pion >= 0 && pair.usesTrack(pion));
        }
    }

    /** One S -&gt; x x candidate with its vertex. */
    private record PairCandidate(Particle pair, VertexFit vertex, double radius, double cosPointing, int step) {}

    /** The final state this selection reconstructs. */
    LlpScalarConfig.FinalState finalState() {
        return fs;
    }

    /** {@link #select} for {@link FinalStateSelections}, which simulates once for every final state. */
    int selectSimulated(SimulatedEvent event, SelectionResult result) {
        return select(event, result);
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        Truth truth = truth(event.generated());
        RecoEvent reco = event.reco();
        List<Hadron> hadrons = hadrons(reco);
        int step = 1;
        Particle best = null;
        PairCandidate bestPair = null;
        double bestDe = Double.POSITIVE_INFINITY;
        double bestMbc = 0;
        if (!hadrons.isEmpty()) {
            step = 2;
            List<PairCandidate> pairs = pairs(reco);
            for (PairCandidate pc : pairs) {
                step = Math.max(step, pc.step());
            }
            for (Hadron h : hadrons) {
                for (PairCandidate pc : pairs) {
                    if (pc.step() < 6 || h.sharesTrack(pc.pair())) {
                        continue;
                    }
                    Particle b = Particle.composite(fs.kstar() ? B_ZERO : B_PLUS, List.of(h.particle(), pc.pair()));
                    LorentzVector cms = beam.toCms(b.p4Lab());
                    double de = cms.e() - beam.eStarBeam();
                    double m2 = beam.eStarBeam() * beam.eStarBeam() - cms.p2();
                    double mbc = m2 > 0 ? Math.sqrt(m2) : 0;
                    if (mbc > cut.mbcMin() && Math.abs(de) < fs.deltaEMax()) {
                        step = Math.max(step, 7);
                        if (Math.abs(de) < bestDe) {
                            best = b;
                            bestPair = pc;
                            bestDe = Math.abs(de);
                            bestMbc = mbc;
                        }
                    }
                }
            }
        }
        double r2 = Double.NaN;
        if (best != null) {
            r2 = r2(reco);
            if (r2 < fs.r2Max()) {
                step = 8;
            }
        }
        boolean selected = step == 8;
        if (selected || truth != null) {
            float nan = Float.NaN;
            double pairMass = selected ? bestPair.pair().p4Lab().m() : Double.NaN;
            double de = selected ? beam.toCms(best.p4Lab()).e() - beam.eStarBeam() : Double.NaN;
            result.events()
                    .add(event.number(), Resolution.reduced(pairMass, fs.daughterMass()), event.weight(), new float[] {
                        (float) pairMass,
                        selected ? (float) bestPair.radius() : nan,
                        selected ? (float) bestPair.cosPointing() : nan,
                        selected ? (float) bestPair.vertex().chi2() : nan,
                        selected ? (float) bestMbc : nan,
                        (float) de,
                        (float) r2,
                        truth != null ? (float) truth.radius() : nan,
                        truth != null ? (float) truth.decayLength() : nan,
                        selected ? 1f : 0f,
                        truth != null ? (float) truth.mass() : nan
                    });
        }
        return step;
    }

    /**
     * The prompt hadron system of the B: each identified kaon from the interaction region (B+ -&gt; K+ S),
     * or each K+ pi- (or K- pi+) pair of such tracks within the K*0 mass window (B0 -&gt; K*0 S).
     */
    private List<Hadron> hadrons(RecoEvent reco) {
        List<RecoTrack> kaons = new ArrayList<>();
        for (RecoTrack t : reco.tracks()) {
            if (t.pid().kaonId() > cut.kaonId() && Math.abs(t.d0()) < cut.kaonD0Max()) {
                kaons.add(t);
            }
        }
        List<Hadron> out = new ArrayList<>();
        for (RecoTrack k : kaons) {
            Particle pk = Particle.fromTrack(k, kaon);
            if (!fs.kstar()) {
                out.add(new Hadron(pk, k.index(), -1));
                continue;
            }
            for (RecoTrack pi : reco.tracks()) {
                if (pi.charge() != -k.charge()
                        || pi.index() == k.index()
                        || !(pi.pid().pionId() > cut.kstarPionId())
                        || !(Math.abs(pi.d0()) < cut.kaonD0Max())) {
                    continue;
                }
                Particle kstar = Particle.composite(K_STAR_ZERO, List.of(pk, Particle.fromTrack(pi, pion)));
                if (Math.abs(kstar.p4Lab().m() - kstarMass) < cut.kstarMassWindow()) {
                    out.add(new Hadron(kstar, k.index(), pi.index()));
                }
            }
        }
        return out;
    }

    /** Every opposite-charge pair of identified x tracks, with the last step each passes (3 to 6). */
    private List<PairCandidate> pairs(RecoEvent reco) {
        List<PairCandidate> out = new ArrayList<>();
        for (RecoTrack a : reco.tracks()) {
            if (a.charge() != 1 || id(a.pid()) <= fs.pidMin()) {
                continue;
            }
            for (RecoTrack b : reco.tracks()) {
                if (b.charge() != -1 || id(b.pid()) <= fs.pidMin()) {
                    continue;
                }
                Particle pa = Particle.fromTrack(a, fs.daughter());
                Particle pb = Particle.fromTrack(b, fs.daughter());
                VertexFit v = fitter.fit(List.of(pa, pb));
                if (v == null || !(v.chi2() < cut.vertexChi2Max())) {
                    continue;
                }
                Particle pair = Particle.composite(S_CANDIDATE, List.of(pa, pb), v.position());
                Vec3 x = v.position();
                double radius = Math.hypot(x.x(), x.y());
                Vec3 p = pair.p4Lab().p3();
                double cos = x.mag() > 0 && p.mag() > 0 ? x.dot(p) / (x.mag() * p.mag()) : -1;
                int step = 3;
                if (radius > cut.radiusMin() && radius < cut.radiusMax()) {
                    step = 4;
                    if (!vetoed(a, b, pair.p4Lab().m())) {
                        step = 5;
                        if (cos > fs.cosPointingMin()) {
                            step = 6;
                        }
                    }
                }
                out.add(new PairCandidate(pair, v, radius, cos, step));
            }
        }
        return out;
    }

    /** The K_S0, Lambda, conversion and peaking-background vetoes of a pair a (+), b (-). */
    private boolean vetoed(RecoTrack a, RecoTrack b, double pairMass) {
        if (fs.vetoed(pairMass)) {
            return true;
        }
        if (fs.daughter() != pion && Math.abs(mass(a, pion, b, pion) - ksMass) < cut.ksVeto()) {
            return true;
        }
        if (Math.abs(mass(a, proton, b, pion) - lambdaMass) < cut.lambdaVeto()
                || Math.abs(mass(a, pion, b, proton) - lambdaMass) < cut.lambdaVeto()) {
            return true;
        }
        return mass(a, electron, b, electron) < cut.conversionMassMax();
    }

    private static double mass(RecoTrack a, ParticleData ha, RecoTrack b, ParticleData hb) {
        return LorentzVector.fromMomentumAndMass(a.momentum(), ha.mass())
                .plus(LorentzVector.fromMomentumAndMass(b.momentum(), hb.mass()))
                .m();
    }

    private double id(PidLikelihoods pid) {
        return switch (fs.pid()) {
            case "electron" -> pid.electronId();
            case "muon" -> pid.muonId();
            case "kaon" -> pid.kaonId();
            default -> pid.pionId();
        };
    }

    /** R2 of the event: every track (as a pion) and neutral cluster, CM frame. */
    private double r2(RecoEvent reco) {
        List<Vec3> momenta = new ArrayList<>();
        for (RecoTrack t : reco.tracks()) {
            momenta.add(beam.toCms(LorentzVector.fromMomentumAndMass(t.momentum(), pion.mass()))
                    .p3());
        }
        for (RecoCluster c : reco.clusters()) {
            if (c.isNeutral()) {
                momenta.add(beam.toCms(LorentzVector.of(Vec3.fromPolar(c.energy(), c.theta(), c.phi()), c.energy()))
                        .p3());
            }
        }
        return momenta.size() < 2 ? Double.NaN : FoxWolfram.of(momenta, 2).r(2);
    }

    /** The generated S: its decay radius, proper decay length and mass. */
    record Truth(double radius, double decayLength, double mass) {}

    /** The first generated S of the event with its decay (null when there is none). */
    static Truth truth(EventBuffer g) {
        for (int i = 0; i < g.size(); i++) {
            if (Math.abs(g.pdgId(i)) != SCALAR_ID) {
                continue;
            }
            // Only events with an S pay for the event record (its daughter links).
            int d = g.toEvent(0).particle(i).firstDaughter();
            if (d < 0) {
                return null;
            }
            double dx = g.vertexX(d) - g.vertexX(i);
            double dy = g.vertexY(d) - g.vertexY(i);
            double dz = g.vertexZ(d) - g.vertexZ(i);
            LorentzVector p = g.momentum(i);
            double m = p.m();
            double flight = Math.sqrt(dx * dx + dy * dy + dz * dz);
            return new Truth(Math.hypot(g.vertexX(d), g.vertexY(d)), flight * m / p.p(), m);
        }
        return null;
    }
}

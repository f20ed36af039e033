package io.upsilon.searches.charmlifetimes;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.vertex.BeamSpotDecayTime;
import io.upsilon.analysis.vertex.ImpactParameterResolution;
import io.upsilon.analysis.vertex.TrueDecayTimes;
import io.upsilon.analysis.vertex.VertexFit;
import io.upsilon.analysis.vertex.VertexFitter;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.beam.LuminousRegion;
import io.upsilon.core.event.GenEvent;
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
import java.util.Map;

/**
 * The reconstruction of the three modes and of each candidate's decay time:
 *
 * <ol>
 *   <li>kaons (kaonID cut), protons (protonID cut) and pions (every track) of opposite or equal
 *       charges as the mode needs: K- pi+, K- pi+ pi+, p K- pi+ and charge conjugates; the mass
 *       within {@code mass_half_range_gev} of the nominal one;
 *   <li>D0 only: a slow pion of the D*+ charge with Delta m = m(K pi pi_s) - m(K pi) in the window;
 *       every mode: p*(D) above 2.5 GeV (no charm from B decays);
 *   <li>the decay vertex of the daughters ({@link VertexFitter}, chi2/ndf cut), the production point
 *       from the beam spot and t with its error ({@link BeamSpotDecayTime}), the error below its cut.
 * </ol>
 *
 * <p>Every candidate is kept (several per event are rare). Its observable is t (ps); the features
 * hold the mode, sigma(t), m - m(nominal), Delta m, p*, truth match and the generated proper time.
 * Its weight is the event's times the mode's real branching fraction (the sample forces the mode).
 */
final class CharmSelection extends CutFlowSelection {
    /** Feature: the mode's ordinal. */
    static final int F_MODE = 0;
    /** Feature: sigma(t), ps. */
    static final int F_SIGMA = 1;
    /** Feature: m - m(nominal), GeV. */
    static final int F_MASS = 2;
    /** Feature: Delta m (D0 only, else NaN), GeV. */
    static final int F_DELTA_M = 3;
    /** Feature: p* of the charmed hadron, GeV. */
    static final int F_PSTAR = 4;
    /** Feature: 1 if every daughter comes from one generated hadron of the mode, else 0. */
    static final int F_MATCHED = 5;
    /** Feature: that hadron's generated proper time, ps (NaN when unmatched). */
    static final int F_TRUE_T = 6;
    /** Feature: the decay-vertex chi2/ndf. */
    static final int F_CHI2 = 7;

    /** Names of the features. */
    static final List<String> FEATURES =
            List.of("mode", "sigmaT", "massDiff", "deltaM", "pStar", "truthMatched", "trueT", "vertexChi2Ndf");

    /** The steps of the cut flow (an event enters at the last step any of its candidates passed). */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level, >= 3 charged in CDC)",
            "K pi / K pi pi / p K pi candidate in the mass range",
            "p*(D) > cut (and D*+ Delta m for D0)",
            "decay vertex, decay time and its error");

    private static final int DSTAR = 413;

    private final CharmLifetimesConfig.Selection sel;
    private final Map<CharmMode, Double> bf;
    private final Beam beam;
    private final LuminousRegion spot;
    private final VertexFitter fitter;
    private final ParticleData kaon;
    private final ParticleData pion;
    private final ParticleData proton;
    private final double[] nominal = new double[CharmMode.values().length];

    CharmSelection(CharmLifetimesConfig cfg, Beam beam, TrackingCard tracking) {
        super(cfg.preselection(), STEPS, FEATURES.size());
        this.sel = cfg.selection();
        this.bf = cfg.branchingFractions();
        this.beam = beam;
        this.spot = beam.luminousRegion();
        this.fitter = new VertexFitter(new ImpactParameterResolution(
                tracking.d0Constant(),
                tracking.d0MultipleScattering(),
                tracking.z0Constant(),
                tracking.z0MultipleScattering()));
        ParticleTable table = ParticleTable.standard();
        this.kaon = table.byName("K+");
        this.pion = table.byName("pi+");
        this.proton = table.byName("p+");
        for (CharmMode m : CharmMode.values()) {
            nominal[m.ordinal()] = table.byId(m.pdg()).mass();
        }
    }

    /** The generator's mean lifetime of the mode's hadron (the particle table, PDG 2024), ps. */
    static double inputLifetimePs(CharmMode mode) {
        return ParticleTable.standard().byId(mode.pdg()).lifetime() * 1e12;
    }

    /** The nominal mass of the mode's hadron, GeV. */
    double nominalMass(CharmMode mode) {
        return nominal[mode.ordinal()];
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        List<RecoTrack> tracks = event.reco().tracks();
        List<Particle> cands = new ArrayList<>();
        List<CharmMode> modes = new ArrayList<>();
        for (RecoTrack k : tracks) {
            if (k.pid().kaonId() <= sel.kaonId()) {
                continue;
            }
            Particle kp = Particle.fromTrack(k, kaon);
            int q = -k.charge(); // the charmed hadron's charge sign: K- comes from D0, D+, Lambda_c+
            for (RecoTrack a : tracks) {
                if (a == k || a.charge() != q) {
                    continue;
                }
                Particle pa = Particle.fromTrack(a, pion);
                add(CharmMode.D0, q, List.of(kp, pa), cands, modes);
                for (RecoTrack b : tracks) {
                    if (b.index() <= a.index() || b == k || b.charge() != q) {
                        continue;
                    }
                    add(CharmMode.DPLUS, q, List.of(kp, pa, Particle.fromTrack(b, pion)), cands, modes);
                }
                if (a.pid().protonId() > sel.protonId()) {
                    Particle pr = Particle.fromTrack(a, proton);
                    for (RecoTrack b : tracks) {
                        if (b == a || b == k || b.charge() != q) {
                            continue;
                        }
                        add(CharmMode.LAMBDA_C, q, List.of(pr, kp, Particle.fromTrack(b, pion)), cands, modes);
                    }
                }
            }
        }
        if (cands.isEmpty()) {
            return 1;
        }
        int best = 2;
        GenEvent truth = null;
        for (int c = 0; c < cands.size(); c++) {
            Particle d = cands.get(c);
            CharmMode mode = modes.get(c);
            LorentzVector p4 = d.p4Lab();
            double pStar = beam.toCms(p4).p();
            double deltaM = Double.NaN;
            if (mode == CharmMode.D0) {
                deltaM = bestDeltaM(d, tracks);
                if (!(deltaM >= sel.deltaMLow() && deltaM <= sel.deltaMHigh())) {
                    continue;
                }
            }
            if (!(pStar > sel.pStarMin())) {
                continue;
            }
            best = Math.max(best, 3);
            VertexFit v = fitter.fit(d.daughters());
            if (v == null || !(v.chi2() <= sel.vertexChi2NdfMax() * Math.max(1, v.ndf()))) {
                continue;
            }
            double mass = nominalMass(mode);
            BeamSpotDecayTime t = BeamSpotDecayTime.of(v, spot, Vec3.ZERO, p4, mass);
            if (t == null || !(t.timeError() < sel.sigmaTMax())) {
                continue;
            }
            best = 4;
            if (truth == null) {
                truth = event.generated().toEvent(event.number());
            }
            int origin = commonOrigin(d, truth, mode);
            double trueT = origin >= 0 ? TrueDecayTimes.properTime(truth, origin) : Double.NaN;
            result.events().add(event.number(), t.time(), event.weight() * bf.get(mode), new float[] {
                mode.ordinal(),
                (float) t.timeError(),
                (float) (p4.m() - mass),
                (float) deltaM,
                (float) pStar,
                origin >= 0 ? 1f : 0f,
                (float) trueT,
                (float) (v.chi2() / Math.max(1, v.ndf()))
            });
        }
        return best;
    }

    /** Adds the candidate of {@code mode} with charge sign {@code q} if its mass is in range. */
    private void add(CharmMode mode, int q, List<Particle> daughters, List<Particle> out, List<CharmMode> modes) {
        Particle d = Particle.composite(q * mode.pdg(), daughters);
        if (Math.abs(d.p4Lab().m() - nominalMass(mode)) < sel.massHalfRange()) {
            out.add(d);
            modes.add(mode);
        }
    }

    /**
     * The Delta m = m(D0 pi_s) - m(D0) of the slow pion (charge of the D*+, not a D0 daughter)
     * closest to the window's centre; NaN without one.
     */
    private double bestDeltaM(Particle d0, List<RecoTrack> tracks) {
        int q = d0.pdgCode() > 0 ? 1 : -1;
        double centre = 0.5 * (sel.deltaMLow() + sel.deltaMHigh());
        double bestDm = Double.NaN;
        double m0 = d0.p4Lab().m();
        for (RecoTrack s : tracks) {
            if (s.charge() != q || d0.usesTrack(s.index())) {
                continue;
            }
            Particle ds = Particle.composite(q * DSTAR, List.of(d0, Particle.fromTrack(s, pion)));
            double dm = ds.p4Lab().m() - m0;
            if (Double.isNaN(bestDm) || Math.abs(dm - centre) < Math.abs(bestDm - centre)) {
                bestDm = dm;
            }
        }
        return bestDm;
    }

    /**
     * The generated hadron every daughter of {@code d} descends from, with the candidate's PDG code
     * (sign included), found by walking up each daughter's mothers; -1 if there is none.
     */
    static int commonOrigin(Particle d, GenEvent truth, CharmMode mode) {
        int found = -1;
        for (Particle f : d.finalStateDescendants()) {
            int g = f.truthIndex();
            int guard = 0;
            while (g >= 0 && g < truth.size() && Math.abs(truth.particle(g).pdgId()) != mode.pdg() && guard++ < 32) {
                g = truth.particle(g).mother1();
            }
            if (g < 0 || g >= truth.size() || truth.particle(g).pdgId() != d.pdgCode() || (found >= 0 && g != found)) {
                return -1;
            }
            found = g;
        }
        return found;
    }
}

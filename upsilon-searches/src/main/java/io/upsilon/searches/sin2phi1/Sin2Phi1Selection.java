package io.upsilon.searches.sin2phi1;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.particles.V0Finder;
import io.upsilon.analysis.vertex.BeamSpotConstraint;
import io.upsilon.analysis.vertex.DeltaT;
import io.upsilon.analysis.vertex.ImpactParameterResolution;
import io.upsilon.analysis.vertex.TagVertex;
import io.upsilon.analysis.vertex.VertexFit;
import io.upsilon.analysis.vertex.VertexFitter;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.detector.TrackingCard;
import io.upsilon.generators.decay.BPairTruth;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The reconstruction of B0 -&gt; J/psi(-&gt; e+e-, mu+mu-) K_S0(-&gt; pi+pi-) and of Delta t:
 *
 * <ol>
 *   <li>J/psi: two opposite-charge tracks both identified as electrons (or both as muons), their
 *       mass in the channel's window (the e+e- window reaches lower for bremsstrahlung);
 *   <li>K_S0: the {@link V0Finder} pair of opposite-charge tracks as pions, mass window;
 *   <li>B0 = J/psi K_S0 with Mbc and Delta E in the signal region; with several candidates the one
 *       with the smallest |Delta E| is kept (one candidate per event);
 *   <li>the signal vertex: the two leptons' common vertex ({@link VertexFitter}; the K_S0 flies
 *       centimetres and is left out); the tag vertex: every other track, K_S0 pairs removed, with
 *       the beam-spot constraint ({@link TagVertex}); Delta t = Delta l / (beta gamma c) along the
 *       boost and its per-event error from the two vertex covariances ({@link DeltaT});
 *   <li>|Delta t| and sigma(Delta t) inside the fit's range.
 * </ol>
 *
 * <p>For each selected candidate the observable is Delta t (ps); the features keep its error, the
 * generated Delta t and the generated flavour of the tag-side B at its decay (the flavour tagger's
 * input, {@link FlavourTagger}), whether the candidate is truth-matched, Mbc, Delta E and the
 * J/psi channel.
 */
final class Sin2Phi1Selection extends CutFlowSelection {
    /** Feature: per-event error of Delta t, ps. */
    static final int F_SIGMA = 0;

    /** Feature: generated Delta t = t(signal B) - t(tag B) (proper times), ps; NaN without truth. */
    static final int F_TRUE_DT = 1;

    /** Feature: generated flavour of the tag-side B at its decay: +1 B0, -1 anti-B0, 0 unknown. */
    static final int F_TAG_FLAVOUR = 2;

    /** Feature: 1 if the four tracks come from the generated signal B, else 0. */
    static final int F_MATCHED = 3;

    /** Feature: Mbc, GeV. */
    static final int F_MBC = 4;

    /** Feature: Delta E, GeV. */
    static final int F_DELTA_E = 5;

    /** Feature: the J/psi channel, 11 (e+e-) or 13 (mu+mu-). */
    static final int F_CHANNEL = 6;

    /** Names of the features. */
    static final List<String> FEATURES =
            List.of("sigmaDeltaT", "trueDeltaT", "tagFlavour", "truthMatched", "Mbc", "deltaE", "channel");

    /** The steps of the cut flow. */
    static final List<String> STEPS = List.of(
            "generated",
            "preselection (generator level, >= 4 charged in CDC)",
            "J/psi -> l+ l- candidate",
            "K_S0 -> pi+ pi- candidate",
            "B0 candidate in Mbc and Delta E",
            "signal and tag vertices",
            "Delta t and its error in range");

    private static final int JPSI = 443;
    private static final int KS = 310;
    private static final int B0 = 511;

    private final Sin2Phi1Config.Selection sel;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final ParticleData electron;
    private final ParticleData muon;
    private final ParticleData pion;
    private final V0Finder kShorts;
    private final VertexFitter fitter;
    private final BeamSpotConstraint beamSpot;
    private final double jpsiMass;

    Sin2Phi1Selection(Sin2Phi1Config cfg, Beam beam, TrackingCard tracking) {
        super(cfg.preselection(), STEPS, FEATURES.size());
        this.sel = cfg.selection();
        this.beam = beam;
        this.electron = table.byName("e-");
        this.muon = table.byName("mu-");
        this.pion = table.byName("pi+");
        this.jpsiMass = table.byId(JPSI).mass();
        double mKs = table.byId(KS).mass();
        this.kShorts = new V0Finder(
                ParticleListName.parse("K_S0:jpsiks", table),
                table.byName("pi+"),
                table.byName("pi-"),
                table,
                mKs - sel.ksMassWindow(),
                mKs + sel.ksMassWindow(),
                sel.ksMaxDaughterDistance());
        this.fitter = new VertexFitter(new ImpactParameterResolution(
                tracking.d0Constant(),
                tracking.d0MultipleScattering(),
                tracking.z0Constant(),
                tracking.z0MultipleScattering()));
        // The tag B's transverse flight (c tau = 455.7 um, p* = 0.34 GeV) widens the beam spot.
        this.beamSpot = BeamSpotConstraint.of(beam, BeamSpotConstraint.transverseFlight(0.04557, 5.27966, 0.34));
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        RecoEvent reco = event.reco();
        List<Particle> jpsis = new ArrayList<>();
        for (RecoTrack a : reco.tracks()) {
            if (a.charge() != 1) {
                continue;
            }
            for (RecoTrack b : reco.tracks()) {
                if (b.charge() != -1) {
                    continue;
                }
                addJpsi(a, b, electron, 11, jpsis);
                addJpsi(a, b, muon, 13, jpsis);
            }
        }
        if (jpsis.isEmpty()) {
            return 1;
        }
        ParticleList ks = kShorts.find(reco);
        if (ks.isEmpty()) {
            return 2;
        }
        Particle best = null;
        double bestDe = Double.POSITIVE_INFINITY;
        for (Particle j : jpsis) {
            for (Particle k : ks.particles()) {
                if (j.overlaps(k)) {
                    continue;
                }
                Particle b = Particle.composite(B0, List.of(j, k));
                LorentzVector cms = beam.toCms(b.p4Lab());
                double de = cms.e() - beam.eStarBeam();
                double m2 = beam.eStarBeam() * beam.eStarBeam() - cms.p2();
                double mbc = m2 > 0 ? Math.sqrt(m2) : 0;
                if (mbc > sel.mbcMin() && Math.abs(de) < sel.deltaEMax() && Math.abs(de) < bestDe) {
                    best = b;
                    bestDe = Math.abs(de);
                }
            }
        }
        if (best == null) {
            return 3;
        }
        Particle jpsi = best.daughter(0);
        VertexFit signal = fitter.fit(jpsi.daughters());
        List<Particle> roe = new ArrayList<>();
        for (RecoTrack t : reco.tracks()) {
            if (!best.usesTrack(t.index())) {
                roe.add(Particle.fromTrack(t, pion));
            }
        }
        VertexFit tag = TagVertex.fit(roe, fitter, beamSpot);
        if (signal == null || tag == null) {
            return 4;
        }
        DeltaT dt = DeltaT.of(signal, tag, beam);
        double deltaT = dt.deltaT();
        double sigma = dt.deltaTError();
        if (!(Math.abs(deltaT) < sel.deltaTMax() && sigma < sel.sigmaMax())) {
            return 5;
        }
        LorentzVector cms = beam.toCms(best.p4Lab());
        double m2 = beam.eStarBeam() * beam.eStarBeam() - cms.p2();
        GenEvent truth = event.generated().toEvent(event.number());
        double trueDt = Double.NaN;
        int tagFlavour = 0;
        boolean matched = false;
        OptionalInt sig = BPairTruth.signalB(truth);
        OptionalInt other = BPairTruth.otherB(truth);
        if (sig.isPresent() && other.isPresent()) {
            trueDt = BPairTruth.properTimePs(truth, sig.getAsInt()) - BPairTruth.properTimePs(truth, other.getAsInt());
            int id = truth.particle(other.getAsInt()).pdgId();
            tagFlavour = id == B0 ? 1 : id == -B0 ? -1 : 0;
            matched = fromAncestor(best, truth, sig.getAsInt());
        }
        result.events().add(event.number(), deltaT, event.weight(), new float[] {
            (float) sigma,
            (float) trueDt,
            tagFlavour,
            matched ? 1f : 0f,
            (float) Math.sqrt(Math.max(m2, 0)),
            (float) (cms.e() - beam.eStarBeam()),
            Math.abs(jpsi.daughter(0).pdgCode())
        });
        return 6;
    }

    /** Adds the J/psi candidate of tracks a (+) and b (-) as leptons of type {@code lepton} if they pass. */
    private void addJpsi(RecoTrack a, RecoTrack b, ParticleData lepton, int channel, List<Particle> out) {
        double idA = channel == 11 ? a.pid().electronId() : a.pid().muonId();
        double idB = channel == 11 ? b.pid().electronId() : b.pid().muonId();
        if (idA < sel.leptonId() || idB < sel.leptonId()) {
            return;
        }
        Particle la = Particle.fromTrack(a, lepton);
        Particle lb = Particle.fromTrack(b, lepton);
        double dm = la.p4Lab().plus(lb.p4Lab()).m() - jpsiMass;
        double lo = channel == 11 ? sel.jpsiEeLow() : sel.jpsiMuMuLow();
        if (dm > lo && dm < sel.jpsiHigh()) {
            out.add(Particle.composite(JPSI, List.of(la, lb)));
        }
    }

    /** Whether every final-state track of {@code candidate} descends from generated particle {@code ancestor}. */
    static boolean fromAncestor(Particle candidate, GenEvent truth, int ancestor) {
        for (Particle p : candidate.finalStateDescendants()) {
            int g = p.truthIndex();
            int guard = 0;
            while (g >= 0 && g < truth.size() && g != ancestor && guard++ < 64) {
                g = truth.particle(g).mother1();
            }
            if (g != ancestor) {
                return false;
            }
        }
        return true;
    }
}

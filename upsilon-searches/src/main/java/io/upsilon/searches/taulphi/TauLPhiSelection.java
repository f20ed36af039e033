package io.upsilon.searches.taulphi;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.shape.ThrustHemispheres;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.LeptonChannelSelection;
import io.upsilon.searches.SimulatedEvent;
import io.upsilon.searches.TauPairs;
import java.util.ArrayList;
import java.util.List;

/**
 * The event selection of the τ → ℓφ search as a {@link SampleProduction.EventAnalysis}, both
 * channels in one pass: generator-level preselection, fast simulation, four or six good tracks
 * with zero net charge, L1 trigger, thrust hemispheres of the good tracks (kaon mass) and photons
 * ({@link ThrustHemispheres}) with a three-track signal hemisphere of charge ±1 and one or three
 * tracks on the tag side (inclusive). Each ℓK+K− assignment of a signal hemisphere (the lepton is
 * one of the two tracks with the hemisphere's charge, the kaons the other two) is a candidate:
 * daughter 0 the signal side (daughter 0: φ → K+K−, daughter 1: the lepton with the channel's
 * mass), daughter 1 the tag side (tracks as pions). Per channel the configured cuts, then the
 * (M, ΔE) analysis window, each a cut-flow row; among the candidates that go furthest the one with
 * M(K+K−) closest to the φ mass is kept (a 3×3 event tries both hemispheres). Selected events keep
 * M = M(ℓKK) as the observable and the features of {@link #FEATURES}.
 */
final class TauLPhiSelection extends LeptonChannelSelection<TauLPhiSelection.Topology> {
    /** Feature index: ΔE = E*(ℓKK) − √s/2, GeV. */
    static final int F_DELTA_E = 0;

    /** Feature index: M(K+K−), GeV. */
    static final int F_M_KK = 1;

    /** Feature index: 1 if the lepton track is a generated lepton of the channel's flavour. */
    static final int F_TRUE_LEPTON = 2;

    /** Names of the per-event features. */
    static final List<String> FEATURES = List.of("deltaE", "mKK", "trueLepton");

    /** The fixed steps before the configured cuts (the same for both channels). */
    static final List<String> FIXED_STEPS = List.of(
            "generated",
            "preselection (generator level, >= 3 charged in CDC)",
            "4 or 6 good tracks, zero net charge",
            "L1 trigger",
            "3-prong signal hemisphere (charge +-1) vs 1- or 3-prong tag");

    /** The last step, the analysis window of {@link TauLPhiConfig.Selection#window()}. */
    static final String WINDOW_STEP = "(M, Delta E) in the analysis window";

    private static final int PHI = 333;

    private final TauLPhiConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final ParticleData pion;
    private final List<List<CutExpression>> cuts = new ArrayList<>();
    private final Variable phiDeltaM;
    private final Variable mass;
    private final Variable deltaE;
    private final Variable mKK;

    TauLPhiSelection(TauLPhiConfig config, Beam beam) {
        super(config.preselection(), config.selection().cuts().steps(FIXED_STEPS, WINDOW_STEP), FEATURES.size());
        this.config = config;
        this.beam = beam;
        this.pion = table.byName("pi+");
        CutExpression window = config.selection().window();
        for (LeptonChannel c : LeptonChannel.values()) {
            List<CutExpression> l = new ArrayList<>(config.selection().cuts(c));
            l.add(window);
            cuts.add(List.copyOf(l));
        }
        var registry = StandardVariables.registry();
        this.phiDeltaM = registry.resolve("daughter(0, daughter(0, dM))");
        this.mass = registry.resolve("daughter(0, M)");
        this.deltaE = registry.resolve("daughter(0, deltaE)");
        this.mKK = registry.resolve("daughter(0, daughter(0, M))");
    }

    /** A signal hemisphere (three tracks, kaon mass) and the tag hemisphere's tracks. */
    record Side(List<Particle> signal, List<Particle> tag) {}

    /** The channel-independent part: fixed steps passed, event shape, candidate signal hemispheres. */
    record Topology(EventContext context, List<Side> sides) {}

    @Override
    protected Common<Topology> common(RecoEvent event) {
        TauLPhiConfig.Selection sel = config.selection();
        EventContext ctx = new EventContext(event, beam, table);
        ParticleList tracks = TauPairs.tracks("K+", sel.tracks(), ctx);
        int n = tracks.size();
        if ((n != 4 && n != 6) || TauPairs.charge(tracks) != 0) {
            return new Common<>(0, null);
        }
        if (!event.triggered()) {
            return new Common<>(1, null);
        }
        ctx = TauPairs.withEventShape(ctx, tracks, TauPairs.photons(sel.photons(), ctx));
        ThrustHemispheres h = ctx.eventShape();
        List<Particle> pos = h.tracks(true);
        List<Particle> neg = h.tracks(false);
        List<Side> sides = new ArrayList<>(2);
        for (List<Particle> side : List.of(pos, neg)) {
            List<Particle> other = side == pos ? neg : pos;
            if (side.size() == 3 && (other.size() == 1 || other.size() == 3) && Math.abs(TauPairs.charge(side)) == 1) {
                sides.add(new Side(side, other));
            }
        }
        return sides.isEmpty() ? new Common<>(2, null) : new Common<>(3, new Topology(ctx, List.copyOf(sides)));
    }

    /** Tries every signal hemisphere and lepton assignment; returns the last step passed. */
    @Override
    protected int channel(
            LeptonChannel c, Topology t, SimulatedEvent event, ChannelResults<LeptonChannel> result, int passed) {
        int last = FIXED_STEPS.size() - 1 + cuts.get(c.ordinal()).size();
        int best = FIXED_STEPS.size() - 1;
        double bestDist = Double.POSITIVE_INFINITY;
        Particle bestCandidate = null;
        for (Side side : t.sides()) {
            double q = TauPairs.charge(side.signal());
            Particle tag = Particle.composite(TauPairs.tauCode(-q), pions(side.tag()));
            for (Particle l : side.signal()) {
                if (l.charge() != q) {
                    continue; // the lepton carries the tau charge; the odd-sign track is a kaon
                }
                List<Particle> kaons = new ArrayList<>(2);
                for (Particle k : side.signal()) {
                    if (k != l) {
                        kaons.add(k);
                    }
                }
                Particle lepton = Particle.fromTrack(l.track(), table.byId(c.pdgId()));
                Particle signal =
                        Particle.composite(TauPairs.tauCode(q), List.of(Particle.composite(PHI, kaons), lepton));
                Particle candidate = Particle.composite(TauPairs.VPHO, List.of(signal, tag));
                int step = FIXED_STEPS.size() - 1;
                for (CutExpression cut : cuts.get(c.ordinal())) {
                    if (!cut.test(candidate, t.context())) {
                        break;
                    }
                    step++;
                }
                double dist = Math.abs(phiDeltaM.evaluate(candidate, t.context()));
                if (step > best || (step == best && dist < bestDist)) {
                    best = step;
                    bestDist = dist;
                    bestCandidate = candidate;
                }
            }
        }
        if (best == last) {
            int truth = bestCandidate.daughter(0).daughter(1).truthIndex();
            int pdg = event.truePdg(truth);
            EventContext ctx = t.context();
            result.events(c).add(event.number(), mass.evaluate(bestCandidate, ctx), event.weight(), new float[] {
                (float) deltaE.evaluate(bestCandidate, ctx),
                (float) mKK.evaluate(bestCandidate, ctx),
                pdg == c.pdgId() ? 1f : 0f
            });
        }
        return best;
    }

    private List<Particle> pions(List<Particle> tracks) {
        List<Particle> out = new ArrayList<>(tracks.size());
        for (Particle p : tracks) {
            out.add(Particle.fromTrack(p.track(), pion));
        }
        return out;
    }
}

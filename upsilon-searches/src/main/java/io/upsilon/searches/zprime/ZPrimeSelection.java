package io.upsilon.searches.zprime;

import io.upsilon.analysis.particles.CandidateCombiner;
import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.particles.ParticleLists;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The event selection of the Z' → invisible search, as a {@link SampleProduction.EventAnalysis}:
 * generator-level preselection, fast simulation, exactly two tracks, a μ+μ− candidate from
 * identified muons, then the configured cuts; every step a cut-flow row. Selected events keep the
 * observable (M_rec²) and the CM-frame features of {@link #FEATURES}.
 */
final class ZPrimeSelection extends CutFlowSelection {
    /** Names of the per-event features (CM frame; muon 1 is the harder one). */
    static final List<String> FEATURES = List.of(
            "pStarMu1",
            "pStarMu2",
            "cosThetaStarMu1",
            "cosThetaStarMu2",
            "ptStarMuMu",
            "cosThetaStarRecoil",
            "cosOpeningStar",
            "acoplanarityStar");

    /** The fixed steps before the configured cuts. */
    static final List<String> FIXED_STEPS =
            List.of("generated", "preselection (generator level)", "exactly two tracks", "mu+ mu- candidate (muon ID)");

    private final ZPrimeConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final CandidateCombiner combiner;
    /**
     * The candidate is a particle and its antiparticle from the muon list (as {@code vpho -> mu+:good
     * mu-:good}): then an event with one candidate of each flavour has exactly one combination,
     * built directly (the combiner's bookkeeping was ~17% of the mu mu sample's CPU time, JFR).
     */
    private final boolean pairOfConjugates;

    ZPrimeSelection(ZPrimeConfig config, Beam beam) {
        this(config, beam, true);
    }

    /** @param directPairs build the one mu+ mu- combination directly where it is the only one (tests compare) */
    ZPrimeSelection(ZPrimeConfig config, Beam beam, boolean directPairs) {
        super(config.preselection(), steps(config), FEATURES.size());
        this.config = config;
        this.beam = beam;
        this.combiner = new CandidateCombiner(table);
        DecayString decay = config.selection().candidate();
        int[] pdgs = decay.daughterPdgCodes();
        this.pairOfConjugates = directPairs
                && pdgs.length == 2
                && pdgs[0] != pdgs[1]
                && table.byId(pdgs[0]).antiparticleId() == pdgs[1]
                && sameList(decay.daughters().get(0), config.selection().muonList())
                && sameList(decay.daughters().get(1), config.selection().muonList());
    }

    /** Whether two names denote the same list (either charge), as {@link ParticleLists} matches them. */
    private static boolean sameList(ParticleListName a, ParticleListName b) {
        return Math.abs(a.particle().id()) == Math.abs(b.particle().id())
                && a.label().equals(b.label());
    }

    private static List<String> steps(ZPrimeConfig config) {
        List<String> s = new ArrayList<>(FIXED_STEPS);
        s.addAll(config.selection().cutNames());
        return s;
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        if (event.state().trackCount() != 2) {
            return 1;
        }
        return analyse(event.reco(), event.number(), event.weight(), result, 2);
    }

    private int analyse(RecoEvent event, long number, double weight, SelectionResult result, int passed) {
        EventContext ctx = new EventContext(event, beam, table);
        ZPrimeConfig.Selection sel = config.selection();
        ParticleList muons =
                ParticleList.fromTracks(sel.muonList(), event, sel.muonCut().in(ctx));
        Particle pair = pairOfConjugates ? onlyPair(sel.candidate(), muons) : null;
        if (pair == null) {
            ParticleList pairs = combiner.combine(sel.candidate(), new ParticleLists().add(muons), p -> true);
            if (pairs.isEmpty()) {
                return passed;
            }
            pair = pairs.particles().get(0);
        }
        if (pair == NO_PAIR) {
            return passed;
        }
        passed++;
        for (int c = 0; c < sel.cuts().size(); c++) {
            if (!sel.cuts().get(c).test(pair, ctx)) {
                return passed;
            }
            passed++;
        }
        double x = config.observable().variable().evaluate(pair, ctx);
        result.events().add(number, x, weight, features(pair));
        return passed;
    }

    /** Marks a list without one of the two flavours: no combination at all. */
    private static final Particle NO_PAIR = Particle.of(0, 0, LorentzVector.ZERO);

    /**
     * The combiner's result where it is certain: {@link #NO_PAIR} when a flavour is missing, the one
     * combination (same mother code, daughters in the decay string's order, as {@link
     * CandidateCombiner} builds it) when there is one candidate of each flavour, null otherwise.
     */
    private static Particle onlyPair(DecayString decay, ParticleList muons) {
        int[] pdgs = decay.daughterPdgCodes();
        Particle first = null;
        Particle second = null;
        int nFirst = 0;
        int nSecond = 0;
        for (Particle p : muons.particles()) {
            if (p.pdgCode() == pdgs[0]) {
                first = p;
                nFirst++;
            } else if (p.pdgCode() == pdgs[1]) {
                second = p;
                nSecond++;
            }
        }
        if (nFirst == 0 || nSecond == 0) {
            return NO_PAIR;
        }
        if (nFirst > 1 || nSecond > 1) {
            return null;
        }
        return Particle.composite(decay.mother().particle().id(), List.of(first, second));
    }

    /** CM-frame kinematics of the pair and its recoil. */
    private float[] features(Particle pair) {
        LorentzVector a = beam.toCms(pair.daughter(0).p4Lab());
        LorentzVector b = beam.toCms(pair.daughter(1).p4Lab());
        if (b.p() > a.p()) {
            LorentzVector t = a;
            a = b;
            b = t;
        }
        LorentzVector sum = a.plus(b);
        LorentzVector recoil = beam.toCms(beam.total()).minus(sum);
        double cosOpen = a.p3().dot(b.p3()) / (a.p() * b.p());
        double dphi = Math.abs(a.phi() - b.phi());
        if (dphi > Math.PI) {
            dphi = 2 * Math.PI - dphi;
        }
        return new float[] {
            (float) a.p(),
            (float) b.p(),
            (float) a.cosTheta(),
            (float) b.cosTheta(),
            (float) sum.pt(),
            (float) recoil.cosTheta(),
            (float) cosOpen,
            (float) (Math.PI - dphi)
        };
    }
}

package io.upsilon.searches.bknunu;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.shape.RoeMask;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.generators.decay.BPairTruth;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The inclusive-tag event selection: generator-level preselection, fast simulation, a signal-kaon
 * candidate (the identified kaon track with the lowest q²_rec, as the 2023 analysis chooses it,
 * PRD 109, 112006, Sec. V), then the configured event cuts on that candidate; every step a cut-flow
 * row. The rest of event is every other track above a p_T threshold and every neutral cluster above
 * an energy threshold. A selected event keeps q²_rec as its observable and, as features, the
 * classifier inputs followed by the generated q² of the signal B ({@link #truthQ2}; NaN when the
 * event has no B+ → K+ ν ν̄) and the truth missing energy of the generator-level {@link
 * MissingEnergyFilter}, neither of them a classifier input.
 */
final class BKnunuSelection extends CutFlowSelection {
    /** The fixed steps before the configured cuts. */
    static final List<String> FIXED_STEPS =
            List.of("generated", "preselection (generator level)", "signal-kaon candidate");

    private final BKnunuConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final Variable q2rec = StandardVariables.registry().resolve("q2rec");
    private final RoeMask roeMask;

    BKnunuSelection(BKnunuConfig config, Beam beam) {
        super(config.preselection(), steps(config), config.features().size() + 2);
        this.config = config;
        this.beam = beam;
        double ptMin = config.selection().roeTrackPtMin();
        double eMin = config.selection().roeClusterEMin();
        this.roeMask =
                new RoeMask("ita", p -> p.p4Lab().pt() > ptMin, p -> p.p4Lab().e() > eMin);
    }

    static List<String> steps(BKnunuConfig config) {
        List<String> s = new ArrayList<>(FIXED_STEPS);
        s.addAll(config.selection().cutNames());
        return s;
    }

    /** Index of the generated-q² column among a selected event's features. */
    static int truthColumn(BKnunuConfig config) {
        return config.features().size();
    }

    /** Index of the truth missing-energy column ({@link MissingEnergyFilter#missingEnergy}). */
    static int missingEnergyColumn(BKnunuConfig config) {
        return config.features().size() + 1;
    }

    /** The preselection, then the missing-energy filter when it is applied. */
    @Override
    protected boolean preselect(EventBuffer generated) {
        return super.preselect(generated) && config.filter().accepts(generated, beam);
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        RecoEvent reco = event.reco();
        EventContext ctx = new EventContext(reco, beam, table).withRoeMask(roeMask);
        BKnunuConfig.Selection sel = config.selection();
        ParticleList kaons =
                ParticleList.fromTracks(sel.kaonList(), reco, sel.kaonCut().in(ctx));
        if (kaons.isEmpty()) {
            return 1;
        }
        Particle kaon = null;
        double best = Double.POSITIVE_INFINITY;
        for (Particle k : kaons.particles()) {
            double q = q2rec.evaluate(k, ctx);
            if (q < best) {
                best = q;
                kaon = k;
            }
        }
        if (kaon == null) {
            return 1;
        }
        int passed = 2;
        for (int c = 0; c < sel.cuts().size(); c++) {
            if (!sel.cuts().get(c).test(kaon, ctx)) {
                return passed;
            }
            passed++;
        }
        List<BKnunuConfig.Feature> fs = config.features();
        float[] row = new float[fs.size() + 2];
        for (int i = 0; i < fs.size(); i++) {
            row[i] = (float) fs.get(i).variable().evaluate(kaon, ctx);
        }
        row[fs.size()] = (float) truthQ2(event.generated().toEvent(event.number()));
        row[fs.size() + 1] = (float) config.filter().missingEnergy(event.generated(), beam);
        result.events().add(event.number(), best, event.weight(), row);
        return passed;
    }

    /**
     * The generated q² = (p_B − p_K)² of the signal B of an event made with a signal overlay (the
     * Υ(4S)'s first daughter, {@link BPairTruth#signalB}) when it is a B± decaying to a K± and two
     * neutrinos; NaN otherwise (generic B pairs, continuum).
     */
    static double truthQ2(GenEvent ev) {
        OptionalInt sb = BPairTruth.signalB(ev);
        if (sb.isEmpty()) {
            return Double.NaN;
        }
        GenParticle b = ev.particle(sb.getAsInt());
        if (Math.abs(b.pdgId()) != BPairTruth.B_PLUS || b.daughterCount() != 3) {
            return Double.NaN;
        }
        LorentzVector kaon = null;
        int neutrinos = 0;
        for (int d = b.firstDaughter(); d <= b.lastDaughter(); d++) {
            int id = Math.abs(ev.particle(d).pdgId());
            if (id == 321) {
                kaon = ev.particle(d).momentum();
            } else if (id == 12 || id == 14 || id == 16) {
                neutrinos++;
            }
        }
        return kaon == null || neutrinos != 2
                ? Double.NaN
                : b.momentum().minus(kaon).m2();
    }
}

package io.upsilon.searches.taumass;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.shape.ThreeByOne;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import io.upsilon.searches.TauPairs;
import java.util.List;
import java.util.Optional;

/**
 * The event selection of the τ-mass measurement as a {@link SampleProduction.EventAnalysis}:
 * generator-level preselection, fast simulation, four good tracks with zero net charge, L1
 * trigger, a 3×1 split by the thrust axis of the good tracks and photons ({@link ThreeByOne}), then
 * the configured cuts on the 3×1 candidate (daughter 0: the 1-prong track, daughter 1: the three
 * signal pions), each a cut-flow row. For every selected event the observable is M_min of the
 * three pions (variable {@code tauPseudoMass}, CM frame, E_τ = E*_beam); the features keep M_3π,
 * the systematic variants of M_min (assumed E*_beam shifted, track momenta scaled) and whether the
 * three tracks are true charged pions.
 */
final class TauMassSelection extends CutFlowSelection {
    /** Feature index: M_3π, GeV. */
    static final int F_M3PI = 0;

    /** Feature index: E*_3π, GeV. */
    static final int F_E3PI = 1;

    /** Feature index: M_min with E*_beam + shift. */
    static final int F_MMIN_EBEAM_UP = 2;

    /** Feature index: M_min with E*_beam − shift. */
    static final int F_MMIN_EBEAM_DOWN = 3;

    /** Feature index: M_min with track momenta × (1 + scale). */
    static final int F_MMIN_PSCALE_UP = 4;

    /** Feature index: M_min with track momenta × (1 − scale). */
    static final int F_MMIN_PSCALE_DOWN = 5;

    /** Feature index: 1 if the three signal tracks are generated charged pions, else 0. */
    static final int F_TRUE_PIONS = 6;

    /** The features that are M_min recomputed under a systematic shift (they move with M_min). */
    static final int[] MMIN_FEATURES = {F_MMIN_EBEAM_UP, F_MMIN_EBEAM_DOWN, F_MMIN_PSCALE_UP, F_MMIN_PSCALE_DOWN};

    /** Names of the per-event features. */
    static final List<String> FEATURES =
            List.of("m3pi", "eStar3pi", "mMinEbeamUp", "mMinEbeamDown", "mMinPscaleUp", "mMinPscaleDown", "truePions");

    /** The fixed steps before the configured cuts. */
    static final List<String> FIXED_STEPS = List.of(
            "generated",
            "preselection (generator level, >= 4 charged in CDC)",
            "four good tracks, zero net charge",
            "L1 trigger",
            "3x1 topology (thrust hemispheres)");

    private static final int PION = 211;

    private final TauMassConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final double mPi;
    private final Variable pseudoMass;
    private final Variable m3pi;

    TauMassSelection(TauMassConfig config, Beam beam) {
        super(config.preselection(), config.selection().cuts().steps(FIXED_STEPS), FEATURES.size());
        this.config = config;
        this.beam = beam;
        this.mPi = table.byId(PION).mass();
        this.pseudoMass = StandardVariables.registry().resolve("daughter(1, tauPseudoMass)");
        this.m3pi = StandardVariables.registry().resolve("daughter(1, InvM)");
    }

    @Override
    protected int select(SimulatedEvent event, SelectionResult result) {
        return select(event.reco(), event.generated(), event.number(), event.weight(), result);
    }

    /** The reconstruction-level steps; returns the last step passed (>= 1). */
    private int select(RecoEvent event, EventBuffer generated, long number, double weight, SelectionResult result) {
        TauMassConfig.Selection sel = config.selection();
        EventContext ctx = new EventContext(event, beam, table);
        ParticleList tracks = TauPairs.tracks("pi+", sel.tracks(), ctx);
        if (tracks.size() != 4 || TauPairs.charge(tracks) != 0) {
            return 1;
        }
        if (!event.triggered()) {
            return 2;
        }
        ctx = TauPairs.withEventShape(ctx, tracks, TauPairs.photons(sel.photons(), ctx));
        Optional<ThreeByOne> split = ThreeByOne.of(ctx.eventShape());
        if (split.isEmpty()) {
            return 3;
        }
        List<Particle> pions = split.get().threeProng();
        Particle signal = Particle.composite(TauPairs.tauCode(TauPairs.charge(pions)), pions);
        Particle oneProng = split.get().oneProng();
        Particle candidate = Particle.composite(TauPairs.VPHO, List.of(oneProng, signal));
        int passed = 4;
        for (CutExpression cut : sel.cuts().of(0)) {
            if (!cut.test(candidate, ctx)) {
                return passed;
            }
            passed++;
        }
        // The systematic variants recompute M_min as the variable does: CM four-momenta summed.
        LorentzVector x = LorentzVector.ZERO;
        for (Particle p : pions) {
            x = x.plus(beam.toCms(p.p4Lab()));
        }
        double eBeam = beam.eStarBeam();
        double dE = config.systematics().beamEnergyShift();
        double k = config.systematics().momentumScale();
        boolean truePions = true;
        for (Particle p : pions) {
            int t = p.truthIndex();
            truePions &= t >= 0 && t < generated.size() && Math.abs(generated.pdgId(t)) == PION;
        }
        result.events().add(number, pseudoMass.evaluate(candidate, ctx), weight, new float[] {
            (float) m3pi.evaluate(candidate, ctx),
            (float) x.e(),
            (float) PseudoMass.mMin(x, eBeam + dE),
            (float) PseudoMass.mMin(x, eBeam - dE),
            (float) PseudoMass.mMin(scaled(pions, 1 + k), eBeam),
            (float) PseudoMass.mMin(scaled(pions, 1 - k), eBeam),
            truePions ? 1f : 0f
        });
        return passed;
    }

    /** CM four-momentum of the tracks with lab momenta scaled by {@code f} (pion mass). */
    private LorentzVector scaled(List<Particle> tracks, double f) {
        LorentzVector x = LorentzVector.ZERO;
        for (Particle p : tracks) {
            x = x.plus(beam.toCms(
                    LorentzVector.fromMomentumAndMass(p.track().momentum().times(f), mPi)));
        }
        return x;
    }
}

package io.upsilon.searches.taualpha;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.shape.ThreeByOne;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.Variable;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.LeptonChannelSelection;
import io.upsilon.searches.SimulatedEvent;
import io.upsilon.searches.TauPairs;
import java.util.List;
import java.util.Optional;

/**
 * The event selection of the τ → ℓα search as a {@link SampleProduction.EventAnalysis}, both
 * channels in one pass: generator-level preselection, fast simulation, four good tracks with zero
 * net charge, L1 trigger and a 3×1 split by the thrust axis of the good tracks and photons ({@link
 * ThreeByOne}); then per channel the configured cuts on the 3×1 candidate (daughter 0: the 1-prong
 * track with the channel's lepton mass, daughter 1: the three pions), each a cut-flow row. Selected
 * events keep x_ℓ (variable {@code xLepton}, the observable) and the features of {@link #FEATURES}.
 */
final class TauAlphaSelection extends LeptonChannelSelection<TauAlphaSelection.Topology> {
    /** Feature index: lab momentum of the signal track, GeV. */
    static final int F_P_LAB = 0;

    /** Feature index: 1 if the signal track is a generated lepton of the channel's flavour, else 0. */
    static final int F_TRUE_LEPTON = 1;

    /** Names of the per-event features. */
    static final List<String> FEATURES = List.of("pLabLepton", "trueLepton", "thrust", "eStarTag", "mTag");

    /** The fixed steps before the configured cuts (the same for both channels). */
    static final List<String> FIXED_STEPS = List.of(
            "generated",
            "preselection (generator level, >= 3 charged in CDC)",
            "four good tracks, zero net charge",
            "L1 trigger",
            "3x1 topology (thrust hemispheres)");

    private final TauAlphaConfig config;
    private final Beam beam;
    private final ParticleTable table = ParticleTable.standard();
    private final Variable xLepton;
    private final Variable thrust;
    private final Variable tagEnergy;
    private final Variable tagMass;

    TauAlphaSelection(TauAlphaConfig config, Beam beam) {
        super(config.preselection(), config.selection().cuts().steps(FIXED_STEPS), FEATURES.size());
        this.config = config;
        this.beam = beam;
        var registry = StandardVariables.registry();
        this.xLepton = registry.resolve("xLepton");
        this.thrust = registry.resolve("thrust");
        this.tagEnergy = registry.resolve("daughter(1, useCMSFrame(E))");
        this.tagMass = registry.resolve("daughter(1, InvM)");
    }

    /** The channel-independent part: the fixed steps passed, the event shape and the 3×1 split. */
    record Topology(EventContext context, ThreeByOne split) {}

    @Override
    protected Common<Topology> common(RecoEvent event) {
        TauAlphaConfig.Selection sel = config.selection();
        EventContext ctx = new EventContext(event, beam, table);
        ParticleList tracks = TauPairs.tracks("pi+", sel.tracks(), ctx);
        if (tracks.size() != 4 || TauPairs.charge(tracks) != 0) {
            return new Common<>(0, null);
        }
        if (!event.triggered()) {
            return new Common<>(1, null);
        }
        ctx = TauPairs.withEventShape(ctx, tracks, TauPairs.photons(sel.photons(), ctx));
        Optional<ThreeByOne> split = ThreeByOne.of(ctx.eventShape());
        return split.isPresent() ? new Common<>(3, new Topology(ctx, split.get())) : new Common<>(2, null);
    }

    @Override
    protected int channel(
            LeptonChannel c, Topology t, SimulatedEvent event, ChannelResults<LeptonChannel> result, int passed) {
        Particle lepton = Particle.fromTrack(t.split().oneProng().track(), table.byId(c.pdgId()));
        Particle tag =
                Particle.composite(TauPairs.tauCode(-lepton.charge()), t.split().threeProng());
        Particle candidate = Particle.composite(TauPairs.VPHO, List.of(lepton, tag));
        EventContext ctx = t.context();
        for (CutExpression cut : config.selection().cuts(c)) {
            if (!cut.test(candidate, ctx)) {
                return passed;
            }
            passed++;
        }
        int truth = lepton.truthIndex();
        int truePdg = event.truePdg(truth);
        result.events(c).add(event.number(), xLepton.evaluate(candidate, ctx), event.weight(), new float[] {
            (float) lepton.track().momentum().mag(),
            truePdg == c.pdgId() ? 1f : 0f,
            (float) thrust.evaluate(candidate, ctx),
            (float) tagEnergy.evaluate(candidate, ctx),
            (float) tagMass.evaluate(candidate, ctx)
        });
        return passed;
    }
}

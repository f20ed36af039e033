package io.upsilon.searches;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.variables.EventContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps shared by the τ-pair searches (τ → ℓα, τ → ℓφ, τ mass): the good-track and photon lists from their cuts, and the event-shape particles (good tracks, then
 * photons) the thrust hemispheres are built from ({@link io.upsilon.analysis.shape.ThrustHemispheres},
 * {@link io.upsilon.analysis.shape.ThreeByOne}). Stateless.
 */
public final class TauPairs {
    /** PDG code of the 3×1 candidate (the whole event), as basf2's {@code vpho}. */
    public static final int VPHO = 10022;

    private static final int TAU_MINUS = 15;

    private TauPairs() {}

    /**
     * The event's tracks with the mass hypothesis of {@code hypothesis} (e.g. {@code pi+}) that
     * pass {@code cut}, in the event's order.
     */
    public static ParticleList tracks(String hypothesis, CutExpression cut, EventContext context) {
        ParticleListName name = ParticleListName.parse(hypothesis + ":good", context.table());
        return ParticleList.fromTracks(name, context.event(), cut.in(context));
    }

    /** The event's neutral clusters (photons) that pass {@code cut}, in the event's order. */
    public static ParticleList photons(CutExpression cut, EventContext context) {
        ParticleListName name = ParticleListName.parse("gamma:shape", context.table());
        return ParticleList.fromNeutralClusters(name, context.event(), cut.in(context));
    }

    /** Summed charge of the candidates. */
    public static double charge(ParticleList list) {
        return charge(list.particles());
    }

    /** Summed charge of the particles. */
    public static double charge(List<Particle> particles) {
        double q = 0;
        for (Particle p : particles) {
            q += p.charge();
        }
        return q;
    }

    /** The context with the tracks, then the photons, as its event-shape particles. */
    public static EventContext withEventShape(EventContext context, ParticleList tracks, ParticleList photons) {
        List<Particle> shape = new ArrayList<>(tracks.particles());
        shape.addAll(photons.particles());
        return context.withEventShape(shape);
    }

    /** The τ PDG code whose charge is {@code charge} (τ− is 15, PDG numbering scheme). */
    public static int tauCode(double charge) {
        return charge < 0 ? TAU_MINUS : -TAU_MINUS;
    }
}

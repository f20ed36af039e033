package io.upsilon.analysis.variables;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.FoxWolfram;
import io.upsilon.analysis.shape.RestOfEvent;
import io.upsilon.analysis.shape.Thrust;
import io.upsilon.analysis.shape.ThrustHemispheres;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a variable sees besides its candidate: the reconstructed event, the nominal beam (for the
 * CM frame, E*_beam and recoil variables), the particle table and the frame kinematic variables are
 * evaluated in. Event-level quantities (visible four-momentum, thrust, Fox–Wolfram moments) are
 * computed once per event on first use. One context per event; not shared between threads.
 *
 * <p>The event-shape particles (thrust, its hemispheres, Fox–Wolfram moments) are by default the
 * whole visible event; an analysis chooses its own with {@link #withEventShape(List)}, as basf2's
 * {@code buildEventShape} takes the particle lists to use. The missing-momentum variables of the
 * whole event ({@code missingMomentumOfEvent...}) always use the whole visible event.
 */
public final class EventContext {
    /** Highest Fox–Wolfram order computed for the event-level variables. */
    public static final int FOX_WOLFRAM_L_MAX = 4;

    private final RecoEvent event;
    private final Beam beam;
    private final ParticleTable table;
    private final Frame frame;
    private final EventLevel shared;

    /** A lab-frame context for {@code event}. */
    public EventContext(RecoEvent event, Beam beam, ParticleTable table) {
        this(event, beam, table, Frame.LAB, new EventLevel(null));
    }

    private EventContext(RecoEvent event, Beam beam, ParticleTable table, Frame frame, EventLevel shared) {
        this.event = Objects.requireNonNull(event, "event");
        this.beam = Objects.requireNonNull(beam, "beam");
        this.table = Objects.requireNonNull(table, "table");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.shared = shared;
    }

    /**
     * This event with {@code particles} as its event-shape particles (lab frame; the caller's order
     * is kept): thrust, hemispheres and Fox–Wolfram moments follow them. The returned context is in
     * this context's frame; this context is unchanged.
     */
    public EventContext withEventShape(List<Particle> particles) {
        EventLevel level = new EventLevel(List.copyOf(particles));
        level.visible = shared.visible;
        return new EventContext(event, beam, table, frame, level);
    }

    /** The same event seen in another frame (event-level results are shared). */
    public EventContext inFrame(Frame f) {
        return f == frame ? this : new EventContext(event, beam, table, f, shared);
    }

    public RecoEvent event() {
        return event;
    }

    public Beam beam() {
        return beam;
    }

    public ParticleTable table() {
        return table;
    }

    public Frame frame() {
        return frame;
    }

    /** A lab-frame four-vector in this context's frame. */
    public LorentzVector toFrame(LorentzVector lab) {
        return frame == Frame.CMS ? beam.toCms(lab) : lab;
    }

    /** The whole visible event (tracks as pions, neutral clusters as photons). */
    public RestOfEvent visible() {
        if (shared.visible == null) {
            shared.visible = RestOfEvent.wholeEvent(event, table);
        }
        return shared.visible;
    }

    /** CM-frame four-momenta of the visible event. */
    public List<LorentzVector> visibleCms() {
        if (shared.visibleCms == null) {
            List<LorentzVector> out = new ArrayList<>();
            for (var p : visible().particles()) {
                out.add(beam.toCms(p.p4Lab()));
            }
            shared.visibleCms = List.copyOf(out);
        }
        return shared.visibleCms;
    }

    /** The event-shape particles: the whole visible event unless set by {@link #withEventShape}. */
    public List<Particle> eventShapeParticles() {
        return shared.eventShape != null ? shared.eventShape : visible().particles();
    }

    /** Thrust and hemispheres of the event-shape particles in the CM frame. */
    public ThrustHemispheres eventShape() {
        if (shared.hemispheres == null) {
            shared.hemispheres = ThrustHemispheres.of(eventShapeParticles(), beam);
        }
        return shared.hemispheres;
    }

    /** Thrust of the event-shape particles in the CM frame. */
    public Thrust thrustCms() {
        return eventShape().thrust();
    }

    /**
     * Fox–Wolfram moments of the event-shape particles in the CM frame, normalised to their summed
     * energy.
     */
    public FoxWolfram foxWolframCms() {
        if (shared.foxWolfram == null) {
            List<LorentzVector> v = eventShape().cms();
            double e = 0;
            for (LorentzVector p : v) {
                e += p.e();
            }
            shared.foxWolfram = e > 0
                    ? FoxWolfram.of(momenta(v), e, FOX_WOLFRAM_L_MAX)
                    : FoxWolfram.of(List.of(), FOX_WOLFRAM_L_MAX);
        }
        return shared.foxWolfram;
    }

    private static List<Vec3> momenta(List<LorentzVector> v) {
        List<Vec3> out = new ArrayList<>(v.size());
        for (LorentzVector p : v) {
            out.add(p.p3());
        }
        return out;
    }

    /** Per-event results shared by the frames of one context. */
    private static final class EventLevel {
        private final List<Particle> eventShape;
        private RestOfEvent visible;
        private List<LorentzVector> visibleCms;
        private ThrustHemispheres hemispheres;
        private FoxWolfram foxWolfram;

        EventLevel(List<Particle> eventShape) {
            this.eventShape = eventShape;
        }
    }
}

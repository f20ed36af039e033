package io.upsilon.analysis.variables;

import io.upsilon.analysis.continuum.ContinuumSuppression;
import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.shape.FoxWolfram;
import io.upsilon.analysis.shape.RestOfEvent;
import io.upsilon.analysis.shape.RoeMask;
import io.upsilon.analysis.shape.Thrust;
import io.upsilon.analysis.shape.ThrustHemispheres;
import io.upsilon.analysis.vertex.BeamSpotConstraint;
import io.upsilon.analysis.vertex.DeltaT;
import io.upsilon.analysis.vertex.ImpactParameterResolution;
import io.upsilon.analysis.vertex.TagVertex;
import io.upsilon.analysis.vertex.VertexFit;
import io.upsilon.analysis.vertex.VertexFitter;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>Per candidate, the context also computes on first use the rest of event (under an optional
 * {@link RoeMask}, {@link #withRoeMask}), the continuum-suppression quantities, and, given the
 * detector card's track resolution ({@link #withTrackResolution}), the signal and tag vertices and
 * Delta t.
 */
public final class EventContext {
    /** Highest Fox–Wolfram order computed for the event-level variables. */
    public static final int FOX_WOLFRAM_L_MAX = 4;

    private final RecoEvent event;
    private final Beam beam;
    private final ParticleTable table;
    private final Frame frame;
    private final EventLevel shared;
    private final CandidateLevel candidates;

    /** A lab-frame context for {@code event}. */
    public EventContext(RecoEvent event, Beam beam, ParticleTable table) {
        this(event, beam, table, Frame.LAB, new EventLevel(null), new CandidateLevel(RoeMask.ALL, null));
    }

    private EventContext(
            RecoEvent event,
            Beam beam,
            ParticleTable table,
            Frame frame,
            EventLevel shared,
            CandidateLevel candidates) {
        this.event = Objects.requireNonNull(event, "event");
        this.beam = Objects.requireNonNull(beam, "beam");
        this.table = Objects.requireNonNull(table, "table");
        this.frame = Objects.requireNonNull(frame, "frame");
        this.shared = shared;
        this.candidates = candidates;
    }

    /**
     * This event with {@code mask} applied to the rest of event of every candidate (the ROE,
     * continuum-suppression and tag-vertex variables), as basf2's ROE masks. This context is
     * unchanged.
     */
    public EventContext withRoeMask(RoeMask mask) {
        return new EventContext(
                event,
                beam,
                table,
                frame,
                shared,
                new CandidateLevel(Objects.requireNonNull(mask), candidates.resolution));
    }

    /**
     * This event with the detector card's track impact-parameter resolution, which the vertex
     * variables (signal and tag vertex, Delta t) need. This context is unchanged.
     */
    public EventContext withTrackResolution(ImpactParameterResolution resolution) {
        return new EventContext(
                event,
                beam,
                table,
                frame,
                shared,
                new CandidateLevel(candidates.mask, Objects.requireNonNull(resolution, "resolution")));
    }

    /** The ROE mask of this context ({@link RoeMask#ALL} unless set). */
    public RoeMask roeMask() {
        return candidates.mask;
    }

    /** The rest of event of {@code candidate} under this context's mask (computed once per candidate). */
    public RestOfEvent restOfEvent(Particle candidate) {
        PerCandidate c = candidates.of(candidate);
        if (c.roe == null) {
            c.roe = RestOfEvent.of(candidate, event, table, candidates.mask);
        }
        return c.roe;
    }

    /** The continuum-suppression quantities of {@code candidate} (computed once per candidate). */
    public ContinuumSuppression continuumSuppression(Particle candidate) {
        PerCandidate c = candidates.of(candidate);
        if (c.continuum == null) {
            c.continuum = ContinuumSuppression.of(candidate, restOfEvent(candidate), beam);
        }
        return c.continuum;
    }

    /**
     * The vertex of {@code candidate}: a track's point of closest approach is not a fit, so this is
     * for composites: the least-squares vertex of its charged final-state tracks, not descending
     * into daughters that carry their own vertex (V0s such as K_S0, which decay away from it). Null
     * with fewer than two such tracks or when they do not fix a point.
     *
     * @throws IllegalStateException if the context has no track resolution ({@link
     *     #withTrackResolution})
     */
    public VertexFit signalVertex(Particle candidate) {
        PerCandidate c = candidates.of(candidate);
        if (!c.signalVertexDone) {
            List<Particle> tracks = new ArrayList<>();
            for (Particle d : candidate.daughters()) {
                collectVertexTracks(d, tracks);
            }
            c.signalVertex = tracks.size() >= 2 ? fitter().fit(tracks) : null;
            c.signalVertexDone = true;
        }
        return c.signalVertex;
    }

    private static void collectVertexTracks(Particle p, List<Particle> out) {
        if (p.track() != null) {
            out.add(p);
        } else if (p.vertex().isEmpty()) {
            for (Particle d : p.daughters()) {
                collectVertexTracks(d, out);
            }
        }
    }

    /**
     * The tag-side vertex of a B candidate: its rest-of-event tracks without K_S0 pairs, fitted with
     * the beam spot widened by the B's transverse flight ({@link TagVertex}, {@link
     * BeamSpotConstraint}); null without a usable track.
     *
     * @throws IllegalStateException if the context has no track resolution
     */
    public VertexFit tagVertex(Particle candidate) {
        PerCandidate c = candidates.of(candidate);
        if (!c.tagVertexDone) {
            double flight = 0;
            if (table.contains(candidate.pdgCode())) {
                ParticleData b = table.byId(candidate.pdgCode());
                double pStar = beam.toCms(candidate.p4Lab()).p();
                if (b.cTau() > 0 && b.mass() > 0 && Double.isFinite(b.cTau())) {
                    flight = BeamSpotConstraint.transverseFlight(b.cTau(), b.mass(), pStar);
                }
            }
            c.tagVertex = TagVertex.fit(restOfEvent(candidate).tracks(), fitter(), BeamSpotConstraint.of(beam, flight));
            c.tagVertexDone = true;
        }
        return c.tagVertex;
    }

    /** Delta t of a B candidate from its signal and tag vertices; null if either is missing. */
    public DeltaT deltaT(Particle candidate) {
        VertexFit signal = signalVertex(candidate);
        VertexFit tag = tagVertex(candidate);
        return signal == null || tag == null ? null : DeltaT.of(signal, tag, beam);
    }

    private VertexFitter fitter() {
        if (candidates.resolution == null) {
            throw new IllegalStateException(
                    "vertex variables need the detector card's track resolution: EventContext.withTrackResolution");
        }
        if (candidates.fitter == null) {
            candidates.fitter = new VertexFitter(candidates.resolution);
        }
        return candidates.fitter;
    }

    /**
     * This event with {@code particles} as its event-shape particles (lab frame; the caller's order
     * is kept): thrust, hemispheres and Fox–Wolfram moments follow them. The returned context is in
     * this context's frame; this context is unchanged.
     */
    public EventContext withEventShape(List<Particle> particles) {
        EventLevel level = new EventLevel(List.copyOf(particles));
        level.visible = shared.visible;
        return new EventContext(event, beam, table, frame, level, candidates);
    }

    /** The same event seen in another frame (event-level results are shared). */
    public EventContext inFrame(Frame f) {
        return f == frame ? this : new EventContext(event, beam, table, f, shared, candidates);
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

    /** Per-candidate results (ROE, continuum suppression, vertices) shared by the frames of one context. */
    private static final class CandidateLevel {
        private final RoeMask mask;
        private final ImpactParameterResolution resolution;
        // Sized for the one or two candidates an event's cuts ask about (the default table is 64 slots,
        // allocated for every event's context).
        private final Map<Particle, PerCandidate> byCandidate = new IdentityHashMap<>(4);
        private VertexFitter fitter;

        CandidateLevel(RoeMask mask, ImpactParameterResolution resolution) {
            this.mask = mask;
            this.resolution = resolution;
        }

        PerCandidate of(Particle p) {
            return byCandidate.computeIfAbsent(p, k -> new PerCandidate());
        }
    }

    /** What is computed for one candidate, on first use. */
    private static final class PerCandidate {
        private RestOfEvent roe;
        private ContinuumSuppression continuum;
        private VertexFit signalVertex;
        private boolean signalVertexDone;
        private VertexFit tagVertex;
        private boolean tagVertexDone;
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

package io.upsilon.analysis.vertex;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.particles.TwoTrackVertex;
import java.util.ArrayList;
import java.util.List;

/**
 * The decay vertex of the other (tag-side) B: a vertex fit of the rest-of-event tracks with the
 * beam-spot constraint ({@link BeamSpotConstraint}), as basf2's tag-vertex module does in its
 * simplest form (analysis/modules/TagVertex).
 *
 * <p>Tracks that make a K_S0 candidate with another rest-of-event track are left out, since they
 * do not come from the B vertex: an opposite-charge pair, as pions, with |M(pi pi) - m(K_S0)| &lt;
 * {@link #KS_MASS_WINDOW}, track lines within {@link #KS_MAX_DISTANCE} of each other, and the pair's
 * vertex more than {@link #KS_MIN_RADIUS} from the z axis (a K_S0 from a B flies ~6 cm on average
 * at Belle II momenta; a B's transverse flight is ~25 um). Charm daughters stay in: their flight
 * (D0: c tau = 123 um) biases the tag vertex along the boost, the known dominant limitation of
 * inclusive tag-vertex fits (H. Tajima et al., NIM A 533 (2004) 370).
 */
public final class TagVertex {
    /** Half-width of the K_S0 mass window, GeV (about 5 times Belle II's M(pi pi) resolution [E]). */
    public static final double KS_MASS_WINDOW = 0.015;

    /** Largest distance between the two track lines of a K_S0 candidate, cm [E]. */
    public static final double KS_MAX_DISTANCE = 0.1;

    /** Smallest transverse radius of a K_S0 candidate's vertex, cm [E]. */
    public static final double KS_MIN_RADIUS = 0.1;

    /** PDG 2024 K_S0 mass, GeV. */
    private static final double KS_MASS = 0.497611;

    private TagVertex() {}

    /**
     * The tracks of {@code roeTracks} (pion-hypothesis particles) that a tag-vertex fit uses: all
     * but those in a K_S0 candidate pair.
     */
    public static List<Particle> usableTracks(List<Particle> roeTracks) {
        boolean[] fromKs = new boolean[roeTracks.size()];
        for (int i = 0; i < roeTracks.size(); i++) {
            Particle a = roeTracks.get(i);
            for (int j = i + 1; j < roeTracks.size(); j++) {
                Particle b = roeTracks.get(j);
                if (a.charge() * b.charge() >= 0 || a.track() == null || b.track() == null) {
                    continue;
                }
                double m = a.p4Lab().plus(b.p4Lab()).m();
                if (Math.abs(m - KS_MASS) >= KS_MASS_WINDOW) {
                    continue;
                }
                TwoTrackVertex v = TwoTrackVertex.of(a.track(), b.track());
                if (v.distance() < KS_MAX_DISTANCE && v.point().perp() > KS_MIN_RADIUS) {
                    fromKs[i] = true;
                    fromKs[j] = true;
                }
            }
        }
        List<Particle> out = new ArrayList<>();
        for (int i = 0; i < roeTracks.size(); i++) {
            if (!fromKs[i]) {
                out.add(roeTracks.get(i));
            }
        }
        return out;
    }

    /**
     * The tag vertex: the usable rest-of-event tracks fitted with the beam-spot constraint; null
     * without a usable track.
     */
    public static VertexFit fit(List<Particle> roeTracks, VertexFitter fitter, BeamSpotConstraint beamSpot) {
        List<Particle> tracks = usableTracks(roeTracks);
        if (tracks.isEmpty()) {
            return null;
        }
        return fitter.fit(tracks, beamSpot);
    }
}

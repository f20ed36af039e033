package io.upsilon.analysis.particles;

import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.kinematics.Vec3;
import java.util.Objects;

/**
 * A simple vertex of two tracks: the midpoint of the segment joining the points of closest approach
 * of their straight lines (each line through the track's measured {@link RecoTrack#position()}
 * along its momentum), and the distance between the lines there. The fast simulation's tracks are
 * straight lines, so this is the exact intersection up to the measurement errors; no fit, no
 * covariance.
 *
 * @param point the vertex in the lab, cm
 * @param distance distance of closest approach between the two lines, cm
 */
public record TwoTrackVertex(Vec3 point, double distance) {
    /** Validates. */
    public TwoTrackVertex {
        Objects.requireNonNull(point, "point");
        if (!(distance >= 0)) {
            throw new IllegalArgumentException("distance must be >= 0, got " + distance);
        }
    }

    /** The vertex of two tracks. */
    public static TwoTrackVertex of(RecoTrack a, RecoTrack b) {
        return of(a.position(), a.momentum(), b.position(), b.momentum());
    }

    /**
     * The vertex of the lines {@code pa + s da} and {@code pb + t db} (directions need not be unit
     * vectors). For parallel lines the point of the first line's reference point is used.
     */
    public static TwoTrackVertex of(Vec3 pa, Vec3 da, Vec3 pb, Vec3 db) {
        Vec3 u = da.unit();
        Vec3 v = db.unit();
        Vec3 w = pa.minus(pb);
        double cos = u.dot(v);
        double du = u.dot(w);
        double dv = v.dot(w);
        double denominator = 1 - cos * cos;
        double s;
        double t;
        if (denominator < 1e-12) {
            // Parallel lines: any point of the first line; the distance is the same everywhere.
            s = 0;
            t = dv;
        } else {
            s = (cos * dv - du) / denominator;
            t = (dv - cos * du) / denominator;
        }
        Vec3 onA = pa.plus(u.times(s));
        Vec3 onB = pb.plus(v.times(t));
        return new TwoTrackVertex(onA.plus(onB).times(0.5), onA.minus(onB).mag());
    }
}

package io.upsilon.core.event;

import io.upsilon.core.kinematics.Vec3;
import java.util.Objects;

/**
 * A reconstructed charged track (lab frame).
 *
 * @param index position in {@link RecoEvent#tracks()}
 * @param charge +1 or -1
 * @param momentum measured momentum at the point of closest approach, GeV
 * @param d0 signed transverse impact parameter, cm
 * @param z0 longitudinal impact parameter, cm
 * @param pid identification probabilities
 * @param clusterIndex index of the matched ECL cluster in {@link RecoEvent#clusters()}, -1 if none
 * @param klmLayers number of KLM layers hit by the track's extrapolation (0 if it does not reach the KLM)
 * @param truthIndex index of the generated particle in {@link RecoEvent#truth()} it comes from, -1 for a fake
 * @param position measured point of the track near its production point, cm: with the momentum it
 *     defines the track's straight line, from which vertices (e.g. of a K_S0 -> pi+ pi- pair) are
 *     found; for a track from the interaction point, its point of closest approach to the z axis
 */
public record RecoTrack(
        int index,
        int charge,
        Vec3 momentum,
        double d0,
        double z0,
        PidLikelihoods pid,
        int clusterIndex,
        int klmLayers,
        int truthIndex,
        Vec3 position) {
    public RecoTrack {
        if (charge != 1 && charge != -1) {
            throw new IllegalArgumentException("track charge must be +1 or -1, got " + charge);
        }
        Objects.requireNonNull(position, "position");
    }

    /**
     * A track whose position is its point of closest approach to the z axis, from d0 and z0 (d0 &gt; 0
     * when the point lies along (p_y, -p_x)/p_T, the sign convention of {@code d0 = (x p_y - y
     * p_x)/p_T}).
     */
    public RecoTrack(
            int index,
            int charge,
            Vec3 momentum,
            double d0,
            double z0,
            PidLikelihoods pid,
            int clusterIndex,
            int klmLayers,
            int truthIndex) {
        this(
                index,
                charge,
                momentum,
                d0,
                z0,
                pid,
                clusterIndex,
                klmLayers,
                truthIndex,
                pointOfClosestApproach(momentum, d0, z0));
    }

    /** The point (d0 p_y/p_T, -d0 p_x/p_T, z0) of a straight track. */
    public static Vec3 pointOfClosestApproach(Vec3 momentum, double d0, double z0) {
        double pt = Math.hypot(momentum.x(), momentum.y());
        if (!(pt > 0)) {
            return new Vec3(0, 0, z0);
        }
        return new Vec3(d0 * momentum.y() / pt, -d0 * momentum.x() / pt, z0);
    }
}

package io.upsilon.core.event;

import io.upsilon.core.kinematics.Vec3;

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
        int truthIndex) {
    public RecoTrack {
        if (charge != 1 && charge != -1) {
            throw new IllegalArgumentException("track charge must be +1 or -1, got " + charge);
        }
    }
}

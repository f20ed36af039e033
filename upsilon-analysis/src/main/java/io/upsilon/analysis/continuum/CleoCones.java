package io.upsilon.analysis.continuum;

import io.upsilon.core.kinematics.Vec3;
import java.util.List;

/**
 * CLEO's momentum-flow cones (CLEO, D. M. Asner et al., PRD 53 (1996) 1039): the scalar momentum
 * sum of particles in nine concentric cones of 10 degrees around an axis (the B candidate's thrust
 * axis), folded so that a particle at angle alpha and one at 180 - alpha count in the same cone;
 * cone n (1..9) holds angles in [10 (n - 1), 10 n) degrees, cone 9 also 90 exactly.
 */
public final class CleoCones {
    /** Number of cones. */
    public static final int CONES = 9;

    private CleoCones() {}

    /**
     * The nine cone sums (index 0 is cone 1), GeV.
     *
     * @param axis the cone axis (need not be a unit vector, must be non-zero)
     * @param momenta the particles' momenta, in the frame of the axis
     */
    public static double[] of(Vec3 axis, List<Vec3> momenta) {
        Vec3 n = axis.unit();
        double[] out = new double[CONES];
        for (Vec3 p : momenta) {
            double mag = p.mag();
            if (!(mag > 0)) {
                continue;
            }
            double cos = Math.min(1, Math.abs(p.dot(n)) / mag);
            double degrees = Math.toDegrees(Math.acos(cos));
            int cone = Math.min(CONES - 1, (int) Math.floor(degrees / 10));
            out[cone] += mag;
        }
        return out;
    }
}

package io.upsilon.generators.phasespace;

import io.upsilon.core.kinematics.Boost;

/**
 * Two-body kinematics: the Kallen function, the daughter momentum in the parent rest frame, the
 * two-body phase-space volume, and in-place decays on primitive arrays (px, py, pz, E).
 */
public final class TwoBody {
    private TwoBody() {}

    /** Kallen function lambda(a, b, c) = a^2 + b^2 + c^2 - 2ab - 2bc - 2ca. */
    public static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * a * b - 2 * b * c - 2 * c * a;
    }

    /**
     * Momentum of either daughter in the rest frame of a parent of mass {@code m} decaying to
     * masses {@code m1} and {@code m2}; 0 at or below threshold.
     */
    public static double momentum(double m, double m1, double m2) {
        if (m <= m1 + m2) {
            return 0;
        }
        // (m^2 - (m1+m2)^2)(m^2 - (m1-m2)^2) is the Kallen function, factorised for precision.
        double s = m * m;
        double l = (s - (m1 + m2) * (m1 + m2)) * (s - (m1 - m2) * (m1 - m2));
        return Math.sqrt(Math.max(0, l)) / (2 * m);
    }

    /**
     * Lorentz-invariant two-body phase space integrated over angles, |p*|/(4 pi m), in the
     * convention d Phi_n = (2 pi)^4 delta^4(P - sum p) prod d^3p_i / ((2 pi)^3 2 E_i).
     */
    public static double phaseSpace(double m, double m1, double m2) {
        return momentum(m, m1, m2) / (4 * Math.PI * m);
    }

    /**
     * Decays a parent at rest into daughters of masses {@code m1} (along the direction given by
     * {@code cosTheta}, {@code phi}) and {@code m2} (opposite), writing (px, py, pz, E) at {@code
     * out[off1..]} and {@code out[off2..]}.
     */
    public static void decayAtRest(
            double m, double m1, double m2, double cosTheta, double phi, double[] out, int off1, int off2) {
        double p = momentum(m, m1, m2);
        double sinTheta = Math.sqrt(Math.max(0, (1 - cosTheta) * (1 + cosTheta)));
        double px = p * sinTheta * Math.cos(phi);
        double py = p * sinTheta * Math.sin(phi);
        double pz = p * cosTheta;
        out[off1] = px;
        out[off1 + 1] = py;
        out[off1 + 2] = pz;
        out[off1 + 3] = Math.sqrt(p * p + m1 * m1);
        out[off2] = -px;
        out[off2 + 1] = -py;
        out[off2 + 2] = -pz;
        out[off2 + 3] = Math.sqrt(p * p + m2 * m2);
    }

    /**
     * Decays a moving parent whose four-momentum is at {@code parent[offP..]}: the daughters are
     * generated with the given rest-frame angles (relative to the lab axes, not the flight
     * direction) and boosted with the parent's velocity.
     */
    public static void decayInFlight(
            double[] parent,
            int offP,
            double m1,
            double m2,
            double cosTheta,
            double phi,
            double[] out,
            int off1,
            int off2) {
        double e = parent[offP + 3];
        double px = parent[offP];
        double py = parent[offP + 1];
        double pz = parent[offP + 2];
        double m = Math.sqrt(Math.max(
                0, (e - Math.sqrt(px * px + py * py + pz * pz)) * (e + Math.sqrt(px * px + py * py + pz * pz))));
        decayAtRest(m, m1, m2, cosTheta, phi, out, off1, off2);
        Boost.apply(px / e, py / e, pz / e, out, off1);
        Boost.apply(px / e, py / e, pz / e, out, off2);
    }
}

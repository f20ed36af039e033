package io.upsilon.core.kinematics;

/**
 * Euclidean norms for hot loops. {@link Math#hypot} avoids overflow and underflow for arguments
 * near 1e±154 and pays for it: on JDK 17 it was a fifth of the fast-simulation time (JFR profile of
 * the tau-pair sample). Momenta, energies and resolutions in GeV are nowhere near that range, so the
 * plain square root of the sum of squares is exact to rounding here.
 */
public final class Norms {
    private Norms() {}

    /** sqrt(a^2 + b^2). */
    public static double hypot(double a, double b) {
        return Math.sqrt(a * a + b * b);
    }

    /** sqrt(a^2 + b^2 + c^2). */
    public static double hypot(double a, double b, double c) {
        return Math.sqrt(a * a + b * b + c * c);
    }
}

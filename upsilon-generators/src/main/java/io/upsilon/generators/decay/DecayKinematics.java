package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;

/** Allocation-free kinematic helpers shared by the decay models (primitive arrays, GeV). */
final class DecayKinematics {
    private DecayKinematics() {}

    /** Writes an isotropic unit vector at {@code out[off..off+2]}. */
    static void randomDirection(RandomStream rng, double[] out, int off) {
        double c = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        double sn = Math.sqrt(Math.max(0, (1 - c) * (1 + c)));
        out[off] = sn * Math.cos(phi);
        out[off + 1] = sn * Math.sin(phi);
        out[off + 2] = c;
    }

    /** Writes (p n, sqrt(p^2 + m^2)) at {@code out[off..]} for the unit vector n. */
    static void set(double[] out, int off, double p, double nx, double ny, double nz, double m) {
        out[off] = p * nx;
        out[off + 1] = p * ny;
        out[off + 2] = p * nz;
        out[off + 3] = Math.sqrt(p * p + m * m);
    }

    /**
     * Puts a system of mass {@code mSystem} (whose daughters 0..n-1 are at out[4 i..] in its own
     * rest frame) and a massless neutrino (at out[4 n..]) back to back in the rest frame of a parent
     * of mass {@code mParent}: the system moves along the unit vector d, the neutrino opposite.
     */
    static void systemAndNeutrino(
            double mParent, double mSystem, int n, double dx, double dy, double dz, double[] out) {
        double s = mSystem * mSystem;
        double m2 = mParent * mParent;
        double p = (m2 - s) / (2 * mParent);
        double e = (m2 + s) / (2 * mParent);
        double b = p / e;
        for (int i = 0; i < n; i++) {
            Boost.apply(b * dx, b * dy, b * dz, out, 4 * i);
        }
        set(out, 4 * n, p, -dx, -dy, -dz, 0);
    }

    /** Invariant mass squared of the sum of particles i and j at out[4 i..], out[4 j..]. */
    static double mass2(double[] v, int i, int j) {
        int a = 4 * i;
        int b = 4 * j;
        double e = v[a + 3] + v[b + 3];
        double x = v[a] + v[b];
        double y = v[a + 1] + v[b + 1];
        double z = v[a + 2] + v[b + 2];
        return e * e - x * x - y * y - z * z;
    }
}

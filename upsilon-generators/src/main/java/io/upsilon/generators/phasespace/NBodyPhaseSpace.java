package io.upsilon.generators.phasespace;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.random.RandomStream;
import java.util.Arrays;

/**
 * Weighted n-body Lorentz-invariant phase space in the rest frame of a system of mass M, by
 * sequential two-body splittings (the GENBOD method, F. James, CERN 68-15): intermediate masses
 * M_2 &lt; ... &lt; M_{n-1} are drawn uniformly (ordered) in the kinetic-energy simplex, each
 * splitting is isotropic, and the event weight is the phase-space density over the sampling
 * density, so that the mean weight equals the phase-space volume
 *
 * <pre>
 *   Phi_n = integral (2 pi)^4 delta^4(P - sum p_i) prod_i d^3p_i / ((2 pi)^3 2 E_i).
 * </pre>
 *
 * With a matrix element: generate, multiply the weight by |M|^2, average (cross sections,
 * widths) or accept with probability w/w_max (unweighted events). Not thread-safe (reuses its
 * buffers).
 */
public final class NBodyPhaseSpace {
    private final double mass;
    private final double[] masses;
    private final int n;
    private final double kinetic;
    private final double simplexVolumeFactor;
    private final double[] u;
    private final double[] sub; // invariant masses of the sub-systems 1..k

    /**
     * @param mass total mass M of the system (its energy in its rest frame)
     * @param masses the n >= 2 final-state masses; their sum must be below M
     */
    public NBodyPhaseSpace(double mass, double... masses) {
        if (masses.length < 2) {
            throw new IllegalArgumentException("need at least 2 final-state particles, got " + masses.length);
        }
        double sum = 0;
        for (double m : masses) {
            if (!(m >= 0)) {
                throw new IllegalArgumentException("masses must be >= 0, got " + Arrays.toString(masses));
            }
            sum += m;
        }
        if (!(mass > sum)) {
            throw new IllegalArgumentException("system mass " + mass + " is not above the sum of the masses " + sum);
        }
        this.mass = mass;
        this.masses = masses.clone();
        this.n = masses.length;
        this.kinetic = mass - sum;
        double f = 1;
        for (int k = 2; k <= n - 2; k++) {
            f *= k;
        }
        // Ordered uniform points in [0, T]^(n-2): density (n-2)!/T^(n-2).
        this.simplexVolumeFactor = Math.pow(kinetic, n - 2) / f;
        this.u = new double[n];
        this.sub = new double[n];
    }

    /** Number of final-state particles. */
    public int size() {
        return n;
    }

    /**
     * Generates one phase-space point: writes (px, py, pz, E) of particle i at {@code out[4 i..]}
     * in the system's rest frame, and returns its weight (0 never occurs above threshold).
     */
    public double generate(RandomStream rng, double[] out) {
        // Ordered intermediate kinetic energies.
        u[0] = 0;
        for (int k = 1; k < n - 1; k++) {
            u[k] = rng.nextDouble();
        }
        u[n - 1] = 1;
        Arrays.sort(u, 1, n - 1);
        double acc = 0;
        for (int k = 0; k < n; k++) {
            acc += masses[k];
            sub[k] = acc + u[k] * kinetic;
        }
        sub[n - 1] = mass;

        double weight = simplexVolumeFactor;
        // Particle 0 at rest in the frame of sub-system {0}; build outwards.
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        out[3] = masses[0];
        for (int k = 1; k < n; k++) {
            double mk = sub[k];
            double mPrev = k == 1 ? masses[0] : sub[k - 1];
            double p = TwoBody.momentum(mk, mPrev, masses[k]);
            weight *= p / (4 * Math.PI * mk);
            if (k < n - 1) {
                weight *= 2 * mk / (2 * Math.PI);
            }
            double cosTheta = 2 * rng.nextDouble() - 1;
            double phi = 2 * Math.PI * rng.nextDouble();
            double sinTheta = Math.sqrt(Math.max(0, (1 - cosTheta) * (1 + cosTheta)));
            double nx = sinTheta * Math.cos(phi);
            double ny = sinTheta * Math.sin(phi);
            double nz = cosTheta;
            // Sub-system 0..k-1 moves along +n with momentum p; particle k along -n.
            double ePrev = Math.sqrt(p * p + mPrev * mPrev);
            if (mPrev == 0) {
                // A massless particle 0 (k = 1) cannot be boosted from rest (beta = 1): place it directly.
                out[0] = p * nx;
                out[1] = p * ny;
                out[2] = p * nz;
                out[3] = p;
            } else {
                double bx = p * nx / ePrev;
                double by = p * ny / ePrev;
                double bz = p * nz / ePrev;
                for (int i = 0; i < k; i++) {
                    Boost.apply(bx, by, bz, out, 4 * i);
                }
            }
            int o = 4 * k;
            out[o] = -p * nx;
            out[o + 1] = -p * ny;
            out[o + 2] = -p * nz;
            out[o + 3] = Math.sqrt(p * p + masses[k] * masses[k]);
        }
        return weight;
    }

    /**
     * Phase-space volume for massless particles, (2 pi)^(4 - 3n) (pi/2)^(n-1) M^(2n-4) /
     * ((n-1)! (n-2)!): the analytic reference the generator is tested against.
     */
    public static double masslessVolume(int n, double mass) {
        double f1 = 1;
        for (int k = 2; k <= n - 1; k++) {
            f1 *= k;
        }
        double f2 = 1;
        for (int k = 2; k <= n - 2; k++) {
            f2 *= k;
        }
        return Math.pow(2 * Math.PI, 4 - 3 * n) * Math.pow(Math.PI / 2, n - 1) * Math.pow(mass, 2 * n - 4) / (f1 * f2);
    }
}

package io.upsilon.generators.phasespace;

import io.upsilon.core.random.RandomStream;

/**
 * Flat n-body phase space for massless particles by the RAMBO algorithm (R. Kleiss, W. J. Stirling
 * and S. D. Ellis, Comput. Phys. Commun. 40 (1986) 359): isotropic momenta with energies from
 * q e^-q, then one Lorentz transformation and scaling to total momentum (0, 0, 0, M). Every point has
 * the same weight, the massless phase-space volume. For tests: an integration independent of the
 * generators' own mappings ({@link NBodyPhaseSpace} needs a massive first particle).
 */
public final class MasslessRambo {
    private final int n;
    private final double mass;
    private final double[] q;

    /**
     * @param mass total mass M (the CM energy)
     * @param n number of massless particles (&gt;= 2)
     */
    public MasslessRambo(double mass, int n) {
        this.mass = mass;
        this.n = n;
        this.q = new double[4 * n];
    }

    /** The constant weight: the phase-space volume Phi_n(M). */
    public double weight() {
        return NBodyPhaseSpace.masslessVolume(n, mass);
    }

    /** Writes (px, py, pz, E) of the n particles at {@code out[4 i..]} (rest frame of M). */
    public void generate(RandomStream rng, double[] out) {
        double sx = 0;
        double sy = 0;
        double sz = 0;
        double se = 0;
        for (int i = 0; i < n; i++) {
            double c = 2 * rng.nextDouble() - 1;
            double s = Math.sqrt(Math.max(0, 1 - c * c));
            double phi = 2 * Math.PI * rng.nextDouble();
            double e = -Math.log(rng.nextDouble() * rng.nextDouble());
            q[4 * i] = e * s * Math.cos(phi);
            q[4 * i + 1] = e * s * Math.sin(phi);
            q[4 * i + 2] = e * c;
            q[4 * i + 3] = e;
            sx += q[4 * i];
            sy += q[4 * i + 1];
            sz += q[4 * i + 2];
            se += e;
        }
        double m = Math.sqrt(se * se - sx * sx - sy * sy - sz * sz);
        double bx = -sx / m;
        double by = -sy / m;
        double bz = -sz / m;
        double g = se / m;
        double a = 1 / (1 + g);
        double x = mass / m;
        for (int i = 0; i < n; i++) {
            double bq = bx * q[4 * i] + by * q[4 * i + 1] + bz * q[4 * i + 2];
            double e = q[4 * i + 3];
            out[4 * i] = x * (q[4 * i] + bx * e + a * bq * bx);
            out[4 * i + 1] = x * (q[4 * i + 1] + by * e + a * bq * by);
            out[4 * i + 2] = x * (q[4 * i + 2] + bz * e + a * bq * bz);
            out[4 * i + 3] = x * (g * e + bq);
        }
    }
}

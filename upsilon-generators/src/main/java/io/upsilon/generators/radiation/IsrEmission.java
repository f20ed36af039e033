package io.upsilon.generators.radiation;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;

/**
 * Initial-state radiation for an s-channel-like hard process generated in its own rest frame, in
 * the structure-function approach of {@link IsrStructureFunction}:
 *
 * <pre>
 *   sigma(s) = int_0^xmax dx F(x, s) sigma_hat(s (1 - x))
 * </pre>
 *
 * One event: x is drawn by an {@link IsrSampler}, the weight factor F(x, s)/pdf(x) is returned,
 * and one explicit photon of energy k = x sqrt(s)/2 carries the radiated energy, at the
 * collinear-peak angle 1/(1 - v cos) off the e- or the e+ (each with probability 1/2) and a uniform
 * azimuth (or exactly along the beam, see {@link #IsrEmission(IsrSampler, boolean)}), all in the canonical CM frame (e- along +z). The hard system has mass^2 s' = s - 2
 * sqrt(s) k = s (1 - x) and recoils against the photon: {@link #toCm} boosts its momenta from its
 * rest frame to the CM frame, so four-momentum is conserved exactly. Photons below {@link
 * FinalStateRadiation#MIN_PHOTON_ENERGY} are not written (then s' = s, no recoil). The same
 * construction as the one inside {@code FermionPairRadiative}; not thread-safe (one per generator).
 */
public final class IsrEmission {
    private final IsrStructureFunction isr;
    private final IsrSampler sampler;
    private final double electronMass2;
    private final boolean collinear;
    private final double[] sampled = new double[2];
    private double x;
    private double k;
    private double gx;
    private double gy;
    private double gz;
    private double sPrime;
    private double bx;
    private double by;
    private double bz;

    /**
     * ISR photons at the collinear-peak angle (they carry transverse momentum).
     *
     * @param sampler the importance sampler of x for this final state's threshold and resonances
     */
    public IsrEmission(IsrSampler sampler) {
        this(sampler, false);
    }

    /**
     * @param sampler the importance sampler of x for this final state's threshold and resonances
     * @param collinear true: the photon goes exactly along its beam (the collinear limit in which the
     *     structure function is derived), so the hard system moves along the beam axis and a hard
     *     process with a collinear singularity (t-channel, 1/(1 - cos^2)) keeps it exactly along the
     *     beams; false: at the 1/(1 - v cos) collinear-peak angle
     */
    public IsrEmission(IsrSampler sampler, boolean collinear) {
        if (sampler == null) {
            throw new IllegalArgumentException("sampler must not be null");
        }
        double me = ParticleTable.standard().byId(11).mass();
        this.isr = new IsrStructureFunction(me);
        this.sampler = sampler;
        this.electronMass2 = me * me;
        this.collinear = collinear;
    }

    /** The structure function used for the weights. */
    public IsrStructureFunction structureFunction() {
        return isr;
    }

    /**
     * Draws the radiated fraction x in (0, xMax] for this event's s and the photon.
     *
     * @param s this collision's s, GeV^2
     * @param xMax 1 - s_min/s with s_min the hard process's threshold (in (0, 1))
     * @return the ISR factor of the event weight, F(x, s)/pdf(x)
     */
    public double sample(RandomStream rng, double s, double xMax) {
        if (!(xMax > 0 && xMax < 1)) {
            throw new IllegalArgumentException("xMax must be in (0, 1), got " + xMax);
        }
        double sqrtS = Math.sqrt(s);
        sampler.sample(rng, s, isr.beta(s), xMax, sampled);
        x = sampled[0];
        double weight = isr.value(x, s) / sampled[1];
        k = 0.5 * x * sqrtS;
        double cosG = collinear ? 1 : CollinearPhoton.cosTheta(Math.sqrt(1 - 4 * electronMass2 / s), rng.nextDouble());
        if (rng.nextDouble() < 0.5) {
            cosG = -cosG; // off the positron
        }
        double sinG = Math.sqrt(Math.max(0, (1 - cosG) * (1 + cosG)));
        double phiG = collinear ? 0 : 2 * Math.PI * rng.nextDouble();
        if (k >= FinalStateRadiation.MIN_PHOTON_ENERGY) {
            gx = k * sinG * Math.cos(phiG);
            gy = k * sinG * Math.sin(phiG);
            gz = k * cosG;
        } else {
            k = 0;
            gx = 0;
            gy = 0;
            gz = 0;
        }
        sPrime = s - 2 * sqrtS * k;
        double eSystem = sqrtS - k;
        bx = -gx / eSystem;
        by = -gy / eSystem;
        bz = -gz / eSystem;
        return weight;
    }

    /** The drawn energy fraction x of the last {@link #sample}. */
    public double x() {
        return x;
    }

    /** s' = s - 2 sqrt(s) k, the squared mass of the hard system. */
    public double sPrime() {
        return sPrime;
    }

    /** True if the last event has a written photon (k above 1 keV). */
    public boolean hasPhoton() {
        return k > 0;
    }

    /** Photon energy in the CM frame, GeV (0 if no photon). */
    public double photonEnergy() {
        return k;
    }

    /** Writes the photon's canonical-CM four-momentum to {@code p[off..off+3]}. */
    public void photon(double[] p, int off) {
        p[off] = gx;
        p[off + 1] = gy;
        p[off + 2] = gz;
        p[off + 3] = k;
    }

    /** Velocity of the hard system in the CM frame (x, y, z components in {@code v[0..2]}). */
    public void systemVelocity(double[] v) {
        v[0] = bx;
        v[1] = by;
        v[2] = bz;
    }

    /** Boosts the four-momentum at {@code p[off..]} from the hard system's rest frame to the CM frame, in place. */
    public void toCm(double[] p, int off) {
        if (k > 0) {
            Boost.apply(bx, by, bz, p, off);
        }
    }
}

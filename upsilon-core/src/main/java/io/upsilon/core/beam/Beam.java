package io.upsilon.core.beam;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.LorentzVector;
import io.upsilon.core.kinematics.Vec3;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.Objects;

/**
 * The two SuperKEKB beams: nominal energies, directions (crossing angle in the x-z plane), energy
 * spreads and bunch sizes. Gives sqrt(s), the CM boost, CM&lt;-&gt;lab transforms and per-event
 * beam-energy smearing and interaction vertices drawn from the event's own random stream.
 *
 * <p>Geometry: the HER (e-) travels along (sin a_H, 0, cos a_H), the LER (e+) along (sin a_L, 0,
 * -cos a_L), with half-angles a_H = a_L = 41.5 mrad, so the CM frame moves with beta ~ (0.0415,
 * 0, 0.2726) in the lab (derived from the "Y4S" preset of basf2
 * generators/scripts/beamparameters.py). The beam is an object: no code uses a literal 10.58.
 */
public final class Beam {
    /** Electron mass in GeV, from the particle table, for the beam four-momenta. */
    static final double ELECTRON_MASS = ParticleTable.standard().byId(11).mass();

    private final String name;
    private final double energyHer;
    private final double energyLer;
    private final double halfAngleHer;
    private final double halfAngleLer;
    private final double sigmaEnergyHer;
    private final double sigmaEnergyLer;
    private final Vec3 bunchSizeHer;
    private final Vec3 bunchSizeLer;

    // Derived, cached.
    private final double dirHerX;
    private final double dirHerZ;
    private final double dirLerX;
    private final double dirLerZ;
    private final LorentzVector her;
    private final LorentzVector ler;
    private final LorentzVector total;
    private final Boost cmsToLab;
    private final Boost labToCms;
    private final LuminousRegion luminousRegion;

    /**
     * @param name preset name, for provenance
     * @param energyHer nominal HER (e-) energy in GeV
     * @param energyLer nominal LER (e+) energy in GeV
     * @param halfAngleHer HER angle from +z towards +x, rad
     * @param halfAngleLer LER angle from -z towards +x, rad
     * @param sigmaEnergyHer HER energy spread (1 sigma), GeV; 0 disables smearing
     * @param sigmaEnergyLer LER energy spread (1 sigma), GeV
     * @param bunchSizeHer HER bunch sizes (x, y, z) in cm in the beam's own frame
     * @param bunchSizeLer LER bunch sizes (x, y, z) in cm in the beam's own frame
     */
    public Beam(
            String name,
            double energyHer,
            double energyLer,
            double halfAngleHer,
            double halfAngleLer,
            double sigmaEnergyHer,
            double sigmaEnergyLer,
            Vec3 bunchSizeHer,
            Vec3 bunchSizeLer) {
        this.name = Objects.requireNonNull(name, "name");
        requireFinite(energyHer > ELECTRON_MASS, energyHer, "HER energy must exceed the electron mass");
        requireFinite(energyLer > ELECTRON_MASS, energyLer, "LER energy must exceed the electron mass");
        requireFinite(Math.abs(halfAngleHer) < Math.PI / 2, halfAngleHer, "HER half-angle must be in (-pi/2, pi/2)");
        requireFinite(Math.abs(halfAngleLer) < Math.PI / 2, halfAngleLer, "LER half-angle must be in (-pi/2, pi/2)");
        requireFinite(sigmaEnergyHer >= 0, sigmaEnergyHer, "HER energy spread must be >= 0");
        requireFinite(sigmaEnergyLer >= 0, sigmaEnergyLer, "LER energy spread must be >= 0");
        this.energyHer = energyHer;
        this.energyLer = energyLer;
        this.halfAngleHer = halfAngleHer;
        this.halfAngleLer = halfAngleLer;
        this.sigmaEnergyHer = sigmaEnergyHer;
        this.sigmaEnergyLer = sigmaEnergyLer;
        this.bunchSizeHer = Objects.requireNonNull(bunchSizeHer, "bunchSizeHer");
        this.bunchSizeLer = Objects.requireNonNull(bunchSizeLer, "bunchSizeLer");
        this.dirHerX = Math.sin(halfAngleHer);
        this.dirHerZ = Math.cos(halfAngleHer);
        this.dirLerX = Math.sin(halfAngleLer);
        this.dirLerZ = -Math.cos(halfAngleLer);
        this.her = herWithEnergy(energyHer);
        this.ler = lerWithEnergy(energyLer);
        this.total = her.plus(ler);
        this.cmsToLab = Boost.of(total.boostVector());
        this.labToCms = cmsToLab.inverse();
        this.luminousRegion = LuminousRegion.of(bunchSizeHer, halfAngleHer, bunchSizeLer, -halfAngleLer);
    }

    private static void requireFinite(boolean ok, double v, String what) {
        if (!ok || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + ", got " + v);
        }
    }

    /** The preset with this name (see {@link BeamPresets}). */
    public static Beam preset(String name) {
        return BeamPresets.standard().get(name);
    }

    public String name() {
        return name;
    }

    public double energyHer() {
        return energyHer;
    }

    public double energyLer() {
        return energyLer;
    }

    public double sigmaEnergyHer() {
        return sigmaEnergyHer;
    }

    public double sigmaEnergyLer() {
        return sigmaEnergyLer;
    }

    public double halfAngleHer() {
        return halfAngleHer;
    }

    public double halfAngleLer() {
        return halfAngleLer;
    }

    public Vec3 bunchSizeHer() {
        return bunchSizeHer;
    }

    public Vec3 bunchSizeLer() {
        return bunchSizeLer;
    }

    /** Nominal HER (e-) four-momentum in the lab. */
    public LorentzVector her() {
        return her;
    }

    /** Nominal LER (e+) four-momentum in the lab. */
    public LorentzVector ler() {
        return ler;
    }

    /** Nominal total four-momentum of the collision in the lab. */
    public LorentzVector total() {
        return total;
    }

    /** Nominal centre-of-mass energy sqrt(s) in GeV (with the crossing angle). */
    public double sqrtS() {
        return total.m();
    }

    /** Nominal s in GeV^2. */
    public double s() {
        return total.m2();
    }

    /** E*_beam = sqrt(s)/2, used by Mbc, Delta E and recoil variables. */
    public double eStarBeam() {
        return 0.5 * sqrtS();
    }

    /** Velocity of the CM frame in the lab (beta vector of the boost from CM to lab). */
    public Vec3 cmBoostBeta() {
        return cmsToLab.beta();
    }

    /** The boost taking CM-frame vectors to the lab. */
    public Boost cmsToLab() {
        return cmsToLab;
    }

    /** The boost taking lab-frame vectors to the CM frame. */
    public Boost labToCms() {
        return labToCms;
    }

    /** A lab-frame four-vector in the nominal CM frame. */
    public LorentzVector toCms(LorentzVector lab) {
        return labToCms.apply(lab);
    }

    /** A nominal-CM-frame four-vector in the lab. */
    public LorentzVector toLab(LorentzVector cms) {
        return cmsToLab.apply(cms);
    }

    /** Spread (1 sigma) of the CM energy from the two beam-energy spreads, to first order. */
    public double sigmaSqrtS() {
        double w = sqrtS();
        double rh = sigmaEnergyHer / energyHer;
        double rl = sigmaEnergyLer / energyLer;
        return 0.5 * w * Math.sqrt(rh * rh + rl * rl);
    }

    /** The luminous region (product of the two Gaussian bunches). */
    public LuminousRegion luminousRegion() {
        return luminousRegion;
    }

    /** HER four-momentum for a given energy, along the nominal HER direction. */
    public LorentzVector herWithEnergy(double e) {
        double p = Math.sqrt((e - ELECTRON_MASS) * (e + ELECTRON_MASS));
        return new LorentzVector(p * dirHerX, 0, p * dirHerZ, e);
    }

    /** LER four-momentum for a given energy, along the nominal LER direction. */
    public LorentzVector lerWithEnergy(double e) {
        double p = Math.sqrt((e - ELECTRON_MASS) * (e + ELECTRON_MASS));
        return new LorentzVector(p * dirLerX, 0, p * dirLerZ, e);
    }

    /**
     * Draws one event's beam energies and writes the total four-momentum of the collision (px, py,
     * pz, E) into {@code out[off..off+3]} and the HER four-momentum into {@code out[off+4..off+7]}.
     * Allocation-free, for generator inner loops.
     */
    public void sampleCollision(RandomStream rng, double[] out, int off) {
        double eh = energyHer + (sigmaEnergyHer > 0 ? sigmaEnergyHer * rng.nextGaussian() : 0);
        double el = energyLer + (sigmaEnergyLer > 0 ? sigmaEnergyLer * rng.nextGaussian() : 0);
        double ph = Math.sqrt((eh - ELECTRON_MASS) * (eh + ELECTRON_MASS));
        double pl = Math.sqrt((el - ELECTRON_MASS) * (el + ELECTRON_MASS));
        double hx = ph * dirHerX;
        double hz = ph * dirHerZ;
        out[off] = hx + pl * dirLerX;
        out[off + 1] = 0;
        out[off + 2] = hz + pl * dirLerZ;
        out[off + 3] = eh + el;
        out[off + 4] = hx;
        out[off + 5] = 0;
        out[off + 6] = hz;
        out[off + 7] = eh;
    }

    /** One event's smeared beams and interaction vertex. */
    public Collision sampleCollision(RandomStream rng) {
        double eh = energyHer + sigmaEnergyHer * rng.nextGaussian();
        double el = energyLer + sigmaEnergyLer * rng.nextGaussian();
        return new Collision(herWithEnergy(eh), lerWithEnergy(el), luminousRegion.sample(rng));
    }

    /** The same beam with energy smearing switched off (for Born-level checks). */
    public Beam withoutEnergySpread() {
        return new Beam(
                name + "(no spread)",
                energyHer,
                energyLer,
                halfAngleHer,
                halfAngleLer,
                0,
                0,
                bunchSizeHer,
                bunchSizeLer);
    }

    @Override
    public String toString() {
        return "Beam[" + name + ": HER " + energyHer + " GeV, LER " + energyLer + " GeV, sqrt(s) = " + sqrtS()
                + " GeV]";
    }
}

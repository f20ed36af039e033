package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.formfactor.BToKstarFormFactors;
import java.util.List;

/**
 * {@code KSTARNUNU}: B -&gt; K* nu nubar in the Standard Model, from the three helicity amplitudes of
 * the left-handed b -&gt; s current ({@link RareBDecays}: H_+- = (m_B + m_V) A1 -+ lambda^(1/2) V / (m_B
 * + m_V), H_0 = 8 m_B m_V A12 / sqrt(q^2); BSZ form factors, arXiv:1503.05534). q^2 follows
 * dGamma/dq^2 ~ lambda^(1/2) q^2 (|H_0|^2 + |H_+|^2 + |H_-|^2); given q^2, the K* decay angle
 * theta_K and the neutrino angle theta_nu follow
 *
 * <pre>
 *   W = 2 |H_0|^2 cos^2 theta_K sin^2 theta_nu
 *       + 1/2 sin^2 theta_K [|H_+|^2 (1 - cos theta_nu)^2 + |H_-|^2 (1 + cos theta_nu)^2],
 * </pre>
 *
 * (each helicity's neutrino distribution is |d^1_{lambda,-1}(theta_nu)|^2: a left-handed neutrino
 * and right-handed antineutrino; theta_nu is the neutrino's angle to the dineutrino's direction of
 * flight in the B-bar frame; the B decay is the CP conjugate, see {@link RareDecaySampling#roles}).
 * The interference terms, which depend on the angle phi between the decay planes, are left out: phi
 * is uniform (it averages them to zero and is unobservable with the neutrinos unseen).
 *
 * <p>The K* keeps the engine's Breit-Wigner mass and decays by its own table; the model fixes the
 * direction of its first decay product (the K of K* -&gt; K pi through {@code VSS}, see {@link
 * DecModel#fixesDecayOf}), so the K pi angle carries the K* polarisation. Daughters: a vector
 * meson, a neutrino and its antineutrino; no arguments. Not thread-safe: the engine takes copies.
 */
final class KstarNunuModel implements DecModel {
    private final int hadron;
    private final int leptonA;
    private final int leptonB;
    private final boolean mirror;
    private final BToKstarFormFactors ff = BToKstarFormFactors.bsz2015();
    private final RareDecaySampling sampling;
    private final double[] h = new double[3];
    private final double[] first = new double[4];

    KstarNunuModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        if (args.length != 0) {
            throw new IllegalArgumentException("KSTARNUNU takes no arguments, got " + args.length);
        }
        int[] r = RareDecaySampling.roles("KSTARNUNU", parent, daughters, 2, true);
        this.hadron = r[0];
        this.leptonA = r[1];
        this.leptonB = r[2];
        this.mirror = r[3] == 1;
        this.sampling = newSampling();
    }

    private KstarNunuModel(KstarNunuModel o) {
        this.hadron = o.hadron;
        this.leptonA = o.leptonA;
        this.leptonB = o.leptonB;
        this.mirror = o.mirror;
        this.sampling = newSampling();
    }

    private RareDecaySampling newSampling() {
        return new RareDecaySampling((m, mv, q2) -> RareBDecays.kstarNuNuRate(ff, m, mv, q2), false);
    }

    @Override
    public DecModel newInstance() {
        return new KstarNunuModel(this);
    }

    /** The sampler (for the tests' check that its bound was never raised). */
    RareDecaySampling sampling() {
        return sampling;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double mV = masses[hadron];
        double q2 = sampling.sampleQ2(parentMass, mV, masses[leptonA] + masses[leptonB], rng);
        RareBDecays.kstarHelicities(ff, parentMass, mV, q2, h);
        double bound = 2 * (h[0] + h[1] + h[2]);
        double cK;
        double cL;
        while (true) {
            cK = 2 * rng.nextDouble() - 1;
            cL = 2 * rng.nextDouble() - 1;
            double c = -cL; // angle to the dineutrino's direction of flight (-e_z)
            double sK2 = 1 - cK * cK;
            double w = 2 * h[0] * cK * cK * (1 - c * c)
                    + 0.5 * sK2 * (h[1] * (1 - c) * (1 - c) + h[2] * (1 + c) * (1 + c));
            if (rng.nextDouble() * bound <= w) {
                break;
            }
        }
        double phi = 2 * Math.PI * rng.nextDouble();
        sampling.build(
                parentMass,
                mV,
                masses[leptonA],
                masses[leptonB],
                q2,
                cL,
                cK,
                phi,
                mirror,
                rng,
                out,
                hadron,
                leptonA,
                leptonB,
                first);
    }

    @Override
    public boolean fixesDecayOf(int i, double[] out) {
        if (i != hadron) {
            return false;
        }
        System.arraycopy(first, 0, out, 0, 4);
        return true;
    }
}

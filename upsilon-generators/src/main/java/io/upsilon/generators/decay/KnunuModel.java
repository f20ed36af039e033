package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * {@code KNUNU} (basf2's name, behaviour of its {@code generators/evtgen/models/src/EvtKnunu.cc}):
 * B -&gt; K nu nubar in the Standard Model. q^2 (the dineutrino mass squared) follows dGamma/dq^2 =
 * G_F^2 alpha^2 |V_tb V_ts*|^2 |C_L|^2 lambda^(3/2) f+(q^2)^2 / (256 pi^5 m_B^3) (Buras et al.,
 * arXiv:1409.4557; {@link RareBDecays#kNuNuRate}) with HPQCD's f+ as Belle II's reinterpretation
 * uses it (arXiv:2207.12468, 2207.13371; {@link
 * io.upsilon.generators.decay.formfactor.BToKFormFactors#hpqcdFPlus}); the K is isotropic in the B
 * rest frame; in the dineutrino rest frame the neutrino's angle theta to the dineutrino axis follows
 * sin^2 theta (a spin-0 to spin-0 transition through the V-A current leaves the dineutrino in
 * helicity 0). Daughters: a spin-0 meson, a neutrino and its antineutrino (any order); no
 * arguments. Not thread-safe (per-instance sampler): the engine takes copies.
 */
final class KnunuModel implements DecModel {
    private final int hadron;
    private final int leptonA;
    private final int leptonB;
    private final boolean mirror;
    private final RareDecaySampling sampling;

    KnunuModel(ParticleData parent, List<ParticleData> daughters, double[] args) {
        if (args.length != 0) {
            throw new IllegalArgumentException("KNUNU takes no arguments, got " + args.length);
        }
        int[] r = RareDecaySampling.roles("KNUNU", parent, daughters, 0, true);
        this.hadron = r[0];
        this.leptonA = r[1];
        this.leptonB = r[2];
        this.mirror = r[3] == 1;
        this.sampling = new RareDecaySampling(RareBDecays::kNuNuRate, false);
    }

    private KnunuModel(KnunuModel o) {
        this.hadron = o.hadron;
        this.leptonA = o.leptonA;
        this.leptonB = o.leptonB;
        this.mirror = o.mirror;
        this.sampling = new RareDecaySampling(RareBDecays::kNuNuRate, false);
    }

    @Override
    public DecModel newInstance() {
        return new KnunuModel(this);
    }

    /** The sampler (for the tests' check that its bound was never raised). */
    RareDecaySampling sampling() {
        return sampling;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double mH = masses[hadron];
        double q2 = sampling.sampleQ2(parentMass, mH, masses[leptonA] + masses[leptonB], rng);
        double c;
        do {
            c = 2 * rng.nextDouble() - 1;
        } while (rng.nextDouble() > 1 - c * c); // sin^2 theta
        double phi = 2 * Math.PI * rng.nextDouble();
        sampling.build(
                parentMass,
                mH,
                masses[leptonA],
                masses[leptonB],
                q2,
                c,
                0,
                phi,
                mirror,
                rng,
                out,
                hadron,
                leptonA,
                leptonB,
                null);
    }
}

package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/**
 * An isotropic two-body decay (tau -&gt; pi nu, K nu, l alpha for an unpolarised tau): each
 * daughter has the fixed momentum lambda^(1/2)(M^2, m1^2, m2^2)/(2M) in the parent rest frame,
 * e.g. E*_pi = (m_tau^2 + m_pi^2)/(2 m_tau) = 0.894 GeV (PDG 2024 masses).
 */
final class TwoBodyDecayModel implements DecayModel {
    private final double p;
    private final double m1;
    private final double m2;
    private final boolean mesonNeutrino;

    TwoBodyDecayModel(double parentMass, List<ParticleData> products) {
        if (products.size() != 2) {
            throw new IllegalArgumentException("model 'two-body' expects 2 products, got " + products.size());
        }
        m1 = products.get(0).mass();
        m2 = products.get(1).mass();
        if (!(parentMass > m1 + m2)) {
            throw new IllegalArgumentException(
                    "products are too heavy: " + m1 + " + " + m2 + " GeV is not below the parent mass " + parentMass);
        }
        p = TwoBody.momentum(parentMass, m1, m2);
        // tau -> (spin-0 meson) nu_tau: the second product is the tau neutrino (pi nu, K nu);
        // anything else (l alpha, pi0 -> gamma gamma) is left unpolarised
        mesonNeutrino = products.get(1).id() == NU_TAU && m2 == 0;
    }

    private static final int NU_TAU = 16;

    /**
     * tau- -&gt; P- nu_tau (P = pi, K; spin 0): h = the meson direction (angular momentum: the
     * left-handed nu_tau takes the spin component against its flight, so the tau spin points
     * along the meson; analysing power 1, [R] Y. S. Tsai, Phys. Rev. D4 (1971) 2821). Other
     * two-body modes (l alpha, whose chirality is unknown) are unpolarised: h = 0.
     */
    @Override
    public void polarimeter(double[] momenta, double[] h) {
        if (mesonNeutrino) {
            Polarimeter.along(momenta, 0, h);
        } else {
            Polarimeter.none(h);
        }
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public void generate(RandomStream rng, double[] out) {
        DecayKinematics.randomDirection(rng, out, 0);
        double nx = out[0];
        double ny = out[1];
        double nz = out[2];
        DecayKinematics.set(out, 0, p, nx, ny, nz, m1);
        DecayKinematics.set(out, 4, p, -nx, -ny, -nz, m2);
    }
}

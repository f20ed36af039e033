package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * tau- -&gt; l- nubar_l nu_tau with the V-A matrix element, exact in the lepton mass (neutrinos
 * massless, no radiative corrections), unpolarised tau:
 *
 * <pre>
 *   |M|^2 proportional to (p_tau . p_nubar_l) (p_l . p_nu_tau)
 * </pre>
 *
 * (V-A; its lepton spectrum is the Michel form with rho = 3/4, eta = 0, PDG 2024 review "Muon decay
 * parameters"). Sampling is
 * exact, not accept-reject on the full phase space: with s = (p_l + p_nu_tau)^2, |M|^2 = (M^2 -
 * s)(s - m^2)/4 depends on s only, and the Dalitz-plot length in the other invariant at fixed s is
 * proportional to (M^2 - s)(s - m^2)/s, so s has the density (M^2 - s)^2 (s - m^2)^2 / s on [m^2,
 * M^2], and at fixed s the (l nu_tau) system decays isotropically. s is drawn from the Beta(2, 3)
 * density of x = (s - m^2)/(M^2 - m^2) (the second smallest of four uniforms) and accepted with
 * probability (s - m^2)/s (at least 98% for muons, ~1 for electrons). The (l nu_tau) system and the
 * nubar_l are back to back, isotropic in the tau rest frame (P = 0).
 *
 * <p>Products: the charged lepton, its antineutrino, the tau neutrino (both neutrinos massless).
 */
final class LeptonicDecayModel implements DecayModel {
    private final double mTau;
    private final double mLepton;

    LeptonicDecayModel(double parentMass, List<ParticleData> products) {
        if (products.size() != 3) {
            throw new IllegalArgumentException(
                    "model 'leptonic' expects 3 products (lepton, its antineutrino, nu_tau), got " + products.size());
        }
        if (products.get(1).mass() != 0 || products.get(2).mass() != 0) {
            throw new IllegalArgumentException("model 'leptonic' expects massless neutrinos as products 2 and 3");
        }
        double m = products.get(0).mass();
        if (!(parentMass > m)) {
            throw new IllegalArgumentException("lepton mass " + m + " is not below the parent mass " + parentMass);
        }
        this.mTau = parentMass;
        this.mLepton = m;
    }

    @Override
    public int size() {
        return 3;
    }

    /**
     * h = the direction of the anti-nu_l (product 2): with the tau spin, |M|^2 is proportional to
     * ((P - m s) . p_nubar)(p_l . p_nu_tau), i.e. to 1 + s . p_nubar / |p_nubar| in the tau rest
     * frame (the exact V-A matrix element, lepton mass kept; [R] Jadach, Kuhn, Was, Comput. Phys.
     * Commun. 64 (1991) 275).
     */
    @Override
    public void polarimeter(double[] momenta, double[] h) {
        Polarimeter.along(momenta, 4, h);
    }

    /** The second smallest of four uniforms: Beta(2, 3), density 12 x (1 - x)^2. */
    private static double beta23(RandomStream rng) {
        double a = rng.nextDouble();
        double b = rng.nextDouble();
        double c = rng.nextDouble();
        double d = rng.nextDouble();
        double lo1 = Math.min(a, b);
        double hi1 = Math.max(a, b);
        double lo2 = Math.min(c, d);
        double hi2 = Math.max(c, d);
        // second smallest = max(min of pairs, ... ) = min(max(lo1, lo2), min(hi1, hi2))
        return Math.min(Math.max(lo1, lo2), Math.min(hi1, hi2));
    }

    @Override
    public void generate(RandomStream rng, double[] out) {
        double m2 = mLepton * mLepton;
        double big = mTau * mTau;
        double s;
        do {
            s = m2 + beta23(rng) * (big - m2);
        } while (rng.nextDouble() * s >= s - m2);
        double mSys = Math.sqrt(s);
        // (l nu_tau) system at rest: lepton and nu_tau back to back, isotropic.
        double p = (s - m2) / (2 * mSys);
        DecayKinematics.randomDirection(rng, out, 0);
        double nx = out[0];
        double ny = out[1];
        double nz = out[2];
        DecayKinematics.set(out, 0, p, nx, ny, nz, mLepton);
        DecayKinematics.set(out, 8, p, -nx, -ny, -nz, 0);
        // Boost the system along d in the tau frame; nubar_l opposite.
        DecayKinematics.randomDirection(rng, out, 4);
        double dx = out[4];
        double dy = out[5];
        double dz = out[6];
        double q = (big - s) / (2 * mTau);
        double e = (big + s) / (2 * mTau);
        double b = q / e;
        Boost.apply(b * dx, b * dy, b * dz, out, 0);
        Boost.apply(b * dx, b * dy, b * dz, out, 8);
        DecayKinematics.set(out, 4, q, -dx, -dy, -dz, 0);
    }
}

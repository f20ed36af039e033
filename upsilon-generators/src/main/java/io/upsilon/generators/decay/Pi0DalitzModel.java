package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.kinematics.Frames;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * EvtGen's {@code PI0_DALITZ}: a pseudoscalar to e+ e- gamma (behaviour of EvtGen's {@code
 * src/EvtGenModels/EvtPi0Dalitz.cpp}). The e+ e- mass follows the Kroll-Wada spectrum (N. M. Kroll
 * and W. Wada, Phys. Rev. 98 (1955) 1355) with x = m_ee^2 / M^2 and r = m_e^2 / M^2:
 *
 * <pre>
 *   dGamma/dx proportional to (1/x) (1 - x)^3 (1 + 2r/x) sqrt(1 - 4r/x) |F(x M^2)|^2,
 * </pre>
 *
 * with the vector-meson-dominance transition form factor F(q^2) = 1 / (1 - q^2 / m_rho^2) (L. G.
 * Landsberg, Phys. Rep. 128 (1985) 301; m_rho the rho0 mass of the particle table). In the e+ e-
 * rest frame the lepton angle theta to the e+ e- direction of flight follows 1 + cos^2 theta + (4
 * m_e^2 / m_ee^2) sin^2 theta (the same references). Daughters: the two leptons and the photon, in
 * any order. No arguments. Stateless.
 */
final class Pi0DalitzModel implements DecModel {
    private static final int PHOTON = 22;

    private final int photon;
    private final int lepton;
    private final int antilepton;
    private final double rhoMass2;

    Pi0DalitzModel(ParticleData parent, List<ParticleData> daughters, double[] args, ParticleTable table) {
        DecModelSupport.requireShape("PI0_DALITZ", daughters, 3, args, 0);
        DecModelSupport.requireSpin("PI0_DALITZ", "a parent", parent, 0);
        int g = -1;
        int minus = -1;
        int plus = -1;
        for (int i = 0; i < 3; i++) {
            ParticleData d = daughters.get(i);
            if (d.id() == PHOTON && g < 0) {
                g = i;
            } else if (d.twoJ() == 1 && d.charge() == -1 && minus < 0) {
                minus = i;
            } else if (d.twoJ() == 1 && d.charge() == 1 && plus < 0) {
                plus = i;
            }
        }
        if (g < 0
                || minus < 0
                || plus < 0
                || daughters.get(minus).mass() != daughters.get(plus).mass()) {
            throw new IllegalArgumentException(
                    "PI0_DALITZ expects a lepton, its antilepton and a photon (e+ e- gamma)");
        }
        this.photon = g;
        this.lepton = minus;
        this.antilepton = plus;
        double mRho = table.byName("rho0").mass();
        this.rhoMass2 = mRho * mRho;
    }

    /** The Kroll-Wada density in x = m_ee^2 / M^2 (unnormalised), for the parent mass M and lepton mass m. */
    double density(double x, double parentMass, double leptonMass) {
        double r = leptonMass * leptonMass / (parentMass * parentMass);
        if (x <= 4 * r || x >= 1) {
            return 0;
        }
        double ff = 1 / (1 - x * parentMass * parentMass / rhoMass2);
        return (1 - x) * (1 - x) * (1 - x) * (1 + 2 * r / x) * Math.sqrt(1 - 4 * r / x) * ff * ff / x;
    }

    @Override
    public void generate(double parentMass, double[] masses, double[] helicityAxis, RandomStream rng, double[] out) {
        double m = masses[lepton];
        double mm = parentMass * parentMass;
        double xMin = 4 * m * m / mm;
        double ffMax = 1 / (1 - mm / rhoMass2);
        // x from 1/x (log-uniform), then accepted with x density / (1/x); that ratio is below 1.5 ffMax^2.
        double bound = 1.5 * ffMax * ffMax;
        double x;
        while (true) {
            x = xMin * Math.pow(1 / xMin, rng.nextDouble());
            if (rng.nextDouble() * bound <= density(x, parentMass, m) * x) {
                break;
            }
        }
        double mee = Math.sqrt(x) * parentMass;
        double k = 4 * m * m / (mee * mee);
        double c;
        while (true) {
            c = 2 * rng.nextDouble() - 1;
            if (rng.nextDouble() * 2 <= 1 + c * c + k * (1 - c) * (1 + c)) {
                break;
            }
        }
        // Photon along n, the pair along -n; the lepton at angle theta to -n in the pair frame.
        DecayKinematics.randomDirection(rng, out, 4 * photon);
        double nx = out[4 * photon];
        double ny = out[4 * photon + 1];
        double nz = out[4 * photon + 2];
        double eGamma = (mm - mee * mee) / (2 * parentMass);
        DecayKinematics.set(out, 4 * photon, eGamma, nx, ny, nz, 0);
        double pStar = Math.sqrt(Math.max(0, mee * mee / 4 - m * m));
        Frames.direction(c, 2 * Math.PI * rng.nextDouble(), -nx, -ny, -nz, out, 4 * lepton);
        double lx = out[4 * lepton];
        double ly = out[4 * lepton + 1];
        double lz = out[4 * lepton + 2];
        DecayKinematics.set(out, 4 * lepton, pStar, lx, ly, lz, m);
        DecayKinematics.set(out, 4 * antilepton, pStar, -lx, -ly, -lz, m);
        double b = eGamma / Math.sqrt(eGamma * eGamma + mee * mee);
        Boost.apply(-b * nx, -b * ny, -b * nz, out, 4 * lepton);
        Boost.apply(-b * nx, -b * ny, -b * nz, out, 4 * antilepton);
    }
}

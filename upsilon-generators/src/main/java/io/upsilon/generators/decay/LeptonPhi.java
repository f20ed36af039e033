package io.upsilon.generators.decay;

import io.upsilon.core.kinematics.Boost;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.phasespace.TwoBody;
import java.util.List;

/**
 * The lepton-flavour-violating mode tau- -&gt; l- phi with phi -&gt; K+ K- (the Belle II tau -&gt; l phi
 * search with 190 fb^-1, INSPIRE record 2657628): products l-, K+, K- (the phi is not written to the event record; its
 * four-momentum is the K+ K- sum).
 *
 * <p>Dynamics [E]: no LFV operator structure. The tau decays isotropically to l and a K+ K-
 * system of mass m, with dGamma/ds proportional to the two-body phase-space factor p_l(m) / m_tau
 * times the relativistic phi Breit-Wigner with a p-wave running width to K K,
 *
 * <pre>
 *   f(s) = p_l(sqrt s) sqrt(s) Gamma(s) / ((m_phi^2 - s)^2 + s Gamma(s)^2),
 *   Gamma(s) = Gamma_phi (m_phi / sqrt s) (q(s) / q(m_phi^2))^3,
 * </pre>
 *
 * q the kaon momentum in the K K frame (phi mass and width from the particle table, PDG 2024).
 * The kaons are isotropic in the K K rest frame (unpolarised phi). The lepton energy in the tau
 * rest frame is the two-body value E*_l = (m_tau^2 + m_l^2 - m^2) / (2 m_tau) for the sampled m.
 * The branching fraction B(phi -&gt; K+ K-) is not applied: every signal phi decays to K+ K-, so a
 * yield for a physical B(tau -&gt; l phi) needs the factor B(phi -&gt; K+ K-) (PDG 2024).
 *
 * <p>Spin: polarimetric vector h = 0 (no operator structure, so no spin dependence; the default
 * of {@link DecayModel#polarimeter}).
 */
public final class LeptonPhi {
    /** Mode name used in decay tables. */
    public static final String MODE_NAME = "l-phi(K+K-)";

    /** PDG ids of the phi and the charged kaon. */
    static final int PHI = 333;

    static final int KAON = 321;

    private LeptonPhi() {}

    /**
     * The tau- -&gt; l- phi(-&gt; K+ K-) mode.
     *
     * @param particles particle table (tau, lepton, K+ and phi masses, phi width)
     * @param leptonId 11 (e) or 13 (mu)
     * @param br branching fraction in [0, 1]
     * @throws IllegalArgumentException for another lepton id or a bad br
     */
    public static TauDecayChannel channel(ParticleTable particles, int leptonId, double br) {
        if (leptonId != 11 && leptonId != 13) {
            throw new IllegalArgumentException("lepton must be 11 (e) or 13 (mu), got " + leptonId);
        }
        double mTau = particles.byId(15).mass();
        ParticleData lepton = particles.byId(leptonId);
        ParticleData kPlus = particles.byId(KAON);
        ParticleData kMinus = particles.byId(-KAON);
        ParticleData phi = particles.byId(PHI);
        List<ParticleData> products = List.of(lepton, kPlus, kMinus);
        return new TauDecayChannel(
                MODE_NAME,
                br,
                "l-phi",
                products,
                new Model(mTau, lepton.mass(), kPlus.mass(), phi.mass(), phi.width()));
    }

    /** E*_l = (m_tau^2 + m_l^2 - m_KK^2)/(2 m_tau), GeV: the lepton energy in the tau rest frame. */
    public static double leptonEnergyAtRest(double mTau, double mLepton, double mKK) {
        return (mTau * mTau + mLepton * mLepton - mKK * mKK) / (2 * mTau);
    }

    /** The decay model: K K mass from the line shape, then two two-body decays. Immutable tables. */
    static final class Model implements DecayModel {
        private static final int BINS = 4000;

        private final double mTau;
        private final double mLepton;
        private final double mKaon;
        private final double mPhi;
        private final double widthPhi;
        private final double q0cubed;
        private final TabulatedSampler sampler;

        Model(double mTau, double mLepton, double mKaon, double mPhi, double widthPhi) {
            if (!(mTau > mLepton + 2 * mKaon) || !(mPhi > 2 * mKaon) || !(widthPhi > 0)) {
                throw new IllegalArgumentException("tau -> l phi(K K) is closed for m_tau = " + mTau + ", m_l = "
                        + mLepton + ", m_K = " + mKaon + ", m_phi = " + mPhi + ", Gamma_phi = " + widthPhi);
            }
            this.mTau = mTau;
            this.mLepton = mLepton;
            this.mKaon = mKaon;
            this.mPhi = mPhi;
            this.widthPhi = widthPhi;
            double q0 = TwoBody.momentum(mPhi, mKaon, mKaon);
            this.q0cubed = q0 * q0 * q0;
            double sMin = 4 * mKaon * mKaon;
            double sMax = (mTau - mLepton) * (mTau - mLepton);
            this.sampler = new TabulatedSampler(this::density, sMin, sMax, BINS);
        }

        private Model(Model o) {
            mTau = o.mTau;
            mLepton = o.mLepton;
            mKaon = o.mKaon;
            mPhi = o.mPhi;
            widthPhi = o.widthPhi;
            q0cubed = o.q0cubed;
            sampler = o.sampler.copy(this::density);
        }

        @Override
        public DecayModel newInstance() {
            return new Model(this);
        }

        /** The K K mass-squared density f(s) of the class documentation (unnormalised). */
        double density(double s) {
            if (s <= 4 * mKaon * mKaon || s >= (mTau - mLepton) * (mTau - mLepton)) {
                return 0;
            }
            double m = Math.sqrt(s);
            double q = TwoBody.momentum(m, mKaon, mKaon);
            double gamma = widthPhi * (mPhi / m) * q * q * q / q0cubed;
            double d = mPhi * mPhi - s;
            double pl = TwoBody.momentum(mTau, mLepton, m);
            return pl * m * gamma / (d * d + s * gamma * gamma);
        }

        @Override
        public int size() {
            return 3;
        }

        @Override
        public void generate(RandomStream rng, double[] out) {
            double m = Math.sqrt(sampler.sample(rng));
            double p = TwoBody.momentum(mTau, mLepton, m);
            double q = TwoBody.momentum(m, mKaon, mKaon);
            // K K system direction d in the tau frame; kaon direction n in the K K frame.
            DecayKinematics.randomDirection(rng, out, 0);
            double dx = out[0];
            double dy = out[1];
            double dz = out[2];
            DecayKinematics.randomDirection(rng, out, 4);
            double nx = out[4];
            double ny = out[5];
            double nz = out[6];
            DecayKinematics.set(out, 0, p, -dx, -dy, -dz, mLepton);
            DecayKinematics.set(out, 4, q, nx, ny, nz, mKaon);
            DecayKinematics.set(out, 8, q, -nx, -ny, -nz, mKaon);
            double b = p / Math.sqrt(p * p + m * m);
            Boost.apply(b * dx, b * dy, b * dz, out, 4);
            Boost.apply(b * dx, b * dy, b * dz, out, 8);
        }

        /** Sampled points where the density exceeded the sampler's envelope (0 expected). */
        long envelopeViolations() {
            return sampler.envelopeViolations();
        }
    }
}

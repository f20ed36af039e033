package io.upsilon.generators.decay;

import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.pdg.SignalParticleIds;
import java.util.List;

/**
 * The lepton-flavour-violating mode tau- -&gt; l- alpha with alpha an invisible spin-0 boson (the
 * signal of Belle II, PRL 130, 181803, arXiv:2212.03634): an isotropic two-body decay (P = 0) with
 * the lepton energy
 *
 * <pre>
 *   E*_l = (m_tau^2 + m_l^2 - m_alpha^2) / (2 m_tau)
 * </pre>
 *
 * in the tau rest frame. alpha is not in the particle table: it gets the PDG id {@link
 * #ALPHA_PDG_ID} (9000006, from the block of ids PDG leaves to new states; see SignalParticleIds; our generic invisible
 * scalar, self-conjugate, neutral, stable, spin 0) and its mass at run time.
 *
 * <p>Spin: the mode's polarimetric vector is h = 0 (the chirality of the l alpha coupling is not
 * specified; a purely left- or right-handed coupling would make it -+ the lepton direction), so
 * with the pair's spin correlations on the signal tau is unpolarised and its partner's decay
 * follows its own distribution.
 */
public final class LeptonAlpha {
    /** PDG id used for the invisible scalar alpha. */
    public static final int ALPHA_PDG_ID = SignalParticleIds.TAU_ALPHA;

    /** Mode name used in decay tables. */
    public static final String MODE_NAME = "l-alpha";

    private LeptonAlpha() {}

    /** The alpha particle of mass {@code massAlpha} (GeV). */
    public static ParticleData alpha(double massAlpha) {
        return ParticleData.fromWidth(ALPHA_PDG_ID, "alpha", massAlpha, 0, 0, 0, ALPHA_PDG_ID);
    }

    /**
     * The tau- -&gt; l- alpha mode.
     *
     * @param particles particle table (tau and lepton masses)
     * @param leptonId 11 (e) or 13 (mu)
     * @param massAlpha alpha mass in GeV, 0 &lt;= m &lt; m_tau - m_l
     * @param br branching fraction in [0, 1]
     * @throws IllegalArgumentException for another lepton id, a mass out of range or a bad br
     */
    public static TauDecayChannel channel(ParticleTable particles, int leptonId, double massAlpha, double br) {
        if (leptonId != 11 && leptonId != 13) {
            throw new IllegalArgumentException("lepton must be 11 (e) or 13 (mu), got " + leptonId);
        }
        double mTau = particles.byId(15).mass();
        ParticleData lepton = particles.byId(leptonId);
        if (!(massAlpha >= 0 && massAlpha < mTau - lepton.mass())) {
            throw new IllegalArgumentException("alpha mass must be in [0, m_tau - m_l) = [0, " + (mTau - lepton.mass())
                    + ") GeV, got " + massAlpha);
        }
        List<ParticleData> products = List.of(lepton, alpha(massAlpha));
        return new TauDecayChannel(MODE_NAME, br, "two-body", products, new TwoBodyDecayModel(mTau, products));
    }

    /** E*_l = (m_tau^2 + m_l^2 - m_alpha^2)/(2 m_tau), GeV. */
    public static double leptonEnergyAtRest(double mTau, double mLepton, double massAlpha) {
        return (mTau * mTau + mLepton * mLepton - massAlpha * massAlpha) / (2 * mTau);
    }
}

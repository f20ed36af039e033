package io.upsilon.generators.decay.spectrum;

import io.upsilon.generators.decay.RareBDecays;
import io.upsilon.generators.decay.formfactor.BToKFormFactors;
import java.util.Locale;

/**
 * dB/dq^2 of B+ -&gt; K+ nu nubar in the weak effective theory of b -&gt; s nu nubar (three neutrino
 * flavours with flavour-universal coefficients). Convention: H_eff = -(4 G_F / sqrt 2) V_tb V_ts*
 * (alpha / 4 pi) sum_X C_X O_X + h.c. per flavour, with
 *
 * <pre>
 *   O_VL,VR = (sbar gamma_mu P_L,R b)(nubar gamma^mu (1 - gamma5) nu),
 *   O_SL,SR = (sbar P_L,R b)(nubar (1 - gamma5) nu),
 *   O_TL    = (sbar sigma_mu nu P_L b)(nubar sigma^mu nu (1 - gamma5) nu),
 * </pre>
 *
 * so that the Standard Model is C_VL = C_L^SM = -X_t / sin^2 theta_W (Buras, Girrbach-Noe,
 * Niehoff, Straub, JHEP 02 (2015) 184, arXiv:1409.4557) and C_VR = C_SL = C_SR = C_TL = 0. For a
 * pseudoscalar-to-pseudoscalar transition only C_V = C_VL + C_VR, C_S = C_SL + C_SR and C_T = C_TL
 * enter (parity), and for massless neutrinos the terms do not interfere:
 *
 * <pre>
 *   dGamma/dq^2 = G_F^2 alpha^2 |V_tb V_ts*|^2 lambda^(1/2) / (256 pi^5 m_B^3)
 *       * [ |C_V|^2 lambda f+^2 + 3/2 |C_S|^2 q^2 (m_B^2 - m_K^2)^2 / (m_b - m_s)^2 f0^2
 *           + 8 |C_T|^2 q^2 lambda fT^2 / (m_B + m_K)^2 ],   lambda = lambda(m_B^2, m_K^2, q^2).
 * </pre>
 *
 * The vector term is the Standard Model rate of {@link RareBDecays#kNuNuRate} with C_L -&gt; C_V;
 * the scalar and tensor normalisations follow from the operators above (spin sums of the massless
 * lepton bilinears with the matrix elements &lt;K|sbar b|B&gt; = (m_B^2 - m_K^2) / (m_b - m_s) f0 and
 * &lt;K|sbar sigma_mu nu b|B&gt; = -i (p_mu k_nu - p_nu k_mu) 2 fT / (m_B + m_K)); their q^2
 * dependence is that of Felkl, Li, Schmidt, JHEP 12 (2021) 118, arXiv:2111.04327, and of
 * Gärtner et al., arXiv:2402.08417 — compare conventions before mixing coefficients between
 * codes. Inputs: {@link RareBDecays#SM_INPUTS} and HPQCD's f+ (so that C_V = C_L^SM is Belle II's
 * reference spectrum bit for bit), f0 and fT of GKvD 2018 ({@link BToKFormFactors#gkvd2018()}),
 * m_b = 4.18 GeV and m_s = 0.0935 GeV (PDG 2024 MSbar masses, m_b(m_b) and m_s(2 GeV)).
 *
 * @param cVector C_VL + C_VR
 * @param cScalar C_SL + C_SR
 * @param cTensor C_TL
 */
public record KnunuWetSpectrum(double cVector, double cScalar, double cTensor) implements TruthSpectrum {
    /** m_b - m_s of the scalar matrix element, GeV (class comment). */
    public static final double MB_MINUS_MS = 4.18 - 0.0935;

    /** Simpson intervals per bin. */
    private static final int INTERVALS_PER_BIN = 32;

    private static final BToKFormFactors GKVD = BToKFormFactors.gkvd2018();

    /** Validates: finite coefficients. */
    public KnunuWetSpectrum {
        if (!Double.isFinite(cVector) || !Double.isFinite(cScalar) || !Double.isFinite(cTensor)) {
            throw new IllegalArgumentException(
                    "Wilson coefficients must be finite, got " + cVector + ", " + cScalar + ", " + cTensor);
        }
    }

    /** C_L^SM = -X_t / sin^2 theta_W with the inputs of {@link RareBDecays#SM_INPUTS} (-6.348). */
    public static double smCL() {
        return -RareBDecays.SM_INPUTS.cL();
    }

    /** The Standard Model: C_V = C_L^SM, C_S = C_T = 0. */
    public static KnunuWetSpectrum sm() {
        return new KnunuWetSpectrum(smCL(), 0, 0);
    }

    /** The largest q^2, (m_B - m_K)^2, GeV^2. */
    public static double q2Max() {
        double d = RareBDecays.SM_INPUTS.mB() - RareBDecays.SM_INPUTS.mK();
        return d * d;
    }

    /** dB/dq^2 at this q^2, GeV^-2. */
    public double differential(double q2) {
        double sm = RareBDecays.kNuNuDifferentialBranchingFraction(q2);
        if (!(sm > 0)) {
            return 0;
        }
        double cl = smCL();
        // (C_V / C_L)^2 is exactly 1 for the SM point, so that the SM reproduces the reference bit for bit.
        double ratio = (cVector * cVector) / (cl * cl);
        if (cScalar != 0 || cTensor != 0) {
            double mB = RareBDecays.SM_INPUTS.mB();
            double mK = RareBDecays.SM_INPUTS.mK();
            double lam = RareBDecays.kallen(mB * mB, mK * mK, q2);
            double fPlus = BToKFormFactors.hpqcdFPlus(q2);
            double s = (mB * mB - mK * mK) / MB_MINUS_MS;
            double f0 = GKVD.fZero(q2);
            double fT = GKVD.fTensor(q2);
            double scalar = 1.5 * cScalar * cScalar * q2 * s * s * f0 * f0;
            double tensor = 8 * cTensor * cTensor * q2 * lam * fT * fT / ((mB + mK) * (mB + mK));
            ratio += (scalar + tensor) / (cl * cl * lam * fPlus * fPlus);
        }
        return sm * ratio;
    }

    @Override
    public double[] binnedBranchingFractions(double[] edges) {
        TruthSpectrum.checkEdges(edges);
        double hi = q2Max();
        double[] b = new double[edges.length - 1];
        for (int i = 0; i < b.length; i++) {
            double lo = Math.max(0, edges[i]);
            double up = Math.min(hi, edges[i + 1]);
            if (up > lo) {
                b[i] = RareBDecays.simpson(this::differential, lo, up, INTERVALS_PER_BIN);
            }
        }
        return b;
    }

    @Override
    public String label() {
        return String.format(Locale.ROOT, "WET C_V=%.4g C_S=%.4g C_T=%.4g", cVector, cScalar, cTensor);
    }
}

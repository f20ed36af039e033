package io.upsilon.generators.decay;

import io.upsilon.generators.decay.formfactor.BToKFormFactors;
import io.upsilon.generators.decay.formfactor.BToKstarFormFactors;

/**
 * Standard Model rates of the rare decays B -&gt; K(*) nu nubar and B -&gt; K(*) l+ l- (the formulas the
 * signal models {@code KNUNU}, {@code KSTARNUNU}, {@code BTOSLL_BSZ} generate; public so that
 * analyses and reinterpretations use the same numbers). q^2 is the dilepton (dineutrino) mass
 * squared in GeV^2, rates are in GeV^-1 per GeV^2, branching fractions use the B lifetime.
 *
 * <p><b>K nu nubar</b> (summed over three neutrino flavours; Buras, Girrbach-Noe, Niehoff, Straub,
 * JHEP 02 (2015) 184, arXiv:1409.4557, with C_L = -X_t / sin^2 theta_W): dGamma/dq^2 = G_F^2
 * alpha^2 |V_tb V_ts*|^2 |C_L|^2 lambda^(3/2)(m_B^2, m_K^2, q^2) f+(q^2)^2 / (256 pi^5 m_B^3), with
 * HPQCD's f+ and the inputs of Belle II's reinterpretation of its B+ -&gt; K+ nu nubar search (see
 * {@link BToKFormFactors#hpqcdFPlus}; {@link #SM_INPUTS}): B = 4.97e-6 (Belle II, PRD 109 (2024)
 * 112006, arXiv:2311.14647, Eq. (1), short-distance part).
 *
 * <p><b>K* nu nubar</b>: the same normalisation times lambda^(1/2) q^2 (|H_0|^2 + |H_+|^2 +
 * |H_-|^2), the helicity amplitudes of the b -&gt; s left-handed current, H_+- = (m_B + m_V) A1 -+
 * lambda^(1/2) V / (m_B + m_V), H_0 = 8 m_B m_V A12 / sqrt(q^2) (the P -&gt; P case is H_0 =
 * lambda^(1/2) f+ / sqrt(q^2), which gives the K formula), BSZ form factors ({@link
 * BToKstarFormFactors}).
 *
 * <p><b>K l+ l-</b> ({@link #kllCoefficients}): dGamma/dq^2 dcos theta = a + c cos^2 theta of
 * Bobeth, Hiller, Piranishvili, JHEP 12 (2007) 040, arXiv:0709.4174, Eqs. (4.2)-(4.5), in the SM
 * (F_S = F_T = 0, b = 0), with the lepton mass kept; <b>K* l+ l-</b> ({@link #kstarllCoefficients}):
 * the angular coefficients I_i of Altmannshofer et al., JHEP 01 (2009) 019, arXiv:0811.1214, Sec. 3,
 * from the transversity amplitudes of the same paper written with A12 and T23. Both use the
 * effective coefficients of {@link SmWilsonCoefficients} (the perturbative charm loop in C9eff, no
 * resonances: the J/psi and psi(2S) are ordinary modes of the generic table).
 */
public final class RareBDecays {
    /**
     * The inputs of Belle II's reinterpretation code ({@code lorenzennio/knunu-reinterpretation-mini},
     * {@code scripts/utils.py}): G_F, 1/alpha, X_t, sin^2 theta_W, |V_tb V_ts*|, m_B+, m_K+, tau_B+.
     */
    public static final SmInputs SM_INPUTS =
            new SmInputs(1.1663787e-5, 127.952, 1.468, 0.23124, 0.04185, 5.279495, 0.4956440, 1.638e-12);

    /** hbar in GeV s (CODATA 2018, as PDG 2024). */
    public static final double HBAR_GEV_S = 6.582119569e-25;

    /** PDG 2024 B0 lifetime, s. */
    public static final double TAU_B0 = 1.517e-12;

    /** PDG 2024 B+ lifetime, s. */
    public static final double TAU_BPLUS = 1.638e-12;

    /**
     * Electroweak inputs of the rare-decay rates.
     *
     * @param gFermi G_F, GeV^-2
     * @param inverseAlpha 1 / alpha (at the electroweak scale)
     * @param xT the top-loop function X_t (with QCD and electroweak corrections)
     * @param sin2ThetaW sin^2 theta_W
     * @param vtbVts |V_tb V_ts*|
     * @param mB the B mass of the K nu nu rate, GeV
     * @param mK the K mass of the K nu nu rate, GeV
     * @param tauB the B lifetime of the K nu nu branching fraction, s
     */
    public record SmInputs(
            double gFermi,
            double inverseAlpha,
            double xT,
            double sin2ThetaW,
            double vtbVts,
            double mB,
            double mK,
            double tauB) {
        /** |C_L| = X_t / sin^2 theta_W. */
        public double cL() {
            return xT / sin2ThetaW;
        }

        /** G_F^2 alpha^2 |V_tb V_ts*|^2, GeV^-4. */
        double gfAlphaV2() {
            double a = 1 / inverseAlpha;
            return gFermi * gFermi * a * a * vtbVts * vtbVts;
        }
    }

    private RareBDecays() {}

    /** The Kallen function lambda(a, b, c). */
    public static double kallen(double a, double b, double c) {
        return a * a + b * b + c * c - 2 * (a * b + b * c + a * c);
    }

    /**
     * SM dGamma/dq^2 of B -&gt; K nu nubar (three flavours), GeV^-1 per GeV^2, for these masses (GeV),
     * with HPQCD's f+ and {@link #SM_INPUTS}.
     */
    public static double kNuNuRate(double mB, double mK, double q2) {
        double lam = kallen(mB * mB, mK * mK, q2);
        if (!(lam > 0)) {
            return 0;
        }
        double f = BToKFormFactors.hpqcdFPlus(q2);
        double cL = SM_INPUTS.cL();
        return SM_INPUTS.gfAlphaV2()
                * cL
                * cL
                * Math.pow(lam, 1.5)
                * f
                * f
                / (256 * Math.pow(Math.PI, 5) * mB * mB * mB);
    }

    /** SM dB/dq^2 of B+ -&gt; K+ nu nubar, GeV^-2, with the masses and lifetime of {@link #SM_INPUTS}. */
    public static double kNuNuDifferentialBranchingFraction(double q2) {
        return kNuNuRate(SM_INPUTS.mB(), SM_INPUTS.mK(), q2) * SM_INPUTS.tauB() / HBAR_GEV_S;
    }

    /** SM B(B+ -&gt; K+ nu nubar), short distance (Simpson integration of the differential one). */
    public static double kNuNuBranchingFraction() {
        double hi = (SM_INPUTS.mB() - SM_INPUTS.mK()) * (SM_INPUTS.mB() - SM_INPUTS.mK());
        return simpson(RareBDecays::kNuNuDifferentialBranchingFraction, 0, hi, 2000);
    }

    /**
     * The K* nu nubar helicity amplitudes squared at this q^2 (b quark, i.e. B-bar decay): writes
     * |H_0|^2, |H_+|^2, |H_-|^2 to {@code out[0..2]}.
     */
    public static void kstarHelicities(BToKstarFormFactors ff, double mB, double mV, double q2, double[] out) {
        double lam = Math.max(0, kallen(mB * mB, mV * mV, q2));
        double sl = Math.sqrt(lam);
        double a1 = (mB + mV) * ff.a1(q2);
        double v = sl * ff.v(q2) / (mB + mV);
        double h0 = 8 * mB * mV * ff.a12(q2) / Math.sqrt(q2);
        out[0] = h0 * h0;
        out[1] = (a1 - v) * (a1 - v);
        out[2] = (a1 + v) * (a1 + v);
    }

    /** SM dGamma/dq^2 of B -&gt; K* nu nubar (three flavours, BSZ form factors), GeV^-1 per GeV^2. */
    public static double kstarNuNuRate(BToKstarFormFactors ff, double mB, double mV, double q2) {
        double lam = kallen(mB * mB, mV * mV, q2);
        if (!(lam > 0) || !(q2 > 0)) {
            return 0;
        }
        double[] h = new double[3];
        kstarHelicities(ff, mB, mV, q2, h);
        double cL = SM_INPUTS.cL();
        return SM_INPUTS.gfAlphaV2()
                * cL
                * cL
                * Math.sqrt(lam)
                * q2
                * (h[0] + h[1] + h[2])
                / (256 * Math.pow(Math.PI, 5) * mB * mB * mB);
    }

    /** SM B(B0 -&gt; K*0 nu nubar) (PDG 2024 B0 and K*(892)0 masses, tau_B0), short distance. */
    public static double kstarNuNuBranchingFraction() {
        BToKstarFormFactors ff = BToKstarFormFactors.bsz2015();
        double mB = BToKstarFormFactors.M_B;
        double mV = BToKstarFormFactors.M_KSTAR;
        double hi = (mB - mV) * (mB - mV);
        return simpson(q2 -> kstarNuNuRate(ff, mB, mV, q2), 1e-9, hi, 2000) * TAU_B0 / HBAR_GEV_S;
    }

    /**
     * The SM K l+ l- coefficients a(q^2), c(q^2) of dGamma/dq^2 dcos theta = a + c cos^2 theta
     * (theta: angle between the l- and the B-bar in the dilepton rest frame), GeV^-1 per GeV^2,
     * written to {@code out[0..1]}; dGamma/dq^2 = 2 (a + c / 3). Zero outside the phase space.
     */
    public static void kllCoefficients(
            BToKFormFactors ff, SmWilsonCoefficients wc, double mB, double mK, double ml, double q2, double[] out) {
        double lam = kallen(mB * mB, mK * mK, q2);
        double beta2 = 1 - 4 * ml * ml / q2;
        if (!(lam > 0) || !(beta2 > 0)) {
            out[0] = 0;
            out[1] = 0;
            return;
        }
        double beta = Math.sqrt(beta2);
        double fp = ff.fPlus(q2);
        double f0 = ff.fZero(q2);
        double ft = ff.fTensor(q2);
        double c9re = wc.c9EffRe(q2);
        double c9im = wc.c9EffIm(q2);
        double c7 = 2 * wc.mbForC7() / (mB + mK) * wc.c7Eff() * ft;
        double fvRe = c9re * fp + c7;
        double fvIm = c9im * fp;
        double fa = wc.c10() * fp;
        double fpP = -ml * wc.c10() * (fp - (mB * mB - mK * mK) / q2 * (f0 - fp));
        double fv2 = fvRe * fvRe + fvIm * fvIm;
        double gamma0 = SM_INPUTS.gfAlphaV2() / (512 * Math.pow(Math.PI, 5) * mB * mB * mB);
        double sl = Math.sqrt(lam);
        double a = gamma0
                * sl
                * beta
                * (q2 * fpP * fpP
                        + lam / 4 * (fa * fa + fv2)
                        + 4 * ml * ml * mB * mB * fa * fa
                        + 2 * ml * (mB * mB - mK * mK + q2) * fpP * fa);
        double c = -gamma0 * sl * beta * lam / 4 * beta2 * (fa * fa + fv2);
        out[0] = a;
        out[1] = c;
    }

    /** SM dGamma/dq^2 of B -&gt; K l+ l- (GeV^-1 per GeV^2). */
    public static double kllRate(
            BToKFormFactors ff, SmWilsonCoefficients wc, double mB, double mK, double ml, double q2) {
        double[] ac = new double[2];
        kllCoefficients(ff, wc, mB, mK, ml, q2, ac);
        return 2 * (ac[0] + ac[1] / 3);
    }

    /** Number of angular coefficients of {@link #kstarllCoefficients}. */
    public static final int N_ANGULAR = 12;

    /** Indices of the angular coefficients in the array of {@link #kstarllCoefficients}. */
    public static final int I1S = 0,
            I1C = 1,
            I2S = 2,
            I2C = 3,
            I3 = 4,
            I4 = 5,
            I5 = 6,
            I6S = 7,
            I6C = 8,
            I7 = 9,
            I8 = 10,
            I9 = 11;

    /**
     * The SM angular coefficients I_i(q^2) of B-bar -&gt; K-bar*(-&gt; K pi) l+ l- (arXiv:0811.1214, Sec.
     * 3; GeV^-1 per GeV^2), written to {@code out} in the order of the index constants: the rate is
     * d^4Gamma / dq^2 dcos theta_l dcos theta_K dphi = 9 / (32 pi) [I1s sin^2 theta_K + I1c cos^2
     * theta_K + (I2s sin^2 theta_K + I2c cos^2 theta_K) cos 2 theta_l + I3 sin^2 theta_K sin^2
     * theta_l cos 2 phi + I4 sin 2 theta_K sin 2 theta_l cos phi + I5 sin 2 theta_K sin theta_l cos
     * phi + (I6s sin^2 theta_K + I6c cos^2 theta_K) cos theta_l + I7 sin 2 theta_K sin theta_l sin
     * phi + I8 sin 2 theta_K sin 2 theta_l sin phi + I9 sin^2 theta_K sin^2 theta_l sin 2 phi], and
     * dGamma/dq^2 = 3/4 (2 I1s + I1c) - 1/4 (2 I2s + I2c). Angles as in {@link BToSllBszModel}.
     */
    public static void kstarllCoefficients(
            BToKstarFormFactors ff, SmWilsonCoefficients wc, double mB, double mV, double ml, double q2, double[] out) {
        java.util.Arrays.fill(out, 0, N_ANGULAR, 0);
        double lam = kallen(mB * mB, mV * mV, q2);
        double beta2 = 1 - 4 * ml * ml / q2;
        if (!(lam > 0) || !(beta2 > 0)) {
            return;
        }
        double beta = Math.sqrt(beta2);
        double sl = Math.sqrt(lam);
        double n = Math.sqrt(SM_INPUTS.gfAlphaV2() * q2 * sl * beta / (3 * 1024 * Math.pow(Math.PI, 5) * mB * mB * mB));
        double c9re = wc.c9EffRe(q2);
        double c9im = wc.c9EffIm(q2);
        double c10 = wc.c10();
        double c7 = wc.c7Eff();
        double mb = wc.mbForC7();
        double sq = Math.sqrt(q2);
        // Transversity amplitudes, L and R: (C9eff -+ C10) X + Y with real X, Y.
        double xPerp = n * Math.sqrt(2) * sl * ff.v(q2) / (mB + mV);
        double yPerp = n * Math.sqrt(2) * sl * 2 * mb / q2 * c7 * ff.t1(q2);
        double xPar = -n * Math.sqrt(2) * (mB * mB - mV * mV) * ff.a1(q2) / (mB - mV);
        double yPar = -n * Math.sqrt(2) * (mB * mB - mV * mV) * 2 * mb / q2 * c7 * ff.t2(q2);
        double x0 = -8 * n * mB * mV / sq * ff.a12(q2);
        double y0 = -8 * n * mB * mV / sq * 2 * mb * c7 * ff.t23(q2) / (mB + mV);
        double at = 2 * n * sl / sq * c10 * ff.a0(q2);
        // [re, im] of each amplitude; L: C9 - C10, R: C9 + C10.
        double perpLRe = (c9re - c10) * xPerp + yPerp, perpLIm = c9im * xPerp;
        double perpRRe = (c9re + c10) * xPerp + yPerp, perpRIm = c9im * xPerp;
        double parLRe = (c9re - c10) * xPar + yPar, parLIm = c9im * xPar;
        double parRRe = (c9re + c10) * xPar + yPar, parRIm = c9im * xPar;
        double zeroLRe = (c9re - c10) * x0 + y0, zeroLIm = c9im * x0;
        double zeroRRe = (c9re + c10) * x0 + y0, zeroRIm = c9im * x0;
        double perpL2 = perpLRe * perpLRe + perpLIm * perpLIm;
        double perpR2 = perpRRe * perpRRe + perpRIm * perpRIm;
        double parL2 = parLRe * parLRe + parLIm * parLIm;
        double parR2 = parRRe * parRRe + parRIm * parRIm;
        double zeroL2 = zeroLRe * zeroLRe + zeroLIm * zeroLIm;
        double zeroR2 = zeroRRe * zeroRRe + zeroRIm * zeroRIm;
        double m2q2 = 4 * ml * ml / q2;
        double sqrt2 = Math.sqrt(2);
        out[I1S] = (2 + beta2) / 4 * (perpL2 + parL2 + perpR2 + parR2)
                + m2q2 * (perpLRe * perpRRe + perpLIm * perpRIm + parLRe * parRRe + parLIm * parRIm);
        out[I1C] = zeroL2 + zeroR2 + m2q2 * (at * at + 2 * (zeroLRe * zeroRRe + zeroLIm * zeroRIm));
        out[I2S] = beta2 / 4 * (perpL2 + parL2 + perpR2 + parR2);
        out[I2C] = -beta2 * (zeroL2 + zeroR2);
        out[I3] = beta2 / 2 * (perpL2 - parL2 + perpR2 - parR2);
        out[I4] = beta2 / sqrt2 * (zeroLRe * parLRe + zeroLIm * parLIm + zeroRRe * parRRe + zeroRIm * parRIm);
        out[I5] = sqrt2 * beta * (zeroLRe * perpLRe + zeroLIm * perpLIm - zeroRRe * perpRRe - zeroRIm * perpRIm);
        out[I6S] = 2 * beta * (parLRe * perpLRe + parLIm * perpLIm - parRRe * perpRRe - parRIm * perpRIm);
        out[I6C] = 0;
        // Im(a b*) = a_im b_re - a_re b_im
        out[I7] = sqrt2 * beta * ((zeroLIm * parLRe - zeroLRe * parLIm) - (zeroRIm * parRRe - zeroRRe * parRIm));
        out[I8] = beta2 / sqrt2 * ((zeroLIm * perpLRe - zeroLRe * perpLIm) + (zeroRIm * perpRRe - zeroRRe * perpRIm));
        out[I9] = beta2 * ((parLRe * perpLIm - parLIm * perpLRe) + (parRRe * perpRIm - parRIm * perpRRe));
    }

    /** dGamma/dq^2 from the angular coefficients: 3/4 (2 I1s + I1c) - 1/4 (2 I2s + I2c). */
    public static double kstarllRate(double[] coefficients) {
        return 0.75 * (2 * coefficients[I1S] + coefficients[I1C]) - 0.25 * (2 * coefficients[I2S] + coefficients[I2C]);
    }

    /** Composite Simpson integration with n (even) intervals. */
    public static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += f.applyAsDouble(a + i * h) * (i % 2 == 1 ? 4 : 2);
        }
        return sum * h / 3;
    }
}

package io.upsilon.generators.shower;

/**
 * The strong coupling of the final-state shower as PYTHIA 8 runs it by default, and hence as Belle
 * II runs it (basf2 sets the string parameters only, not the shower): one-loop running from a
 * value at the Z mass, with the number of flavours switched at quark-mass thresholds and Lambda
 * chosen so that alpha_s is continuous there,
 *
 * <pre>
 *   alpha_s(mu^2) = 12 pi / ((33 - 2 n_f) ln(mu^2 / Lambda_nf^2)),
 *   Lambda_5 = M_Z exp(-6 pi / (23 alpha_s(M_Z))),
 *   Lambda_4 = Lambda_5 (m_b / Lambda_5)^(2/25),  Lambda_3 = Lambda_4 (m_c / Lambda_4)^(2/27)
 * </pre>
 *
 * (the continuity conditions 23 ln(m_b/Lambda_5) = 25 ln(m_b/Lambda_4) and 25 ln(m_c/Lambda_4) = 27
 * ln(m_c/Lambda_3) solved for Lambda). The settings are PYTHIA 8's defaults, documented in its
 * TimelikeShowers.xml (the Monash 2013 tune, P. Skands, S. Carrazza, J. Rojo, EPJC 74 (2014) 3024,
 * arXiv:1404.5630): TimeShower:alphaSvalue = 0.1365 (its alpha_s(M_Z)), TimeShower:alphaSorder =
 * 1 (one-loop running), TimeShower:alphaSuseCMW = off (no CMW rescaling of Lambda),
 * TimeShower:renormMultFac = 1 (alpha_s at the emission's p_T^2); the flavour thresholds m_c =
 * 1.5 and m_b = 4.8 GeV are the defaults of PYTHIA 8's AlphaStrong (its src/StandardModel.cc),
 * which the shower does not change. This is a shower parameter tuned to event shapes, not the
 * MS-bar coupling ({@link StrongCoupling}, used for the R ratio). Immutable.
 */
public final class ShowerCoupling {
    /** TimeShower:alphaSvalue, PYTHIA 8 default (Monash 2013). */
    public static final double PYTHIA_ALPHA_S_MZ = 0.1365;

    /** Charm threshold of PYTHIA 8's AlphaStrong, GeV. */
    public static final double CHARM_THRESHOLD = 1.5;

    /** Bottom threshold of PYTHIA 8's AlphaStrong, GeV. */
    public static final double BOTTOM_THRESHOLD = 4.8;

    /** The Z mass at which PYTHIA 8's AlphaStrong takes the value (AlphaStrong::MZ, src/StandardModel.cc), GeV. */
    public static final double PYTHIA_Z_MASS = 91.188;

    private static final ShowerCoupling PYTHIA_DEFAULT = new ShowerCoupling(PYTHIA_ALPHA_S_MZ);

    private final double lambda3Squared;
    private final double lambda4Squared;
    private final double lambda5Squared;

    /**
     * @param alphaSAtMZ alpha_s at the Z mass ({@link #PYTHIA_Z_MASS}), in (0.05, 0.2)
     */
    public ShowerCoupling(double alphaSAtMZ) {
        if (!(alphaSAtMZ > 0.05 && alphaSAtMZ < 0.2)) {
            throw new IllegalArgumentException("alpha_s(M_Z) must be in (0.05, 0.2), got " + alphaSAtMZ);
        }
        double lambda5 = PYTHIA_Z_MASS * Math.exp(-6 * Math.PI / (23 * alphaSAtMZ));
        double lambda4 = lambda5 * Math.pow(BOTTOM_THRESHOLD / lambda5, 2.0 / 25);
        double lambda3 = lambda4 * Math.pow(CHARM_THRESHOLD / lambda4, 2.0 / 27);
        this.lambda5Squared = lambda5 * lambda5;
        this.lambda4Squared = lambda4 * lambda4;
        this.lambda3Squared = lambda3 * lambda3;
    }

    /** PYTHIA 8's default final-state shower coupling (see the class comment). */
    public static ShowerCoupling pythiaDefault() {
        return PYTHIA_DEFAULT;
    }

    /** Lambda for three flavours, GeV: alpha_s diverges there. */
    public double lambda3() {
        return Math.sqrt(lambda3Squared);
    }

    /**
     * alpha_s at the squared scale {@code mu2} (GeV^2).
     *
     * @throws IllegalArgumentException if mu2 is not above Lambda_3^2
     */
    public double atScale2(double mu2) {
        if (!(mu2 > lambda3Squared)) {
            throw new IllegalArgumentException("scale^2 " + mu2 + " GeV^2 is not above Lambda_3^2 = " + lambda3Squared);
        }
        if (mu2 > BOTTOM_THRESHOLD * BOTTOM_THRESHOLD) {
            return 12 * Math.PI / (23 * Math.log(mu2 / lambda5Squared));
        }
        if (mu2 > CHARM_THRESHOLD * CHARM_THRESHOLD) {
            return 12 * Math.PI / (25 * Math.log(mu2 / lambda4Squared));
        }
        return 12 * Math.PI / (27 * Math.log(mu2 / lambda3Squared));
    }
}

package io.upsilon.generators.process;

import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.units.PhysicalConstants;

/**
 * The Born cross section of e+e- -&gt; Upsilon(4S) -&gt; B Bbar at a given s: a relativistic
 * Breit-Wigner whose width runs with the B momentum,
 *
 * <pre>
 *   sigma_c(s) = 12 pi Gamma_ee Gamma_c(W) / ((s - M^2)^2 + M^2 Gamma(W)^2) (hbar c)^2,   W = sqrt(s),
 *   Gamma_c(W) = Gamma B_c (p_c(W) / p_c(M))^3 (M / W),   Gamma(W) = sum_c Gamma_c(W),   p_c(W) = sqrt(W^2/4 - m_c^2),
 * </pre>
 *
 * for the channels c = B+ B-, B0 anti-B0: the P-wave (L = 1) mass-dependent width Gamma_0
 * (q/q_0)^(2L+1) (m_0/m) of the PDG 2024 review "Resonances" (Navas et al., Phys. Rev. D 110 (2024)
 * 030001), without Blatt-Weisskopf barrier factors [E] (with a radius of 1 GeV^-1 they would change
 * the width by 0.3% across +-20 MeV). At W = M the peak is 12 pi B_ee B_c / M^2; the width vanishes
 * at the B+ B- threshold, so there is no cross section below it (the non-B Bbar decays of the
 * Upsilon(4S), below 4% of its width, are not generated).
 *
 * <p>Inputs, PDG 2024 [E: recalled from the Upsilon(4S) listing, not re-read]: M = 10.5794 GeV,
 * Gamma = 20.5 MeV, Gamma_ee = 0.272 keV (the same as the vacuum-polarisation model's resonance
 * table), B(B+ B-) = 0.514 and B(B0 anti-B0) = 0.486 (by default: a generator takes them from its decay
 * table's Upsilon(4S) block); B masses from the particle table. Gamma_ee is
 * taken as the physical (dressed) electronic width, so no vacuum-polarisation factor multiplies
 * this cross section; the Upsilon(4S) is already the resonant part of the photon's vacuum
 * polarisation. Immutable.
 */
public final class Upsilon4SLineShape {
    /** Upsilon(4S) mass, GeV (PDG 2024 [E]). */
    public static final double MASS = 10.5794;

    /** Upsilon(4S) total width at the peak, GeV (PDG 2024 [E]). */
    public static final double WIDTH = 0.0205;

    /** Upsilon(4S) electronic width, GeV (PDG 2024 [E]). */
    public static final double GAMMA_EE = 0.272e-6;

    /** B(Upsilon(4S) -&gt; B+ B-) (PDG 2024 [E]). */
    public static final double FRACTION_CHARGED = 0.514;

    /** B(Upsilon(4S) -&gt; B0 anti-B0) (PDG 2024 [E]). */
    public static final double FRACTION_NEUTRAL = 0.486;

    private static final double HBARC2_NB = PhysicalConstants.HBARC2_GEV2_NB;

    private final double mChargedB2;
    private final double mNeutralB2;
    private final double pCharged0;
    private final double pNeutral0;
    private final double fractionCharged;
    private final double fractionNeutral;

    /** The line shape with the PDG 2024 fractions {@link #FRACTION_CHARGED}, {@link #FRACTION_NEUTRAL}. */
    public Upsilon4SLineShape() {
        this(FRACTION_CHARGED, FRACTION_NEUTRAL);
    }

    /**
     * The line shape with these fractions B(B+ B-), B(B0 anti-B0) at the peak (e.g. a decay table's
     * Upsilon(4S) block), B masses of the standard particle table.
     */
    public Upsilon4SLineShape(double fractionCharged, double fractionNeutral) {
        if (!(fractionCharged >= 0) || !(fractionNeutral >= 0) || !(fractionCharged + fractionNeutral > 0)) {
            throw new IllegalArgumentException(
                    "fractions must be >= 0 and not both 0, got " + fractionCharged + ", " + fractionNeutral);
        }
        this.fractionCharged = fractionCharged;
        this.fractionNeutral = fractionNeutral;
        ParticleTable pdg = ParticleTable.standard();
        double mc = pdg.byId(521).mass();
        double mn = pdg.byId(511).mass();
        this.mChargedB2 = mc * mc;
        this.mNeutralB2 = mn * mn;
        this.pCharged0 = momentum(MASS * MASS, mChargedB2);
        this.pNeutral0 = momentum(MASS * MASS, mNeutralB2);
    }

    private static double momentum(double s, double m2) {
        return Math.sqrt(Math.max(0, s / 4 - m2));
    }

    /** The partial width to B+ B- at W = sqrt(s), GeV. */
    public double chargedWidth(double s) {
        double r = momentum(s, mChargedB2) / pCharged0;
        return WIDTH * fractionCharged * r * r * r * MASS / Math.sqrt(s);
    }

    /** The partial width to B0 anti-B0 at W = sqrt(s), GeV. */
    public double neutralWidth(double s) {
        double r = momentum(s, mNeutralB2) / pNeutral0;
        return WIDTH * fractionNeutral * r * r * r * MASS / Math.sqrt(s);
    }

    /** The smallest s with a non-zero cross section: the B+ B- threshold (2 m_B+)^2, GeV^2. */
    public double thresholdS() {
        return 4 * mChargedB2;
    }

    /** The B0 anti-B0 threshold (2 m_B0)^2, GeV^2. */
    public double neutralThresholdS() {
        return 4 * mNeutralB2;
    }

    /**
     * sigma(e+e- -&gt; Upsilon(4S) -&gt; channels) at s, nb: {@code charged} and/or {@code neutral}
     * select the B+ B- and B0 anti-B0 partial widths in the numerator (the denominator always has the
     * total width).
     */
    public double crossSection(double s, boolean charged, boolean neutral) {
        double gc = chargedWidth(s);
        double gn = neutralWidth(s);
        double g = gc + gn;
        double d = s - MASS * MASS;
        double partial = (charged ? gc : 0) + (neutral ? gn : 0);
        return 12 * Math.PI * GAMMA_EE * partial / (d * d + MASS * MASS * g * g) * HBARC2_NB;
    }

    /** sigma(e+e- -&gt; Upsilon(4S) -&gt; B Bbar) at s, nb. */
    public double crossSection(double s) {
        return crossSection(s, true, true);
    }
}

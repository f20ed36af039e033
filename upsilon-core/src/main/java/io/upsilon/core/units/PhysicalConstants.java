package io.upsilon.core.units;

/**
 * Fundamental constants (CODATA 2018 values as quoted in the PDG 2024 review "Physical constants").
 * Particle masses are not here: they live in the particle table.
 */
public final class PhysicalConstants {
    private PhysicalConstants() {}

    /** Fine-structure constant at zero momentum transfer, alpha(0) = 1/137.035999084. */
    public static final double ALPHA = 1.0 / 137.035999084;

    /** (hbar c)^2 = 0.3893793721 GeV^2 mb, expressed in GeV^2 nb: converts GeV^-2 to nb. */
    public static final double HBARC2_GEV2_NB = 0.3893793721e6;

    /** hbar = 6.582119569e-25 GeV s. */
    public static final double HBAR_GEV_S = 6.582119569e-25;

    /** Speed of light, 2.99792458e10 cm/s. */
    public static final double C_CM_PER_S = 2.99792458e10;

    /** Fermi constant G_F = 1.1663788e-5 GeV^-2. */
    public static final double G_FERMI = 1.1663788e-5;

    /**
     * Weak mixing angle sin^2(theta_W) = 0.23121 (MS-bar at M_Z; PDG 2024 "Physical constants", [R]
     * recalled, not re-read); used in
     * the low-energy neutral-current couplings, where the running to Q^2 ~ 0 (~0.238) is neglected.
     */
    public static final double SIN2_THETA_W = 0.23121;

    /** 1 fb^-1 = 1e6 nb^-1: events = sigma[nb] * L[fb^-1] * NB_INV_PER_FB_INV. */
    public static final double NB_INV_PER_FB_INV = 1.0e6;
}

package io.upsilon.generators.radiation;

import io.upsilon.core.units.PhysicalConstants;

/**
 * Initial-state radiation by the electron structure function (Kuraev and Fadin, Sov. J. Nucl.
 * Phys. 41 (1985) 466, exponentiated soft photons plus the O(beta) and O(beta^2) hard terms,
 * [textbook]; its leading form is leadingValue):
 *
 * <pre>
 *   sigma(s) = int_0^xmax dx F(x, s) sigma_0(s (1 - x)),   beta = (2 alpha/pi)(ln(s/m_e^2) - 1),
 *   F = beta x^(beta-1) [1 + (alpha/pi)(pi^2/3 - 1/2) + 3 beta/4 - beta^2/24 (L/3 + 2 pi^2 - 37/4)]
 *       - beta (1 - x/2)
 *       + beta^2/8 [4 (2 - x) ln(1/x) - (1 + 3 (1 - x)^2)/x ln(1 - x) - 6 + x],   L = ln(s/m_e^2),
 * </pre>
 *
 * where x is the fraction of the beam energy carried away by photons. {@link IsrSampler} draws x.
 */
public final class IsrStructureFunction {
    private static final double ALPHA = PhysicalConstants.ALPHA;

    private final double electronMass2;

    /** @param electronMass electron mass in GeV */
    public IsrStructureFunction(double electronMass) {
        if (!(electronMass > 0)) {
            throw new IllegalArgumentException("electron mass must be > 0, got " + electronMass);
        }
        this.electronMass2 = electronMass * electronMass;
    }

    /** The large-log coefficient beta = (2 alpha/pi)(ln(s/m_e^2) - 1). */
    public double beta(double s) {
        return 2 * ALPHA / Math.PI * (Math.log(s / electronMass2) - 1);
    }

    /** F(x, s) including the O(beta^2) terms. */
    public double value(double x, double s) {
        double l = Math.log(s / electronMass2);
        double b = 2 * ALPHA / Math.PI * (l - 1);
        return b * Math.pow(x, b - 1) * softFactor(b, l) + hard(x, b);
    }

    /** The factor multiplying beta x^(beta-1) in F (soft and virtual corrections). */
    public double softFactor(double s) {
        double l = Math.log(s / electronMass2);
        return softFactor(2 * ALPHA / Math.PI * (l - 1), l);
    }

    /** The non-singular (hard-photon) part of F. */
    public double hardPart(double x, double s) {
        return hard(x, beta(s));
    }

    /** The leading Kuraev-Fadin form: beta x^(beta-1)(1 + 3 beta/4) - beta (1 - x/2). */
    public double leadingValue(double x, double s) {
        double b = beta(s);
        return b * Math.pow(x, b - 1) * (1 + 0.75 * b) - b * (1 - 0.5 * x);
    }

    private static double softFactor(double b, double l) {
        return 1
                + ALPHA / Math.PI * (Math.PI * Math.PI / 3 - 0.5)
                + 0.75 * b
                - b * b / 24 * (l / 3 + 2 * Math.PI * Math.PI - 37.0 / 4);
    }

    private static double hard(double x, double b) {
        double omx = 1 - x;
        double second = x < 1e-9
                ? 4 * (2 - x) * Math.log(1 / Math.max(x, 1e-300)) + 4 - 6 + x // -(4/x) ln(1-x) -> 4 as x -> 0
                : 4 * (2 - x) * Math.log(1 / x) - (1 + 3 * omx * omx) / x * Math.log(omx) - 6 + x;
        return -b * (1 - 0.5 * x) + b * b / 8 * second;
    }
}

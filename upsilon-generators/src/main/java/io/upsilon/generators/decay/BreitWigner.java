package io.upsilon.generators.decay;

import io.upsilon.generators.phasespace.TwoBody;

/**
 * A vector-meson Breit-Wigner with a p-wave running width, normalised to 1 at s = 0 (the
 * Kuhn-Santamaria convention, Z. Phys. C48 (1990) 445 [R]):
 *
 * <pre>
 *   BW(s) = m^2 / (m^2 - s - i sqrt(s) Gamma(s)),   Gamma(s) = Gamma (m / sqrt(s)) (p(s) / p(m^2))^3
 * </pre>
 *
 * with p(s) the momentum of either decay product (masses m1, m2) in the resonance rest frame.
 * Immutable.
 */
final class BreitWigner {
    private final double m2;
    private final double mass;
    private final double width;
    private final double m1;
    private final double mB;
    private final double p0cubed;

    BreitWigner(double mass, double width, double m1, double m2) {
        if (!(mass > m1 + m2) || !(width > 0)) {
            throw new IllegalArgumentException("resonance mass " + mass + " must be above the threshold " + (m1 + m2)
                    + " and width " + width + " positive");
        }
        this.mass = mass;
        this.m2 = mass * mass;
        this.width = width;
        this.m1 = m1;
        this.mB = m2;
        double p0 = TwoBody.momentum(mass, m1, m2);
        this.p0cubed = p0 * p0 * p0;
    }

    /** Running width Gamma(s) in GeV (0 below threshold). */
    double runningWidth(double s) {
        if (s <= 0) {
            return 0;
        }
        double rs = Math.sqrt(s);
        double p = TwoBody.momentum(rs, m1, mB);
        return width * (mass / rs) * p * p * p / p0cubed;
    }

    /** Writes Re and Im of BW(s) at {@code out[off]}, {@code out[off + 1]}. */
    void value(double s, double[] out, int off) {
        double g = Math.sqrt(Math.max(0, s)) * runningWidth(s);
        double d = m2 - s;
        double den = d * d + g * g;
        out[off] = m2 * d / den;
        out[off + 1] = m2 * g / den;
    }

    /** |BW(s)|^2. */
    double abs2(double s) {
        double g = Math.sqrt(Math.max(0, s)) * runningWidth(s);
        double d = m2 - s;
        return m2 * m2 / (d * d + g * g);
    }
}

package io.upsilon.generators.decay;

import java.util.Objects;

/**
 * B -&gt; P l nu for a pseudoscalar meson P (D, pi, eta) with the form factors f+ and f0 of a {@link
 * PseudoscalarMesonFormFactors} (CLN for {@code HQET2}, BGL for {@code BGL}, BCL for {@code
 * BTOPLNU_BCL}), lepton mass kept. The hadronic current H = f+ (P + p) + (f0 - f+) (M^2 - m^2) /
 * q^2 q is contracted with the V-A lepton tensor: |A|^2 proportional to 2 (H . p_l)(H . p_nu) -
 * (p_l . p_nu) H^2 (the same contraction as {@link SlBkPoleModel}). Daughters: the meson, the
 * charged lepton, the neutrino.
 */
final class SemileptonicScalarModel extends ThreeBodyDalitzModel {
    private final PseudoscalarMesonFormFactors formFactors;

    /** The model for the form factors {@code formFactors} (stateless, shared between copies). */
    SemileptonicScalarModel(PseudoscalarMesonFormFactors formFactors) {
        this.formFactors = Objects.requireNonNull(formFactors, "formFactors");
    }

    @Override
    public DecModel newInstance() {
        return new SemileptonicScalarModel(formFactors);
    }

    @Override
    double matrixElementSquared(double mParent, double[] m, double s12, double s13, double s23) {
        double m1s = m[0] * m[0];
        double m2s = m[1] * m[1];
        double m3s = m[2] * m[2];
        double p12 = (s12 - m1s - m2s) / 2; // meson . lepton
        double p13 = (s13 - m1s - m3s) / 2; // meson . neutrino
        double p23 = (s23 - m2s - m3s) / 2; // lepton . neutrino
        double q2 = s23;
        double fp = formFactors.fPlus(mParent, m[0], q2);
        double c = (formFactors.fZero(mParent, m[0], q2) - fp) * (mParent * mParent - m1s) / q2;
        // H = fp (2 p1 + q) + c q with q = p2 + p3.
        double qDotL = m2s + p23;
        double qDotNu = p23 + m3s;
        double hDotL = fp * (2 * p12 + qDotL) + c * qDotL;
        double hDotNu = fp * (2 * p13 + qDotNu) + c * qDotNu;
        double p1DotQ = p12 + p13;
        double sumSquared = 4 * m1s + 4 * p1DotQ + q2; // (2 p1 + q)^2
        double sumDotQ = 2 * p1DotQ + q2;
        double h2 = fp * fp * sumSquared + 2 * fp * c * sumDotQ + c * c * q2;
        return Math.max(0, 2 * hDotL * hDotNu - p23 * h2);
    }
}

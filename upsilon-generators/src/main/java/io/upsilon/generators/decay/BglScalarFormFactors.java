package io.upsilon.generators.decay;

/**
 * The Boyd-Grinstein-Lebed form factors of B -&gt; D l nu (C. G. Boyd, B. Grinstein and R. F.
 * Lebed, Phys. Rev. D 56 (1997) 6895) in the form of EvtGen's BGL model for B -&gt; D (basf2 {@code
 * generators/evtgen/models/src/EvtBGLFF.cc}, read for behaviour) and of the Belle B -&gt; D l nu fit
 * (R. Glattauer et al., Phys. Rev. D 93 (2016) 032006, arXiv:1510.03657): with z = (sqrt(w+1) -
 * sqrt 2) / (sqrt(w+1) + sqrt 2), r = m_D / m_B and D = (1 + r)(1 - z) + 2 sqrt(r)(1 + z),
 *
 * <pre>
 *   f+(z) = sum_n a+_n z^n / phi+(z),   phi+(z) = 1.1213 (1+z)^2 (1-z)^(1/2) / D^5,
 *   f0(z) = sum_n a0_n z^n / phi0(z),   phi0(z) = 0.5299 (1+z) (1-z)^(3/2) / D^4,
 * </pre>
 *
 * without Blaschke factors (no B_c pole below the pair threshold in these channels is kept, as in the
 * Belle fit). The constants 1.1213 and 0.5299 are the outer functions' prefactors for n_I = 2.6 and
 * the perturbative susceptibilities (Boyd-Grinstein-Lebed 1997).
 */
final class BglScalarFormFactors implements PseudoscalarMesonFormFactors {
    private final double[] aPlus;
    private final double[] aZero;

    /** The coefficients a+_n of f+ and a0_n of f0 (n = 0, 1, ...). */
    BglScalarFormFactors(double[] aPlus, double[] aZero) {
        if (aPlus.length == 0 || aZero.length == 0) {
            throw new IllegalArgumentException("BGL for B -> D needs at least a+_0 and a0_0");
        }
        this.aPlus = aPlus.clone();
        this.aZero = aZero.clone();
    }

    /** The coefficients a+_n. */
    double[] aPlus() {
        return aPlus.clone();
    }

    /** The coefficients a0_n. */
    double[] aZero() {
        return aZero.clone();
    }

    @Override
    public double fPlus(double mParent, double mMeson, double q2) {
        double r = mMeson / mParent;
        double z = ClnFormFactors.z(ClnFormFactors.recoil(mParent, mMeson, q2));
        double d = denominator(z, r);
        double phi = 1.1213 * (1 + z) * (1 + z) * Math.sqrt(1 - z) / Math.pow(d, 5);
        return series(aPlus, z) / phi;
    }

    @Override
    public double fZero(double mParent, double mMeson, double q2) {
        double r = mMeson / mParent;
        double z = ClnFormFactors.z(ClnFormFactors.recoil(mParent, mMeson, q2));
        double d = denominator(z, r);
        double phi = 0.5299 * (1 + z) * Math.pow(1 - z, 1.5) / Math.pow(d, 4);
        return series(aZero, z) / phi;
    }

    private static double denominator(double z, double r) {
        return (1 + r) * (1 - z) + 2 * Math.sqrt(r) * (1 + z);
    }

    private static double series(double[] coefficients, double z) {
        double s = 0;
        for (int n = coefficients.length - 1; n >= 0; n--) {
            s = s * z + coefficients[n];
        }
        return s;
    }
}

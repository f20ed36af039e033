package io.upsilon.generators.decay.formfactor;

/**
 * The simplified series expansion of B -&gt; P and B -&gt; V form factors used by Bharucha, Straub and
 * Zwicky (arXiv:1503.05534, eq. 4.4) and by Gubernari, Kokulu and van Dyk (arXiv:1811.00983): F(q^2)
 * = sum_k a_k [z(q^2) - z(0)]^k / (1 - q^2 / m_R^2), with z(t) = (sqrt(t+ - t) - sqrt(t+ - t0)) /
 * (sqrt(t+ - t) + sqrt(t+ - t0)), t+- = (m_B +- m_H)^2 and t0 = t+ (1 - sqrt(1 - t- / t+)). One
 * instance per pair of masses; each form factor brings its coefficients and resonance mass.
 */
final class ZExpansion {
    private final double tPlus;
    private final double sqrtTPlusMinusT0;
    private final double z0;

    /** The expansion for a B of mass {@code mB} decaying to a hadron of mass {@code mH}, GeV. */
    ZExpansion(double mB, double mH) {
        this.tPlus = (mB + mH) * (mB + mH);
        double tMinus = (mB - mH) * (mB - mH);
        double t0 = tPlus * (1 - Math.sqrt(1 - tMinus / tPlus));
        this.sqrtTPlusMinusT0 = Math.sqrt(tPlus - t0);
        this.z0 = z(0);
    }

    /** z(q^2). */
    double z(double q2) {
        double a = Math.sqrt(tPlus - q2);
        return (a - sqrtTPlusMinusT0) / (a + sqrtTPlusMinusT0);
    }

    /** The form factor with coefficients {@code a} (three) and resonance mass {@code pole} at q^2. */
    double value(double[] a, double q2, double pole) {
        double dz = z(q2) - z0;
        return (a[0] + dz * (a[1] + dz * a[2])) / (1 - q2 / (pole * pole));
    }
}

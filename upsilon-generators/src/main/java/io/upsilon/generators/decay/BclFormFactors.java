package io.upsilon.generators.decay;

/**
 * The Bourrely-Caprini-Lellouch form factors of B -&gt; pi l nu (C. Bourrely, I. Caprini and L.
 * Lellouch, Phys. Rev. D 79 (2009) 013008, arXiv:0807.2722) in the form of the Fermilab/MILC fit
 * (J. A. Bailey et al., Phys. Rev. D 92 (2015) 014024, arXiv:1503.07839):
 *
 * <pre>
 *   f+(q^2) = 1 / (1 - q^2 / m_B*^2) sum_{n=0}^{N-1} b+_n [z^n - (-1)^(n-N) (n / N) z^N],
 *   f0(q^2) = sum_{n=0}^{N0-1} b0_n z^n,
 *   z = (sqrt(t+ - q^2) - sqrt(t+ - t0)) / (sqrt(t+ - q^2) + sqrt(t+ - t0)),
 *   t+- = (m_B +- m_pi)^2,   t0 = t+ (1 - sqrt(1 - t- / t+)),   m_B* = 5.325 GeV,
 * </pre>
 *
 * with the masses of the decay. The f+ series carries the threshold behaviour of the B* pi cut
 * (the z^N term), f0 has no pole below threshold.
 */
final class BclFormFactors implements PseudoscalarMesonFormFactors {
    /** The B* pole of f+ (PDG 2024 B*), GeV. */
    static final double B_STAR_POLE = 5.325;

    private final double[] bPlus;
    private final double[] bZero;

    /** The coefficients b+_n and b0_n (n = 0, 1, ...). */
    BclFormFactors(double[] bPlus, double[] bZero) {
        if (bPlus.length == 0 || bZero.length == 0) {
            throw new IllegalArgumentException("BCL needs at least b+_0 and b0_0");
        }
        this.bPlus = bPlus.clone();
        this.bZero = bZero.clone();
    }

    /** z(q^2) for the parent mass M and meson mass m. */
    static double z(double mParent, double mMeson, double q2) {
        double tPlus = (mParent + mMeson) * (mParent + mMeson);
        double tMinus = (mParent - mMeson) * (mParent - mMeson);
        double t0 = tPlus * (1 - Math.sqrt(1 - tMinus / tPlus));
        double a = Math.sqrt(tPlus - q2);
        double b = Math.sqrt(tPlus - t0);
        return (a - b) / (a + b);
    }

    @Override
    public double fPlus(double mParent, double mMeson, double q2) {
        double z = z(mParent, mMeson, q2);
        int n = bPlus.length;
        double zN = Math.pow(z, n);
        double s = 0;
        for (int k = 0; k < n; k++) {
            double sign = ((k - n) % 2 == 0) ? 1 : -1;
            s += bPlus[k] * (Math.pow(z, k) - sign * k / (double) n * zN);
        }
        return s / (1 - q2 / (B_STAR_POLE * B_STAR_POLE));
    }

    @Override
    public double fZero(double mParent, double mMeson, double q2) {
        double z = z(mParent, mMeson, q2);
        double s = 0;
        for (int k = bZero.length - 1; k >= 0; k--) {
            s = s * z + bZero[k];
        }
        return s;
    }
}

package io.upsilon.searches.llpscalar;

import java.util.Arrays;

/**
 * The reduced-mass resolution sigma(m_red) of one final state, measured on the signal samples at
 * their generated masses and interpolated linearly in m_red between them (constant beyond the first
 * and last).
 *
 * @param mRed the true reduced masses of the measurements, GeV, ascending
 * @param sigma the resolutions there, GeV
 */
record Resolution(double[] mRed, double[] sigma) {
    /** Validates: same lengths, at least one point, ascending masses, positive widths. */
    Resolution {
        if (mRed.length == 0 || mRed.length != sigma.length) {
            throw new IllegalArgumentException("need matching, non-empty mass and width arrays");
        }
        for (int i = 0; i < mRed.length; i++) {
            if (!(sigma[i] > 0) || (i > 0 && !(mRed[i] > mRed[i - 1]))) {
                throw new IllegalArgumentException("masses must ascend and widths be > 0: " + Arrays.toString(mRed)
                        + " " + Arrays.toString(sigma));
            }
        }
        mRed = mRed.clone();
        sigma = sigma.clone();
    }

    /** sigma at reduced mass m. */
    double at(double m) {
        int n = mRed.length;
        if (m <= mRed[0]) {
            return sigma[0];
        }
        if (m >= mRed[n - 1]) {
            return sigma[n - 1];
        }
        int k = 0;
        while (mRed[k + 1] < m) {
            k++;
        }
        double t = (m - mRed[k]) / (mRed[k + 1] - mRed[k]);
        return sigma[k] * (1 - t) + sigma[k + 1] * t;
    }

    /** The reduced mass sqrt(M^2 - 4 m_x^2) of a pair of mass M of two daughters of mass m_x (0 below threshold). */
    static double reduced(double pairMass, double daughterMass) {
        return Math.sqrt(Math.max(0, pairMass * pairMass - 4 * daughterMass * daughterMass));
    }

    /** The scalar mass of a reduced mass: sqrt(m_red^2 + 4 m_x^2). */
    static double scalarMass(double reducedMass, double daughterMass) {
        return Math.sqrt(reducedMass * reducedMass + 4 * daughterMass * daughterMass);
    }
}

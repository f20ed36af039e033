package io.upsilon.generators.decay.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.upsilon.generators.decay.RareBDecays;
import io.upsilon.generators.decay.formfactor.BToKFormFactors;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KnunuWetSpectrumTest {
    /** The truth binning of Belle II's reinterpretation (100 bins of 0.22885 GeV^2 up to (m_B - m_K)^2). */
    private static double[] edges() {
        double[] e = new double[101];
        for (int i = 0; i <= 100; i++) {
            e[i] = 22.885 * i / 100;
        }
        return e;
    }

    @Test
    void smBinsSumToTheShortDistanceBranchingFraction() {
        double total = Arrays.stream(KnunuWetSpectrum.sm().binnedBranchingFractions(edges()))
                .sum();
        // Same integrand, different Simpson grids: agree to 1e-6. Belle II quotes 4.97e-6
        // (arXiv:2311.14647, Eq. (1), short-distance part); 0.5% covers rounding of the quoted value
        // and the 22.885 vs (m_B - m_K)^2 = 22.8853 end point.
        assertEquals(RareBDecays.kNuNuBranchingFraction(), total, 1e-6 * total);
        assertEquals(4.97e-6, total, 0.005 * 4.97e-6);
    }

    @Test
    void smIsItsOwnReferenceExactly() {
        double[] a = KnunuWetSpectrum.sm().binnedBranchingFractions(edges());
        double[] b = new KnunuWetSpectrum(KnunuWetSpectrum.smCL(), 0, 0).binnedBranchingFractions(edges());
        assertArrayEquals(a, b, 0);
        for (int q = 0; q < 23; q++) {
            assertEquals(
                    RareBDecays.kNuNuDifferentialBranchingFraction(q),
                    KnunuWetSpectrum.sm().differential(q),
                    0);
        }
    }

    @Test
    void vectorRateScalesWithTheSquareOfCV() {
        double cl = KnunuWetSpectrum.smCL();
        double[] sm = KnunuWetSpectrum.sm().binnedBranchingFractions(edges());
        double[] twice = new KnunuWetSpectrum(2 * cl, 0, 0).binnedBranchingFractions(edges());
        double[] flipped = new KnunuWetSpectrum(-cl, 0, 0).binnedBranchingFractions(edges());
        for (int i = 0; i < sm.length; i++) {
            assertEquals(4 * sm[i], twice[i], 1e-12 * sm[i]);
            assertEquals(sm[i], flipped[i], 1e-12 * sm[i]);
        }
    }

    @Test
    void scalarAndTensorTermsFollowTheStatedFormula() {
        double cl = KnunuWetSpectrum.smCL();
        double mB = RareBDecays.SM_INPUTS.mB();
        double mK = RareBDecays.SM_INPUTS.mK();
        BToKFormFactors gkvd = BToKFormFactors.gkvd2018();
        double q2 = 10;
        double lam = RareBDecays.kallen(mB * mB, mK * mK, q2);
        double fp = BToKFormFactors.hpqcdFPlus(q2);
        double sm = RareBDecays.kNuNuDifferentialBranchingFraction(q2);
        double s = (mB * mB - mK * mK) / KnunuWetSpectrum.MB_MINUS_MS;
        double expectS = sm * 1.5 * 9 * q2 * s * s * Math.pow(gkvd.fZero(q2), 2) / (cl * cl * lam * fp * fp);
        assertEquals(expectS, new KnunuWetSpectrum(0, 3, 0).differential(q2), 1e-12 * expectS);
        double expectT = sm * 8 * 4 * q2 * Math.pow(gkvd.fTensor(q2), 2) / (cl * cl * fp * fp * (mB + mK) * (mB + mK));
        assertEquals(expectT, new KnunuWetSpectrum(0, 0, 2).differential(q2), 1e-12 * expectT);
        // No interference between the three structures (massless neutrinos).
        double sum = new KnunuWetSpectrum(cl, 3, 2).differential(q2);
        assertEquals(sm + expectS + expectT, sum, 1e-12 * sum);
    }

    @Test
    void scalarAndTensorSpectraVanishAtZeroRecoilOfTheNeutrinos() {
        // Both carry a factor q^2 (helicity), unlike the vector term: they vanish at q^2 = 0 and the
        // scalar one, with lambda^(1/2) only, extends to higher q^2 than the vector one.
        assertEquals(0, new KnunuWetSpectrum(0, 1, 0).differential(0), 0);
        assertEquals(0, new KnunuWetSpectrum(0, 0, 1).differential(0), 0);
        assertTrue(KnunuWetSpectrum.sm().differential(0) > 0);
        double[] e = edges();
        assertTrue(meanQ2(new KnunuWetSpectrum(0, 1, 0).binnedBranchingFractions(e), e)
                > meanQ2(KnunuWetSpectrum.sm().binnedBranchingFractions(e), e) + 3);
    }

    private static double meanQ2(double[] b, double[] e) {
        double n = 0;
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            n += b[i];
            s += b[i] * 0.5 * (e[i] + e[i + 1]);
        }
        return s / n;
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new KnunuWetSpectrum(Double.NaN, 0, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> KnunuWetSpectrum.sm().binnedBranchingFractions(new double[] {1, 1}));
    }
}

package io.upsilon.generators.decay.spectrum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TwoBodyInvisibleSpectrumTest {
    private static final double[] EDGES = {0, 1, 4, 9};

    @Test
    void allOfTheBranchingFractionSitsInTheBinOfMassSquared() {
        assertArrayEquals(
                new double[] {0, 2e-5, 0}, new TwoBodyInvisibleSpectrum(1.5, 2e-5).binnedBranchingFractions(EDGES), 0);
        // Half-open bins: m_X^2 = 4 belongs to [4, 9); m_X = 0 to the first bin.
        assertEquals(2, new TwoBodyInvisibleSpectrum(2, 1e-5).bin(EDGES));
        assertEquals(0, new TwoBodyInvisibleSpectrum(0, 1e-5).bin(EDGES));
        assertEquals(-1, new TwoBodyInvisibleSpectrum(3, 1e-5).bin(EDGES));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new TwoBodyInvisibleSpectrum(-1, 1e-5));
        assertThrows(IllegalArgumentException.class, () -> new TwoBodyInvisibleSpectrum(1, 2));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TwoBodyInvisibleSpectrum(3, 1e-5).binnedBranchingFractions(EDGES));
    }
}

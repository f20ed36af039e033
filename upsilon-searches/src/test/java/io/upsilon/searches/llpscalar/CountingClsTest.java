package io.upsilon.searches.llpscalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** CLs limits of a Poisson count against their closed forms. */
class CountingClsTest {
    @Test
    void noEventGivesMinusLogAlphaWhateverTheBackground() {
        // n = 0: CLs(s) = exp(-s), so s_up = -ln(0.05) = 2.996 (Read, J. Phys. G 28 (2002) 2693).
        assertThat(CountingCls.upperLimit(0, 0, 0.95)).isCloseTo(-Math.log(0.05), within(1e-6));
        assertThat(CountingCls.upperLimit(0, 3.7, 0.95)).isCloseTo(-Math.log(0.05), within(1e-6));
    }

    @Test
    void oneAndTwoEventsWithoutBackgroundGiveTheClassicalLimits() {
        // b = 0: the classical Poisson upper limits 4.74 and 6.30 at 95% CL (PDG Review "Statistics",
        // table of Poisson upper limits); solved here from exp(-s)(1 + s) = 0.05 to 4.7439.
        assertThat(CountingCls.upperLimit(1, 0, 0.95)).isCloseTo(4.7439, within(1e-3));
        assertThat(CountingCls.upperLimit(2, 0, 0.95)).isCloseTo(6.2958, within(1e-3));
    }

    @Test
    void theExpectedBandIsOrderedAndGrowsLikeTheRootOfTheBackground() {
        double[] small = CountingCls.expectedBand(1, 0.95);
        double[] large = CountingCls.expectedBand(400, 0.95);
        for (int i = 1; i < 5; i++) {
            assertThat(small[i]).isGreaterThanOrEqualTo(small[i - 1]);
            assertThat(large[i]).isGreaterThanOrEqualTo(large[i - 1]);
        }
        // At large b the median is ~1.96 sqrt(b) = 39.2 (Gaussian limit); 10% for the discreteness.
        assertThat(large[2]).isCloseTo(1.96 * 20, within(3.9));
    }
}

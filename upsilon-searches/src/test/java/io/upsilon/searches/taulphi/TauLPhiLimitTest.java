package io.upsilon.searches.taulphi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class TauLPhiLimitTest {
    @Test
    void branchingLimitIsSignalLimitOverTwiceTheTauDecays() {
        // 190 fb^-1 x 0.919 nb = 1.7461e8 pairs; 2 taus each; eps = 0.1: s_UL = 2.3 gives 6.586e-8.
        double b = TauLPhiLimit.branchingLimit(2.3, 190, 0.919, 0.1);
        assertThat(b).isCloseTo(2.3 / (2 * 190e6 * 0.919 * 0.1), within(1e-20));
        assertThat(b).isCloseTo(6.586e-8, within(0.001e-8));
        // Background-free: s_UL does not depend on L, so B_UL scales as 1/L.
        assertThat(TauLPhiLimit.branchingLimit(2.3, 4 * 190, 0.919, 0.1)).isCloseTo(b / 4, within(1e-20));
    }

    @Test
    void toyClsLimitWithoutBackgroundIsThePoissonValue() {
        // n = 0, b -> 0, no uncertainties: CLs = exp(-s), 90% CL limit ln(10) = 2.303. 1000 toys: the CL_{s+b}
        // MC error at 0.1 is 0.0095 (9.5% relative), i.e. 0.095 in s: allow 0.3 (about 3 sigma).
        var ws = TauLPhiLimit.workspace("t", 0, 0, 0, 0);
        TauLPhiLimit.Result r = TauLPhiLimit.limit(ws, 0.90, 1000, RandomStreams.of(3));
        assertThat(r.observed()).isCloseTo(Math.log(10), within(0.3));
        assertThat(r.expected()).isCloseTo(Math.log(10), within(0.3));
        // The asymptotic formulae are far off for zero counts (why the toys are used).
        assertThat(r.asymptoticObserved()).isLessThan(0.8 * Math.log(10));
    }

    @Test
    void moreObservedEventsOverAKnownBackgroundLoosenTheLimit() {
        TauLPhiLimit.Result none =
                TauLPhiLimit.limit(TauLPhiLimit.workspace("a", 2, 0.1, 0, 0), 0.90, 400, RandomStreams.of(5));
        TauLPhiLimit.Result five =
                TauLPhiLimit.limit(TauLPhiLimit.workspace("b", 2, 0.1, 0, 5), 0.90, 400, RandomStreams.of(5));
        // Poisson CLs at b = 2: n = 0 gives 2.30, n = 5 gives ~7.0; toy noise is ~0.2.
        assertThat(five.observed()).isGreaterThan(none.observed() + 3);
        // The expected limit does not depend on the observation.
        assertThat(five.expected()).isCloseTo(none.expected(), within(1e-12));
    }
}

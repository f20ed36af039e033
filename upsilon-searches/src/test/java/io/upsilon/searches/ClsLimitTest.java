package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.stats.workspace.Workspace;
import org.junit.jupiter.api.Test;

class ClsLimitTest {
    /** One bin, signal s per unit mu, background b known exactly, observation b. */
    private static Workspace counting(double s, double b) {
        ChannelTemplate ch = ChannelTemplate.of("bin", BinGrouping.allBins(1))
                .withSample(SampleTemplate.signal("signal", s).withNormFactor("mu"))
                .withSample(SampleTemplate.background("bkg", b))
                .withObserved(b);
        return WorkspaceBuilder.measurement("m", "mu")
                .parameter("mu", 1.0, 0, 1e6)
                .channel(ch)
                .build();
    }

    @Test
    void aLargeBackgroundGivesTheGaussianMedianLimit() {
        // For b >> 1 without systematics the median expected CLs limit (Asimov, q~_mu) is
        // sigma_mu * Phi^-1(1 - alpha/2) with sigma_mu = sqrt(b)/s (Cowan et al., EPJC 71 (2011) 1554,
        // eq. 89 with the CLs factor 1/2): 1.96 x 100/100 at 95% CL. The Poisson likelihood's skew moves it
        // by O(1/sqrt(b)) = 1%, hence the 2% tolerance.
        ClsLimit l = ClsLimit.asymptotic(counting(100, 10_000), 0.95, 10, "test");
        assertThat(l.converged()).isTrue();
        assertThat(l.median()).isCloseTo(1.96, within(0.04));
        assertThat(l.observed()).isCloseTo(l.median(), within(1e-3)); // observation = background expectation
        assertThat(l.expected()).isSorted();
    }

    @Test
    void theCountingBracketReachesFiftyEventsOfSignal() {
        assertThat(ClsLimit.counting(0.5)).isEqualTo(100.0);
        assertThat(ClsLimit.counting(100)).isEqualTo(10.0);
        // a tiny signal still gets a finite bracket in which a limit is found
        ClsLimit l = ClsLimit.asymptotic(counting(0.2, 1.0), 0.9, ClsLimit.counting(0.2), "test");
        assertThat(l.converged()).isTrue();
        assertThat(l.median() * 0.2).isBetween(1.0, 10.0); // a few signal events
    }

    @Test
    void anUnconvergedLimitHasAnInfiniteMedian() {
        assertThat(new ClsLimit(Double.NaN, new double[] {1, 2, 3, 4, 5}, false).median())
                .isEqualTo(Double.POSITIVE_INFINITY);
    }
}

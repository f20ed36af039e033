package io.upsilon.searches.sin2phi1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class ResolutionFunctionTest {
    @Test
    void expectationMaximisationRecoversAGeneratedDoubleGaussian() {
        ResolutionFunction truth = new ResolutionFunction(-0.2, 1.3, 5.0, 0.15);
        RandomStream rng = RandomStreams.of(5).stream("resolution-test");
        int n = 40_000;
        double[] pulls = new double[n];
        for (int i = 0; i < n; i++) {
            double w = rng.nextDouble() < truth.fTail() ? truth.sTail() : truth.sCore();
            pulls[i] = truth.mean() + w * rng.nextGaussian();
        }
        ResolutionFunction fit = ResolutionFunction.fit(pulls);
        // Statistical precision at n = 40000: ~0.01 on the mean and the core, ~0.05 on the tail width,
        // ~0.005 on the fraction; the tolerances are about four of those.
        assertThat(fit.mean()).isCloseTo(-0.2, within(0.04));
        assertThat(fit.sCore()).isCloseTo(1.3, within(0.04));
        assertThat(fit.sTail()).isCloseTo(5.0, within(0.2));
        assertThat(fit.fTail()).isCloseTo(0.15, within(0.02));
    }

    @Test
    void theDensityIsNormalised() {
        ResolutionFunction r = new ResolutionFunction(0.3, 0.9, 4, 0.2);
        double sum = 0;
        for (double x = -60; x < 60; x += 0.001) {
            sum += r.density(x) * 0.001;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-6));
    }
}

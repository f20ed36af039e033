package io.upsilon.generators.radiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The sampler must report the density it samples from: then E[h(x)/pdf(x)] = int h dx for any h.
 * Each test function below matches one channel and has a closed-form integral; a density that is
 * wrong anywhere shows up as a bias.
 */
class IsrSamplerTest {
    private static final double M_MU = 0.1056583755;
    private static final double S = 10.5796 * 10.5796;
    private final VacuumPolarization vp = VacuumPolarization.standard();
    private final IsrSampler sampler = new IsrSampler(vp, 4 * M_MU * M_MU, S);
    private final double beta = new IsrStructureFunction(5.1099895000e-4).beta(S);
    private final double xMax = 1 - 4 * M_MU * M_MU / S;

    private double[] estimate(DoubleUnaryOperator h, long seed) {
        RandomStream rng = RandomStreams.of(seed).stream("isr");
        double[] out = new double[2];
        int n = 1_000_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            sampler.sample(rng, S, beta, xMax, out);
            assertThat(out[0]).isGreaterThan(0).isLessThanOrEqualTo(xMax);
            double w = h.applyAsDouble(out[0]) / out[1];
            sum += w;
            sum2 += w * w;
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sum2 / n - mean * mean) / (n - 1))};
    }

    private static void assertWithin5Sigma(double[] est, double exact) {
        assertThat(est[0]).isCloseTo(exact, within(5 * est[1] + 1e-12 * Math.abs(exact)));
    }

    @Test
    void softChannelShape() {
        assertWithin5Sigma(estimate(x -> beta * Math.pow(x, beta - 1), 1), Math.pow(xMax, beta));
    }

    @Test
    void radiativeReturnShape() {
        double delta = 1 - xMax;
        // int_0^xMax dx/(1 - x + delta) = ln((1 + delta)/(1 - xMax + delta)), and 1 - xMax = delta.
        assertWithin5Sigma(estimate(x -> 1 / (1 - x + delta), 2), Math.log((1 + delta) / (2 * delta)));
    }

    @Test
    void flatFunction() {
        assertWithin5Sigma(estimate(x -> 1.0, 3), xMax);
    }

    @Test
    void jpsiBreitWignerChannel() {
        double m2 = 3.096900 * 3.096900;
        double mg = 3.096900 * 9.26e-5;
        // int_0^xMax dx MG/((s(1-x) - M^2)^2 + MG^2) = (1/s)[atan((s - M^2)/MG) - atan((s_min - M^2)/MG)].
        double exact = (Math.atan((S - m2) / mg) - Math.atan((4 * M_MU * M_MU - m2) / mg)) / S;
        assertWithin5Sigma(
                estimate(
                        x -> {
                            double d = S * (1 - x) - m2;
                            return mg / (d * d + mg * mg);
                        },
                        4),
                exact);
    }
}

package io.upsilon.searches.bknunu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class BackgroundTailTest {
    /** Events above eta_s = 0.5 drawn from the model itself: u = U^(1/k), eta = 1 - u (1 - eta_s). */
    private static double[] draw(double k, int n, RandomStream rng) {
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            eta[i] = 1 - Math.pow(rng.nextOpenDouble(), 1 / k) * 0.5;
        }
        return eta;
    }

    @Test
    void recoversTheExponentWithinItsError() {
        RandomStream rng = RandomStreams.of(11).stream("tail-test");
        double[] eta = draw(3.0, 4000, rng);
        double[] w = new double[eta.length];
        java.util.Arrays.fill(w, 2.5); // uniform weights: n_eff = n
        BackgroundTail t = BackgroundTail.fit(0.5, eta, w);
        // Error k/sqrt(n) = 3/63 = 0.047: within 3 sigma of the truth.
        assertThat(t.kError()).isCloseTo(3.0 / Math.sqrt(4000), within(0.01));
        assertThat(t.k()).isCloseTo(3.0, within(3 * t.kError()));
        assertThat(t.events()).isEqualTo(4000);
        // The model's fraction above 0.92 against the sample's: ((1-0.92)/0.5)^3 = 0.0041 (~16 events, 25%).
        long above = java.util.Arrays.stream(eta).filter(e -> e > 0.92).count();
        assertThat(t.fraction(0.92, 1.0) * 4000).isCloseTo(above, within(4 * Math.sqrt(above) + 2));
    }

    @Test
    void aFlatDistributionHasExponentOneAndLinearFractions() {
        BackgroundTail flat = new BackgroundTail(0.5, 1.0, 0.0, 10);
        assertThat(flat.fraction(0.5, 1.0)).isCloseTo(1.0, within(1e-12));
        assertThat(flat.fraction(0.92, 0.94)).isCloseTo(0.04, within(1e-12));
        // The bins of the signal region add up to the fraction above its edge.
        BackgroundTail steep = new BackgroundTail(0.5, 4.0, 0.1, 10);
        double sum = steep.fraction(0.92, 0.94)
                + steep.fraction(0.94, 0.97)
                + steep.fraction(0.97, 0.99)
                + steep.fraction(0.99, 1.0);
        assertThat(sum).isCloseTo(steep.fraction(0.92, 1.0), within(1e-15));
        assertThat(steep.fraction(0.92, 1.0)).isCloseTo(Math.pow(0.16, 4), within(1e-15));
    }

    @Test
    void eventsBelowTheThresholdAndNanAreIgnoredAndTooFewAreAnError() {
        double[] eta = {0.1, Double.NaN, 0.7, 0.2};
        double[] w = {1, 1, 1, 1};
        assertThatThrownBy(() -> BackgroundTail.fit(0.5, eta, w))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 simulated events");
    }
}

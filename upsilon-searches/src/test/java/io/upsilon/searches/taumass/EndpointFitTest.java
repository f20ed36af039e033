package io.upsilon.searches.taumass;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The unweighting in front of the endpoint fit. */
class EndpointFitTest {
    private static final TauMassConfig.Fit WINDOW =
            new TauMassConfig.Fit(1.66, 1.82, 1.777, 0.0025, 0.0005, -0.6, 0.0, true, 2.0);

    private static double mass(int i) {
        // Values spread over the window (a fixed pattern: the fit result is not what is tested).
        return 1.66 + 0.16 * ((i * 0.618034) % 1.0);
    }

    @Test
    void eventsOutweighingTheReferenceEnterAsOftenAsTheirWeightSays() {
        int n = 4000;
        EndpointFit fit = new EndpointFit(WINDOW);
        // First half: weight 1 = the reference, always kept once. Second half: weight 2.5, kept
        // 2 times plus once more with probability 0.5.
        EndpointFit.Outcome o =
                fit.fit(n, EndpointFitTest::mass, i -> i < n / 2 ? 1.0 : 2.5, 1.0, RandomStreams.of(3).stream("u"));
        double expected = n / 2 + 2.5 * n / 2;
        double sd = Math.sqrt(n / 2 * 0.25); // Bernoulli(0.5) per heavy event
        assertThat(o.candidates()).isEqualTo(n);
        assertThat((double) o.events()).isBetween(expected - 5 * sd, expected + 5 * sd);
    }

    @Test
    void withTheLargestWeightAsReferenceItIsPlainAcceptReject() {
        int n = 3000;
        EndpointFit fit = new EndpointFit(WINDOW);
        java.util.function.IntToDoubleFunction w = i -> 0.2 + 0.8 * ((i * 0.377) % 1.0);
        double wMax = 0;
        for (int i = 0; i < n; i++) {
            wMax = Math.max(wMax, w.applyAsDouble(i));
        }
        EndpointFit.Outcome a = fit.fit(n, EndpointFitTest::mass, w, RandomStreams.of(5).stream("u"));
        EndpointFit.Outcome b = fit.fit(n, EndpointFitTest::mass, w, wMax, RandomStreams.of(5).stream("u"));
        assertThat(b.values()).containsExactly(a.values());
        // No event is duplicated when nothing outweighs the reference: kept <= candidates, and
        // the mean acceptance is the mean weight over the largest (0.6 / ~1.0), +-5 sd.
        assertThat(a.events()).isLessThanOrEqualTo(a.candidates());
        double p = 0.6 / wMax;
        double sd = Math.sqrt(n * p * (1 - p));
        assertThat((double) a.events()).isBetween(n * p - 5 * sd, n * p + 5 * sd);
    }
}

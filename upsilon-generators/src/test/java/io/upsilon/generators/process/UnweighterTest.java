package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

class UnweighterTest {
    /** A toy generator: x uniform in [0, 1) stored as px, weight 3 x^2 nb (mean 1 nb, maximum 3 nb). */
    private static final EventGenerator TOY = (beamRng, rng, out) -> {
        out.clear();
        double x = rng.nextDouble();
        out.add(22, 1, x, 0, 0, 1);
        double w = 3 * x * x;
        out.setWeight(w);
        return w;
    };

    @Test
    void unweightedEventsFollowTheWeightedDistribution() {
        RandomStreams rs = RandomStreams.of(1);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        RandomStream acc = rs.stream("accept");
        EventBuffer b = new EventBuffer(4);
        Unweighter u = Unweighter.prescan(TOY, beamRng, rng, b, 10_000, 1.1);
        assertThat(u.maxWeight()).isBetween(3.0 * 0.99, 3.0 * 1.1);
        int n = 100_000;
        double sx = 0;
        double sx2 = 0;
        for (int i = 0; i < n; i++) {
            double w = u.next(beamRng, rng, acc, b);
            assertThat(w).isEqualTo(u.maxWeight()); // safety factor covers the true maximum: no overweights
            assertThat(b.weight()).isEqualTo(w);
            double x = b.px(0);
            sx += x;
            sx2 += x * x;
        }
        // accepted x ~ 3 x^2: <x> = 3/4, var = 3/5 - 9/16
        double mean = sx / n;
        assertThat(mean).isCloseTo(0.75, within(4 * Math.sqrt((0.6 - 0.5625) / n)));
        assertThat(u.overweightEvents()).isZero();
        // efficiency = <w>/w_max and the trial mean estimates sigma = 1 nb
        assertThat(u.efficiency()).isCloseTo(1.0 / u.maxWeight(), within(0.01));
        CrossSectionEstimate est = u.estimate();
        assertThat(est.sigma()).isCloseTo(1.0, within(4 * est.error()));
    }

    @Test
    void overweightEventsAreCountedAndKeepTheSampleUnbiased() {
        RandomStreams rs = RandomStreams.of(2);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        RandomStream acc = rs.stream("accept");
        EventBuffer b = new EventBuffer(4);
        Unweighter u = new Unweighter(TOY, 1.5); // half the true maximum
        int n = 200_000;
        double sumKept = 0;
        for (int i = 0; i < n; i++) {
            sumKept += u.next(beamRng, rng, acc, b);
        }
        // P(w > 1.5) = P(x > 1/sqrt(2)) = 0.2929 per trial; per accepted event: 0.2929 / (P(accept))
        // P(accept) = E[min(1, w/1.5)] = int_0^{0.7071} 2 x^2 dx + 0.2929 = 0.2357 + 0.2929 = 0.5286
        assertThat(u.overweightFraction()).isCloseTo(0.2929 / 0.5286, within(0.01));
        assertThat(u.largestWeight()).isGreaterThan(u.maxWeight());
        // sum of kept weights / trials estimates sigma = 1 nb without bias
        double sigma = sumKept / u.trials();
        assertThat(sigma).isCloseTo(1.0, within(0.01));
        assertThat(u.estimate().sigma()).isCloseTo(1.0, within(4 * u.estimate().error()));
    }

    @Test
    void weightedModePassesWeightsThrough() {
        RandomStreams rs = RandomStreams.of(3);
        RandomStreams twin = RandomStreams.of(3);
        EventBuffer b = new EventBuffer(4);
        Unweighter u = new Unweighter(TOY, 3);
        RandomStream beam1 = rs.stream("beam");
        RandomStream gen1 = rs.stream("gen");
        RandomStream beam2 = twin.stream("beam");
        RandomStream gen2 = twin.stream("gen");
        for (int i = 0; i < 100; i++) {
            double w = u.nextWeighted(beam1, gen1, b);
            assertThat(w).isEqualTo(TOY.generate(beam2, gen2, b));
        }
        assertThat(u.trials()).isEqualTo(100);
    }

    @Test
    void realProcessUnweightsWithTheExpectedEfficiency() {
        EventGenerator gen = new DarkPhotonGenerator(TestBeams.at1058(), 1.0, 1e-3, 0.95);
        RandomStreams rs = RandomStreams.of(4);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        RandomStream acc = rs.stream("accept");
        EventBuffer b = new EventBuffer(8);
        Unweighter u = Unweighter.prescan(gen, beamRng, rng, b, 20_000, 1.05);
        for (int i = 0; i < 20_000; i++) {
            u.next(beamRng, rng, acc, b);
        }
        double sigma = gen.analyticCrossSection().orElseThrow();
        assertThat(u.efficiency()).isCloseTo(sigma / u.maxWeight(), within(0.01));
        assertThat(u.overweightFraction()).isZero();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new Unweighter(TOY, 0)).isInstanceOf(IllegalArgumentException.class);
        RandomStreams rs = RandomStreams.of(5);
        EventGenerator zero = (beamRng, rng, out) -> 0;
        assertThatThrownBy(() -> Unweighter.prescan(zero, rs.stream("a"), rs.stream("b"), new EventBuffer(2), 100, 1.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero");
        assertThatThrownBy(() -> Unweighter.prescan(TOY, rs.stream("a"), rs.stream("b"), new EventBuffer(2), 100, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

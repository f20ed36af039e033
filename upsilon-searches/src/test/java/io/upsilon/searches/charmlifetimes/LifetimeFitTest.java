package io.upsilon.searches.charmlifetimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** The two-step fit on samples drawn from its own model: lifetime, background and pulls. */
class LifetimeFitTest {
    private static final LifetimeFit FIT = new LifetimeFit(-1.5, 10, 0.5);

    /** A D+-like model: tau 1.03 ps, scale 1.1, 10 % background (60 % prompt, 0.4 ps). */
    private static LifetimeFit.Result model(int n) {
        LifetimeFit.Background b = new LifetimeFit.Background(0.1, 0.6, 0.4, 0, 1.2, 1000, true);
        return new LifetimeFit.Result(1.03, 0.01, 0, 1.1, 0.01, n, b, true);
    }

    private static double[] pool(RandomStream rng) {
        double[] s = new double[500];
        for (int i = 0; i < s.length; i++) {
            s[i] = 0.05 + 0.15 * rng.nextDouble();
        }
        return s;
    }

    @Test
    void theSidebandFitFindsTheBackgroundShape() {
        // A background-only sample of 8000: the prompt fraction is known to about +-0.015, tau to
        // about 3 %, the scale to 1.5 %; 4 sigma.
        RandomStream rng = RandomStreams.of(20261207).child("lifetime-fit").stream("sidebands");
        LifetimeFit.Result pure = new LifetimeFit.Result(
                1.03, 0, 0, 1.1, 0, 20000, new LifetimeFit.Background(1.0, 0.6, 0.4, 0, 1.2, 0, true), true);
        double[][] d = LifetimeToys.generate(FIT, pure, pool(rng), 8000, rng);
        LifetimeFit.Background b = FIT.background(d[0], d[1], 40_000, 0.25);
        assertThat(b.fitted()).isTrue();
        assertThat(b.fraction()).isCloseTo(0.05, within(1e-12)); // 8000 x 0.25 / 40000
        assertThat(b.promptFraction()).isCloseTo(0.6, within(0.06));
        assertThat(b.tau()).isCloseTo(0.4, within(0.05));
        assertThat(b.scale()).isCloseTo(1.2, within(0.08));
    }

    @Test
    void theSignalFitRecoversTheLifetimeAtItsError() {
        // 20000 candidates: sigma(tau) ~ 1.03 / sqrt(18000) x ~1.1 ~ 0.0085 ps; 4 sigma.
        RandomStream rng = RandomStreams.of(20261207).child("lifetime-fit").stream("signal");
        LifetimeFit.Result m = model(20000);
        double[][] d = LifetimeToys.generate(FIT, m, pool(rng), m.candidates(), rng);
        LifetimeFit.Result r = FIT.fit(d[0], d[1], m.background(), 0.8);
        assertThat(r.ok()).isTrue();
        assertThat(r.tauError()).isBetween(0.005, 0.013);
        assertThat(r.tau()).isCloseTo(1.03, within(4 * r.tauError()));
        assertThat(r.scale()).isCloseTo(1.1, within(4 * r.scaleError()));
    }

    @Test
    void toysOfTheModelHaveUnitPullsAndTheSameResultOnAnyThreadCount() {
        // 20 toys of 1500: pull mean to +-0.22, width to +-0.16; 3 sigma.
        RandomStream rng = RandomStreams.of(20261207).child("lifetime-fit").stream("pool");
        double[] pool = pool(rng);
        LifetimeFit.Result m = model(1500);
        LifetimeToys.Outcome one = LifetimeToys.run("test/toys", 11, LocalExecutor.ofThreads(1), FIT, m, pool, 20);
        LifetimeToys.Outcome two = LifetimeToys.run("test/toys", 11, LocalExecutor.ofThreads(2), FIT, m, pool, 20);
        assertThat(one.tau()).containsExactly(two.tau());
        assertThat(one.failed()).isZero();
        double[] p = one.pulls();
        assertThat(p[0]).isCloseTo(0, within(0.7));
        assertThat(p[2]).isBetween(0.52, 1.48);
    }
}

package io.upsilon.generators.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;

/** Shared checks for generator tests. */
final class ProcessTestSupport {
    private ProcessTestSupport() {}

    /** {mean weight, its standard error} over n events, checking four-momentum conservation of each. */
    static double[] runChecked(EventGenerator gen, long seed, int n) {
        return meanWeight(gen, seed, n, b -> assertSumEqualsBeams(b, k -> b.status(k) == GenParticle.FINAL));
    }

    /** The particles after the beams that {@code include} selects carry the beams' four-momentum (to 1e-9 GeV). */
    static void assertSumEqualsBeams(EventBuffer b, java.util.function.IntPredicate include) {
        double[] f = new double[4];
        for (int k = 2; k < b.size(); k++) {
            if (include.test(k)) {
                f[0] += b.px(k);
                f[1] += b.py(k);
                f[2] += b.pz(k);
                f[3] += b.e(k);
            }
        }
        assertThat(f[0]).isCloseTo(b.px(0) + b.px(1), within(1e-9));
        assertThat(f[1]).isCloseTo(b.py(0) + b.py(1), within(1e-9));
        assertThat(f[2]).isCloseTo(b.pz(0) + b.pz(1), within(1e-9));
        assertThat(f[3]).isCloseTo(b.e(0) + b.e(1), within(1e-9));
    }

    /** {mean weight, its standard error} over n events (streams "beam" and "gen" of the seed), {@code check} on each non-zero one. */
    static double[] meanWeight(EventGenerator gen, long seed, int n, java.util.function.Consumer<EventBuffer> check) {
        RandomStreams rs = RandomStreams.of(seed);
        RandomStream beamRng = rs.stream("beam");
        RandomStream rng = rs.stream("gen");
        EventBuffer b = new EventBuffer(8);
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < n; i++) {
            double w = gen.generate(beamRng, rng, b);
            sw += w;
            sw2 += w * w;
            if (w != 0) {
                check.accept(b);
            }
        }
        double mean = sw / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sw2 / n - mean * mean) / (n - 1))};
    }

    /** Simpson integral of f over [a, b] with n (even) intervals. */
    static double simpson(java.util.function.DoubleUnaryOperator f, double a, double b, int n) {
        double h = (b - a) / n;
        double sum = f.applyAsDouble(a) + f.applyAsDouble(b);
        for (int i = 1; i < n; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * f.applyAsDouble(a + i * h);
        }
        return sum * h / 3;
    }

    /** Massless e-(+z) e+(-z) beams and a two-body final state at polar angle c, azimuth phi. */
    static double[] twoBodyPoint(double sqrtS, double m1, double m2, double c, double phi) {
        double e = sqrtS / 2;
        double s = sqrtS * sqrtS;
        double pf = io.upsilon.generators.phasespace.TwoBody.momentum(sqrtS, m1, m2);
        double sn = Math.sqrt(1 - c * c);
        double[] n = {sn * Math.cos(phi), sn * Math.sin(phi), c};
        double[] p = {0, 0, e, e, 0, 0, -e, e, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < 3; i++) {
            p[8 + i] = pf * n[i];
            p[12 + i] = -pf * n[i];
        }
        p[11] = Math.sqrt(pf * pf + m1 * m1);
        p[15] = Math.sqrt(pf * pf + m2 * m2);
        assertThat(p[11] + p[15]).isCloseTo(Math.sqrt(s), within(1e-12));
        return p;
    }

    static Beam y4s() {
        return Beam.preset("Y4S");
    }
}

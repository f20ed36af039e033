package io.upsilon.core.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    private static long[] draw(RandomStream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    @Test
    void sameNameSameNumbers() {
        RandomStreams a = RandomStreams.of(42).child("partition", 3);
        RandomStreams b = RandomStreams.of(42).child("partition", 3);
        assertThat(draw(a.stream("detector/tracking"), 100)).containsExactly(draw(b.stream("detector/tracking"), 100));
        assertThat(a.stream("x").name()).isEqualTo("partition[3]/x");
    }

    @Test
    void differentNamesSeedsOrIndicesDiffer() {
        RandomStreams root = RandomStreams.of(42);
        long first = root.stream("a").nextLong();
        assertThat(root.stream("b").nextLong()).isNotEqualTo(first);
        assertThat(RandomStreams.of(43).stream("a").nextLong()).isNotEqualTo(first);
        assertThat(root.child("p", 0).stream("a").nextLong())
                .isNotEqualTo(root.child("p", 1).stream("a").nextLong());
        assertThat(root.child("p", 1).stream("a").nextLong())
                .isNotEqualTo(root.child("q", 1).stream("a").nextLong());
    }

    @Test
    void streamsOfNeighbouringPartitionsAreUncorrelated() {
        RandomStream a = RandomStreams.of(1).child("partition", 0).stream("beam");
        RandomStream b = RandomStreams.of(1).child("partition", 1).stream("beam");
        int n = 200_000;
        double sab = 0;
        for (int i = 0; i < n; i++) {
            sab += (a.nextDouble() - 0.5) * (b.nextDouble() - 0.5);
        }
        // Correlation coefficient of independent uniforms: 0 with standard error 1/sqrt(n) = 0.0022.
        assertThat(sab / n * 12).isCloseTo(0, within(5 / Math.sqrt(n)));
    }

    @Test
    void distributionsHaveTheirMoments() {
        RandomStream s = RandomStreams.of(5).stream("moments");
        int n = 400_000;
        double g = 0;
        double g2 = 0;
        double p = 0;
        double ex = 0;
        for (int i = 0; i < n; i++) {
            double x = s.nextGaussian();
            g += x;
            g2 += x * x;
            p += s.nextPoisson(3.5);
            ex += s.nextExponential();
            assertThat(s.nextOpenDouble()).isGreaterThan(0).isLessThan(1);
        }
        // 5-sigma bounds from the known variances (1, 2, 3.5, 1).
        assertThat(g / n).isCloseTo(0, within(5 / Math.sqrt(n)));
        assertThat(g2 / n).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
        assertThat(p / n).isCloseTo(3.5, within(5 * Math.sqrt(3.5 / n)));
        assertThat(ex / n).isCloseTo(1, within(5 / Math.sqrt(n)));
        assertThat(s.nextPoisson(0)).isZero();
    }
}

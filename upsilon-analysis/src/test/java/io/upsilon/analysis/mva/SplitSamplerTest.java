package io.upsilon.analysis.mva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitSamplerTest {
    @Test
    void theSameEventAlwaysLandsInTheSameSample() {
        SplitSampler a = new SplitSampler(0.25, 42);
        SplitSampler b = new SplitSampler(0.25, 42);
        for (long e = 0; e < 10_000; e++) {
            assertThat(a.isTest(e)).isEqualTo(b.isTest(e));
            assertThat(a.fold(e, 5)).isEqualTo(b.fold(e, 5));
        }
    }

    @Test
    void fractionsAndFoldsAreUniform() {
        SplitSampler s = new SplitSampler(0.25, 7);
        int n = 100_000;
        int test = 0;
        int[] folds = new int[4];
        for (long e = 0; e < n; e++) {
            if (s.isTest(e)) {
                test++;
            }
            folds[s.fold(e, 4)]++;
        }
        // Binomial sigma sqrt(0.25 * 0.75 / 1e5) = 0.0014; allow 5 sigma.
        assertThat(test / (double) n).isCloseTo(0.25, within(0.007));
        for (int f : folds) {
            assertThat(f / (double) n).isCloseTo(0.25, within(0.007));
        }
    }

    @Test
    void anotherSaltGivesAnotherSplit() {
        SplitSampler a = new SplitSampler(0.5, 1);
        SplitSampler b = new SplitSampler(0.5, 2);
        int differ = 0;
        for (long e = 0; e < 1000; e++) {
            if (a.isTest(e) != b.isTest(e)) {
                differ++;
            }
        }
        // Independent splits disagree on half the events (sigma 16 of 1000).
        assertThat(differ).isBetween(400, 600);
    }

    @Test
    void splitDoesNotDependOnRowOrder() {
        int n = 200;
        float[] f = new float[n];
        int[] labels = new int[n];
        double[] w = new double[n];
        long[] events = new long[n];
        long[] reversed = new long[n];
        float[] fr = new float[n];
        int[] lr = new int[n];
        for (int i = 0; i < n; i++) {
            events[i] = 1000 + 7L * i;
            f[i] = events[i];
            labels[i] = i % 2;
            w[i] = 1;
            reversed[n - 1 - i] = events[i];
            fr[n - 1 - i] = f[i];
            lr[n - 1 - i] = labels[i];
        }
        SplitSampler s = new SplitSampler(0.3, 5);
        TrainTestSplit forward = s.split(new TrainingSet(List.of("event"), f, labels, w), events);
        TrainTestSplit backward = s.split(new TrainingSet(List.of("event"), fr, lr, w), reversed);
        assertThat(asSet(forward.test().features()))
                .isEqualTo(asSet(backward.test().features()));
        assertThat(forward.train().size() + forward.test().size()).isEqualTo(n);
        for (float e : forward.test().features()) {
            assertThat(s.isTest((long) e)).isTrue();
        }
        assertThatThrownBy(() -> s.split(new TrainingSet(List.of("event"), f, labels, w), new long[3]))
                .hasMessageContaining("one event number per row");
    }

    @Test
    void badParametersAreRejected() {
        assertThatThrownBy(() -> new SplitSampler(0, 1)).hasMessageContaining("testFraction");
        assertThatThrownBy(() -> new SplitSampler(1, 1)).hasMessageContaining("testFraction");
        assertThatThrownBy(() -> new SplitSampler(0.5, 1).fold(3, 1)).hasMessageContaining("folds");
    }

    private static Set<Float> asSet(float[] values) {
        Set<Float> s = new HashSet<>();
        for (float v : values) {
            s.add(v);
        }
        return s;
    }
}

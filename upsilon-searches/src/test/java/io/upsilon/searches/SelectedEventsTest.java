package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectedEventsTest {
    @Test
    void keepsEventsInOrderThroughGrowthAndMerge() {
        SelectedEvents a = new SelectedEvents(2);
        for (int i = 0; i < 200; i++) {
            a.add(i, i * 0.5, 1.0 + i, new float[] {i, -i});
        }
        SelectedEvents b = new SelectedEvents(2);
        b.add(1000, 7.0, 0.25, new float[] {3f, 4f});
        SelectedEvents m = a.merge(b);
        assertThat(m.size()).isEqualTo(201);
        assertThat(m.observable(150)).isEqualTo(75.0);
        assertThat(m.weight(150)).isEqualTo(151.0);
        assertThat(m.feature(150, 1)).isEqualTo(-150f);
        assertThat(m.eventNumber(200)).isEqualTo(1000);
        assertThat(m.features(200)).containsExactly(3f, 4f);
        assertThat(m.totalWeight()).isEqualTo(a.totalWeight() + 0.25);
    }

    @Test
    void checksFeatureCountsAndIndices() {
        SelectedEvents a = new SelectedEvents(1);
        assertThatThrownBy(() -> a.add(0, 1, 1, new float[2])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.observable(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> a.merge(new SelectedEvents(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightedQuantilesFollowTheCumulativeWeight() {
        SelectedEvents ev = new SelectedEvents(0);
        // values 3, 1, 2 (unsorted) with weights 1, 2, 1: cumulative in value order 2/4, 3/4, 4/4
        ev.add(0, 3.0, 1.0, new float[0]);
        ev.add(1, 1.0, 2.0, new float[0]);
        ev.add(2, 2.0, 1.0, new float[0]);
        assertThat(ev.observableQuantile(0.25)).isEqualTo(1.0);
        assertThat(ev.observableQuantile(0.5)).isEqualTo(1.0);
        assertThat(ev.observableQuantile(0.6)).isEqualTo(2.0);
        assertThat(ev.observableQuantile(0.76)).isEqualTo(3.0);
        // other values, same weights: -3 (weight 2) reaches half the total, -2 three quarters
        assertThat(ev.quantile(new double[] {-1, -3, -2}, 0.5)).isEqualTo(-3.0);
        assertThat(ev.quantile(new double[] {-1, -3, -2}, 0.6)).isEqualTo(-2.0);
        assertThatThrownBy(() -> ev.quantile(new double[2], 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}

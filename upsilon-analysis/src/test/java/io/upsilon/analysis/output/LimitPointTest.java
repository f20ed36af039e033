package io.upsilon.analysis.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LimitPointTest {
    @Test
    void acceptsAnOrderedBandWithOrWithoutObservation() {
        assertThat(new LimitPoint(1, 3, 1, 2, 3, 4, 5).hasObserved()).isTrue();
        assertThat(new LimitPoint(1, Double.NaN, 1, 2, 3, 4, 5).hasObserved()).isFalse();
    }

    @Test
    void rejectsAnUnorderedOrNonFiniteBand() {
        assertThatThrownBy(() -> new LimitPoint(1, 3, 1, 2, 3, 2.5, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordered");
        assertThatThrownBy(() -> new LimitPoint(1, 3, 1, 2, Double.NaN, 4, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LimitPoint(Double.NaN, 3, 1, 2, 3, 4, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LimitPoint(1, Double.POSITIVE_INFINITY, 1, 2, 3, 4, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofReadsTheBandInOrderAndMapAppliesTheFunctionToEveryLimit() {
        LimitPoint p = LimitPoint.of(2, 9, new double[] {1, 4, 9, 16, 25});
        assertThat(p).isEqualTo(new LimitPoint(2, 9, 1, 4, 9, 16, 25));
        assertThat(p.map(Math::sqrt)).isEqualTo(new LimitPoint(2, 3, 1, 2, 3, 4, 5));
        assertThat(LimitPoint.of(2, Double.NaN, new double[] {1, 4, 9, 16, 25})
                        .map(Math::sqrt)
                        .hasObserved())
                .isFalse();
        assertThatThrownBy(() -> LimitPoint.of(2, 9, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 quantiles");
    }
}

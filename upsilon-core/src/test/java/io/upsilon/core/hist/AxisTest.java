package io.upsilon.core.hist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void regularAxisEdgesCentresWidths() {
        Axis a = Axis.regular(4, 0.0, 2.0);
        assertThat(a.bins()).isEqualTo(4);
        assertThat(a.isRegular()).isTrue();
        assertThat(a.edges()).containsExactly(0.0, 0.5, 1.0, 1.5, 2.0);
        assertThat(a.centres()).containsExactly(0.25, 0.75, 1.25, 1.75);
        assertThat(a.width(2)).isEqualTo(0.5);
        assertThat(a.binLow(3)).isEqualTo(1.5);
        assertThat(a.binHigh(3)).isEqualTo(2.0);
    }

    @Test
    void indexIsHalfOpenWithFlowAndNan() {
        Axis a = Axis.regular(4, 0.0, 2.0);
        assertThat(a.index(0.0)).isZero();
        assertThat(a.index(0.5)).isEqualTo(1);
        assertThat(a.index(1.9999)).isEqualTo(3);
        assertThat(a.index(2.0)).isEqualTo(4);
        assertThat(a.index(-1e-300)).isEqualTo(Axis.UNDERFLOW);
        assertThat(a.index(Double.NEGATIVE_INFINITY)).isEqualTo(Axis.UNDERFLOW);
        assertThat(a.index(Double.POSITIVE_INFINITY)).isEqualTo(4);
        assertThat(a.index(Double.NaN)).isEqualTo(Axis.NAN);
        assertThat(a.index(-0.0)).isZero();
    }

    @Test
    void variableAxis() {
        Axis a = Axis.variable(-1, 0, 0.5, 10);
        assertThat(a.isRegular()).isFalse();
        assertThat(a.bins()).isEqualTo(3);
        assertThat(a.index(-1)).isZero();
        assertThat(a.index(-0.0)).isEqualTo(1);
        assertThat(a.index(0.49)).isEqualTo(1);
        assertThat(a.index(0.5)).isEqualTo(2);
        assertThat(a.index(10)).isEqualTo(3);
        assertThat(a.index(-1.5)).isEqualTo(Axis.UNDERFLOW);
        assertThat(a.centre(2)).isEqualTo(5.25);
    }

    @Test
    void badAxesAreRejected() {
        assertThatThrownBy(() -> Axis.regular(0, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number of bins");
        assertThatThrownBy(() -> Axis.regular(-3, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Axis.regular(5, 1, 1)).hasMessageContaining("lo < hi");
        assertThatThrownBy(() -> Axis.regular(5, 2, 1)).hasMessageContaining("lo < hi");
        assertThatThrownBy(() -> Axis.regular(5, Double.NaN, 1)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Axis.regular(5, 0, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Axis.regular(5, -Double.MAX_VALUE, Double.MAX_VALUE))
                .hasMessageContaining("hi - lo");
        assertThatThrownBy(() -> Axis.regular(10, 1.0, Math.nextUp(1.0))).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Axis.variable(1.0)).hasMessageContaining("need 2");
        assertThatThrownBy(() -> Axis.variable(0, 1, 1, 2)).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Axis.variable(0, 2, 1)).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> Axis.variable(0, Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Axis.variable(0, Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Axis.regular(Axis.MAX_BINS + 1, 0, 1)).hasMessageContaining("number of bins");
    }

    @Test
    void valueEquality() {
        assertThat(Axis.regular(3, 0, 3)).isEqualTo(Axis.regular(3, 0, 3));
        assertThat(Axis.regular(3, 0, 3)).hasSameHashCodeAs(Axis.regular(3, 0, 3));
        assertThat(Axis.variable(0, 1, 2)).isEqualTo(Axis.variable(0, 1, 2));
        assertThat(Axis.regular(3, 0, 3)).isNotEqualTo(Axis.regular(3, 0, 3.5));
        assertThat(Axis.regular(2, 0, 2)).isNotEqualTo(Axis.variable(0, 1, 2));
        double[] e = {0, 1, 2};
        Axis a = Axis.variable(e);
        e[1] = 1.5;
        assertThat(a.edge(1)).isEqualTo(1.0);
        a.edges()[1] = 7;
        assertThat(a.edge(1)).isEqualTo(1.0);
    }

    static void checkConsistent(Axis a, double x) {
        int i = a.index(x);
        if (x < a.lo()) {
            assertThat(i).isEqualTo(Axis.UNDERFLOW);
        } else if (x >= a.hi()) {
            assertThat(i).isEqualTo(a.bins());
        } else {
            assertThat(i).isBetween(0, a.bins() - 1);
            assertThat(a.edge(i)).isLessThanOrEqualTo(x);
            assertThat(x).isLessThan(a.edge(i + 1));
        }
    }
}

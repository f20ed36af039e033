package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutFlowExtensionTest {
    @Test
    void extraStepsStartEmptyAndCountOnlyWhatPassesThem() {
        CutFlow f = new CutFlow(List.of("generated", "selected"));
        f.pass(1, 2.0);
        f.pass(1, 3.0);
        f.pass(0, 4.0);
        CutFlow g = f.extendedBy(List.of("bdt", "signal region"));
        assertThat(g.steps()).containsExactly("generated", "selected", "bdt", "signal region");
        assertThat(g.weight(0)).isEqualTo(9.0);
        assertThat(g.weight(1)).isEqualTo(5.0);
        assertThat(g.count(2)).isZero();
        g.passFrom(2, 3, 2.0); // the first selected event passes both extra steps
        g.passFrom(2, 2, 3.0); // the second only the first
        assertThat(g.weight(2)).isEqualTo(5.0);
        assertThat(g.weight(3)).isEqualTo(2.0);
        assertThat(g.weightError(3)).isEqualTo(2.0);
        assertThat(g.count(1)).isEqualTo(2);
        // The original is unchanged.
        assertThat(f.steps()).hasSize(2);
        assertThatThrownBy(() -> g.passFrom(0, 1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.passFrom(2, 4, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}

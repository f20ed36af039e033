package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CutFlowTest {
    private static final List<String> STEPS = List.of("all", "a", "b");

    @Test
    void anEventCountsInEveryStepUpToTheLastOneItPassed() {
        CutFlow f = new CutFlow(STEPS);
        f.pass(0, 2.0);
        f.pass(2, 0.5);
        f.pass(1, 1.0);
        assertThat(f.count(0)).isEqualTo(3);
        assertThat(f.count(1)).isEqualTo(2);
        assertThat(f.count(2)).isEqualTo(1);
        assertThat(f.weight(0)).isEqualTo(3.5);
        assertThat(f.weight(1)).isEqualTo(1.5);
        assertThat(f.weightError(1)).isCloseTo(Math.sqrt(0.25 + 1.0), within(1e-15));
        assertThat(f.efficiency(2)).isCloseTo(0.5 / 3.5, within(1e-15));
    }

    @Test
    void mergeIsAssociativeAndAddsEverything() {
        CutFlow a = new CutFlow(STEPS);
        CutFlow b = new CutFlow(STEPS);
        CutFlow c = new CutFlow(STEPS);
        a.pass(2, 1.0);
        b.pass(1, 2.0);
        c.pass(0, 4.0);
        assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
        assertThat(a.merge(b).merge(c).weight(0)).isEqualTo(7.0);
    }

    @Test
    void rejectsDifferentStepsAndUnknownSteps() {
        CutFlow a = new CutFlow(STEPS);
        assertThatThrownBy(() -> a.merge(new CutFlow(List.of("all")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.pass(3, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CutFlow(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

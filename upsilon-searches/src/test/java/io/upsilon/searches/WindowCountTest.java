package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WindowCountTest {
    private static SelectedEvents events(double[] x, double w) {
        SelectedEvents ev = new SelectedEvents(0);
        for (int i = 0; i < x.length; i++) {
            ev.add(i, x[i], w, new float[0]);
        }
        return ev;
    }

    private static final WindowCount.Membership ONE_TO_TWO = (ev, i) -> ev.observable(i) >= 1 && ev.observable(i) <= 2;

    @Test
    void countsSumTheWeightsInTheWindowPerBackground() {
        SelectedEvents signal = events(new double[] {1.5, 1.6, 3.0}, 0.5);
        List<WindowCount.Background> bkg = List.of(
                new WindowCount.Background("a", events(new double[] {0.5, 1.2, 1.9}, 2.0), 0.1),
                new WindowCount.Background("b", events(new double[] {5.0}, 7.0), 0.2),
                new WindowCount.Background("c", events(new double[] {1.0}, 0.25), 0.3));
        WindowCount.Counts c = WindowCount.count("m", "ch", signal, bkg, ONE_TO_TWO, 0.05, 0.05);
        assertThat(c.signal()).isEqualTo(1.0);
        assertThat(c.background()).containsExactly(4.0, 0.0, 0.25);
        assertThat(c.backgroundMcEvents()).isEqualTo(3);
        assertThat(c.totalBackground()).isEqualTo(4.25);
        assertThat(c.modelledBackground()).isEqualTo(4.25);
        // the empty background is not a sample of the workspace; the observation is the expectation
        assertThat(c.workspace().channels().get(0).samples())
                .extracting(s -> s.name())
                .containsExactly("signal", "a", "c");
        assertThat(c.workspace().observations().get(0).data()).containsExactly(4.25);
        assertThat(WindowCount.sum(bkg.get(0).events(), ONE_TO_TWO)).containsExactly(4.0, 8.0, 2.0);
    }

    @Test
    void anEmptyWindowTakesOneEventOfTheHeaviestBackground() {
        SelectedEvents signal = events(new double[] {1.5}, 1.0);
        List<WindowCount.Background> bkg = List.of(
                new WindowCount.Background("light", events(new double[] {9.0}, 0.5), 0.1),
                new WindowCount.Background("heavy", events(new double[] {8.0, 7.0}, 3.0), 0.2));
        assertThat(WindowCount.heaviest(bkg).name()).isEqualTo("heavy");
        WindowCount.Counts c = WindowCount.count("m", "ch", signal, bkg, ONE_TO_TWO, 0.05, 0.07);
        assertThat(c.backgroundMcEvents()).isZero();
        assertThat(c.totalBackground()).isZero();
        assertThat(c.modelledBackground()).isEqualTo(3.0);
        assertThat(c.workspace().channels().get(0).samples())
                .extracting(s -> s.name())
                .containsExactly("signal", "heavy");
        assertThat(WindowCount.heaviest(List.of())).isNull();
    }
}

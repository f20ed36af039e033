package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import org.junit.jupiter.api.Test;

class BinGroupingTest {
    private static final Axis AXIS = Axis.regular(10, 0, 10);

    /** Contents 1..10 in the fine bins, variance {@code i + 1} in bin i (values chosen to sum exactly). */
    private static Hist1D ramp() {
        double[] w = new double[13];
        double[] w2 = new double[13];
        for (int i = 0; i < 10; i++) {
            w[i + 1] = i + 1;
            w2[i + 1] = i + 1;
        }
        w[0] = 100; // underflow: never part of a group
        w[11] = 100; // overflow
        return Hist1D.of(AXIS, w, w2, 10);
    }

    @Test
    void allBinsIsOneGroupPerFineBin() {
        BinGrouping g = BinGrouping.allBins(4);
        assertThat(g.bounds()).containsExactly(0, 1, 2, 3, 4);
        assertThat(g.groups()).isEqualTo(4);
    }

    @Test
    void aWindowIsSplitByRoundedEqualShares() {
        // 10 fine bins in 4 groups: bounds 3 + round(k * 2.5) = 3, 6 (round(2.5) = 3), 8, 11 (round(7.5) = 8), 13.
        assertThat(BinGrouping.window(3, 13, 4).bounds()).containsExactly(3, 6, 8, 11, 13);
        // More groups than fine bins: one group per fine bin.
        assertThat(BinGrouping.window(0, 3, 10).bounds()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aWindowByValueCoversTheRangeWithWholeFineBins() {
        BinGrouping g = BinGrouping.window(AXIS, 2.3, 5.2, 2);
        assertThat(g.bounds()).containsExactly(2, 4, 6);
        assertThat(g.edges(AXIS)).containsExactly(2.0, 4.0, 6.0);
        // Clipped to the axis; a range below the axis still gets its first fine bin.
        assertThat(BinGrouping.window(AXIS, -5, 20, 1).bounds()).containsExactly(0, 10);
        assertThat(BinGrouping.window(AXIS, -5, -4, 3).bounds()).containsExactly(0, 1);
        assertThatThrownBy(() -> BinGrouping.window(AXIS, 11, 12, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above the axis");
    }

    @Test
    void emptyGroupsAreMergedIntoANeighbour() {
        // Groups close once the running background is positive; the empty tail joins the last group.
        assertThat(BinGrouping.allBins(7)
                        .mergeEmpty(new double[] {0, 0, 1, 2, 0, 3, 0})
                        .bounds())
                .containsExactly(0, 3, 4, 7);
        // Nothing expected anywhere: one group over the whole range.
        assertThat(BinGrouping.allBins(2).mergeEmpty(new double[] {0, 0}).bounds())
                .containsExactly(0, 2);
        // Groups of a window merge as wholes: {2,3}, {4,5} empty joins {6,7}.
        double[] bkg = {9, 9, 1, 0, 0, 0, 0, 1, 9, 9};
        assertThat(BinGrouping.window(2, 8, 3).mergeEmpty(bkg).bounds()).containsExactly(2, 4, 8);
        // A negative fine bin can cancel a positive one: the tail {-1, 1} sums to 0 and joins the group before it.
        assertThat(BinGrouping.allBins(3).mergeEmpty(new double[] {1, -1, 1}).bounds())
                .containsExactly(0, 3);
    }

    @Test
    void groupsSumContentsAndAddVariances() {
        BinGrouping g = BinGrouping.of(1, 3, 6);
        // Fine bins 1, 2 hold 2 + 3; bins 3..5 hold 4 + 5 + 6. Flow bins are never included.
        assertThat(g.contents(ramp())).containsExactly(5.0, 15.0);
        assertThat(g.errors(ramp())).containsExactly(Math.sqrt(5), Math.sqrt(15));
        assertThat(g.contents(new double[] {1, 2, 3, 4, 5, 6})).containsExactly(5.0, 15.0);
        assertThat(g.edges(AXIS)).containsExactly(1.0, 3.0, 6.0);
        assertThat(BinGrouping.allBins(10).contents(ramp()))
                .containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    }

    @Test
    void summationRunsLeftToRight() {
        // 1e16 + 1 + 1 is 1e16 left to right (each 1 is below half an ulp of 1e16), 1e16 + 2 otherwise.
        double[] v = {1e16, 1, 1};
        assertThat(BinGrouping.of(0, 3).contents(v)[0]).isEqualTo(1e16);
        assertThat(BinGrouping.of(0, 3).contents(new double[] {1, 1, 1e16})[0]).isEqualTo(1e16 + 2);
    }

    @Test
    void invalidGroupingsAreRejected() {
        assertThatThrownBy(() -> BinGrouping.of(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BinGrouping.of(0, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("increase strictly");
        assertThatThrownBy(() -> BinGrouping.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BinGrouping.window(5, 5, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BinGrouping.of(0, 11).contents(ramp()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11 fine bins");
        assertThatThrownBy(() -> BinGrouping.allBins(5).mergeEmpty(new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.upsilon.analysis.mva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingSetTest {
    private static final List<String> NAMES = List.of("a", "b");

    private static TrainingSet valid() {
        return new TrainingSet(
                NAMES, new float[] {1, 2, 3, 4, 5, Float.NaN}, new int[] {1, 0, 1}, new double[] {1, 2, 0});
    }

    @Test
    void aValidSetKeepsItsContentAndAllowsNanAsMissing() {
        TrainingSet s = valid();
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.numFeatures()).isEqualTo(2);
        assertThat(s.row(2)).containsExactly(5f, Float.NaN);
        assertThat(s.count(1)).isEqualTo(2);
        assertThat(s.count(0)).isEqualTo(1);
        assertThat(s.sumOfWeights(1)).isEqualTo(1.0);
        assertThat(s.sumOfWeights(0)).isEqualTo(2.0);
    }

    @Test
    void inputAndOutputArraysAreCopies() {
        float[] f = {1, 2, 3, 4};
        double[] w = {1, 1};
        TrainingSet s = new TrainingSet(NAMES, f, new int[] {1, 0}, w);
        f[0] = 99;
        w[0] = 99;
        s.features()[1] = 99;
        assertThat(s.features()).containsExactly(1, 2, 3, 4);
        assertThat(s.weights()).containsExactly(1, 1);
    }

    @Test
    void hashChangesWithAnyValueAndIsStable() {
        TrainingSet s = valid();
        assertThat(s.sha256()).isEqualTo(valid().sha256()).matches("[0-9a-f]{64}");
        TrainingSet otherWeight = new TrainingSet(
                NAMES, new float[] {1, 2, 3, 4, 5, Float.NaN}, new int[] {1, 0, 1}, new double[] {1, 2, 1e-300});
        TrainingSet otherName = new TrainingSet(
                List.of("a", "c"), new float[] {1, 2, 3, 4, 5, Float.NaN}, new int[] {1, 0, 1}, new double[] {1, 2, 0});
        assertThat(otherWeight.sha256()).isNotEqualTo(s.sha256());
        assertThat(otherName.sha256()).isNotEqualTo(s.sha256());
    }

    @Test
    void subsetAndOfRows() {
        TrainingSet s = valid().subset(new int[] {1, 0, 1});
        assertThat(s.labels()).containsExactly(0, 1, 0);
        assertThat(s.row(1)).containsExactly(1f, 2f);
        assertThat(s.row(2)).containsExactly(3f, 4f);
        TrainingSet r =
                TrainingSet.ofRows(NAMES, new float[][] {{1, 2}, {3, 4}}, new int[] {0, 1}, new double[] {1, 1});
        assertThat(r.features()).containsExactly(1, 2, 3, 4);
        assertThatThrownBy(() -> valid().subset(new int[] {3})).hasMessageContaining("out of range");
        assertThatThrownBy(() ->
                        TrainingSet.ofRows(NAMES, new float[][] {{1}, {3, 4}}, new int[] {0, 1}, new double[] {1, 1}))
                .hasMessageContaining("row 0 has 1 values; expected 2");
    }

    @Test
    void badSetsAreRejectedWithClearMessages() {
        float[] f = {1, 2, 3, 4};
        int[] l = {1, 0};
        double[] w = {1, 1};
        assertThatThrownBy(() -> new TrainingSet(NAMES, new float[] {1, 2, 3}, l, w))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("features has 3 values but 2 rows x 2 features need 4");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, l, new double[] {1}))
                .hasMessageContaining("weights has 1 entries but there are 2 labels");
        assertThatThrownBy(() -> new TrainingSet(NAMES, new float[] {1, Float.POSITIVE_INFINITY, 3, 4}, l, w))
                .hasMessageContaining("feature 'b' of row 0 is Infinity");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, l, new double[] {1, -1}))
                .hasMessageContaining("weight of row 1 is -1.0");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, l, new double[] {Double.NaN, 1}))
                .hasMessageContaining("weight of row 0 is NaN");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, new int[] {1, 2}, w))
                .hasMessageContaining("label of row 1 is 2");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, new int[] {1, 1}, w)).hasMessageContaining("no background");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, new int[] {0, 0}, w)).hasMessageContaining("no signal");
        assertThatThrownBy(() -> new TrainingSet(NAMES, f, l, new double[] {0, 1}))
                .hasMessageContaining("no signal (label 1) events with positive weight");
        assertThatThrownBy(() -> new TrainingSet(List.of("a", "a"), f, l, w)).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new TrainingSet(List.of(), new float[0], new int[0], new double[0]))
                .hasMessageContaining("at least one feature");
        assertThatThrownBy(() -> new TrainingSet(NAMES, null, l, w)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossTrainedClassifierTest {
    private static CrossTrainedClassifier.Rows gaussians(double shift, int n, RandomStream rng) {
        // signal ~ N(shift, 1), background ~ N(0, 1) in the first feature; the second is noise for both
        CrossTrainedClassifier.Rows rows = new CrossTrainedClassifier.Rows(2);
        for (int i = 0; i < n; i++) {
            boolean sig = i % 2 == 0;
            float[] f = {(float) rng.nextGaussian(sig ? shift : 0, 1), (float) rng.nextGaussian()};
            rows.add(f, sig ? TrainingSet.SIGNAL : TrainingSet.BACKGROUND, 1.0, (i / 2) % 2);
        }
        return rows;
    }

    @Test
    void outOfFoldAucMatchesTheSeparationOfTheClasses() {
        // Two unit Gaussians a distance d apart: AUC = Phi(d / sqrt(2)); d = 1 gives 0.760. 4000 rows: the AUC
        // error is ~0.01, trees add a small loss; in-fold >= out-of-fold (the training rows are seen).
        RandomStream rng = RandomStreams.of(11).stream("rows");
        CrossTrainedClassifier c = CrossTrainedClassifier.train(
                List.of("x", "noise"),
                gaussians(1.0, 4000, rng),
                2,
                BdtConfig.defaults()
                        .withNumTrees(30)
                        .withMaxDepth(2)
                        .withSeed(1)
                        .withNthread(1));
        assertThat(c.outOfFoldAuc()).isBetween(0.72, 0.79);
        assertThat(c.inFoldAuc()).isGreaterThanOrEqualTo(c.outOfFoldAuc() - 0.01);
        assertThat(c.outOfFoldScores()).hasSize(4000);
        assertThat(c.folds()).isEqualTo(2);
        // the out-of-fold score of a row is the score of the classifier of its fold
        float[] row = c.trainingSet().row(0);
        assertThat(c.score(row, 0)).isEqualTo(c.outOfFoldScores()[0]);
    }

    @Test
    void aFoldWithoutBackgroundIsAnError() {
        CrossTrainedClassifier.Rows rows = new CrossTrainedClassifier.Rows(1);
        rows.add(new float[] {1}, TrainingSet.SIGNAL, 1, 0);
        rows.add(new float[] {0}, TrainingSet.BACKGROUND, 1, 0);
        rows.add(new float[] {1}, TrainingSet.SIGNAL, 1, 1);
        assertThatThrownBy(() -> CrossTrainedClassifier.train(List.of("x"), rows, 2, BdtConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.upsilon.searches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.SplitSampler;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two Gaussian classes 1.5 sigma apart in each of two features (column 1 is noise): the
 * out-of-fold AUC of the best classifier is Phi(1.5 sqrt(2) / sqrt(2)) = Phi(1.5) = 0.93 for the
 * Bayes-optimal score; a cross-trained BDT on 4000 events must come within a few per cent.
 */
class CrossTrainedBdtTest {
    private static SelectedEvents sample(double mean, int n, RandomStream rng) {
        SelectedEvents ev = new SelectedEvents(3);
        for (int i = 0; i < n; i++) {
            ev.add(i, 0, 1.0, new float[] {
                (float) rng.nextGaussian(mean, 1), (float) rng.nextGaussian(), (float) rng.nextGaussian(mean, 1)
            });
        }
        return ev;
    }

    @Test
    void outOfFoldScoresSeparateTheClassesAndAreReproducible() {
        RandomStreams streams = RandomStreams.of(3).child("bdt-test");
        SelectedEvents sig = sample(0.75, 2000, streams.stream("signal"));
        SelectedEvents bkg = sample(-0.75, 2000, streams.stream("background"));
        long sSalt = CrossTrainedBdt.splitSalt(streams, "signal");
        long bSalt = CrossTrainedBdt.splitSalt(streams, "background");
        BdtConfig cfg = BdtConfig.defaults()
                .withNumTrees(50)
                .withMaxDepth(2)
                .withSeed(CrossTrainedBdt.xgboostSeed(streams, "test"));
        List<CrossTrainedBdt.Input> in = List.of(
                new CrossTrainedBdt.Input(sig, null, TrainingSet.SIGNAL, sSalt),
                new CrossTrainedBdt.Input(bkg, null, TrainingSet.BACKGROUND, bSalt));
        CrossTrainedBdt b = CrossTrainedBdt.train(List.of("x", "z"), new int[] {0, 2}, in, 2, cfg);
        assertThat(b.outOfFoldAuc()).isBetween(0.90, 0.96);
        assertThat(b.inFoldAuc()).isGreaterThanOrEqualTo(b.outOfFoldAuc() - 0.01);
        assertThat(b.trainingEvents()).containsExactly(2000, 2000);
        float[] s1 = b.scores(sig, sSalt);
        float[] s2 = CrossTrainedBdt.train(List.of("x", "z"), new int[] {0, 2}, in, 2, cfg)
                .scores(sig, sSalt);
        assertThat(s1).containsExactly(s2);
        double meanSig = 0;
        for (float s : s1) {
            meanSig += s / s1.length;
        }
        double meanBkg = 0;
        for (float s : b.scores(bkg, bSalt)) {
            meanBkg += s / bkg.size();
        }
        assertThat(meanSig).isGreaterThan(meanBkg + 0.3);
    }

    @Test
    void aClassifierTrainedOnCallerBuiltRowsScoresItsTrainingEventsOutOfFold() {
        // The rows a search builds itself (here: signal weights normalised, as zprime does), wrapped by of():
        // scoring a training sample under its salt must give back exactly its out-of-fold scores.
        RandomStreams streams = RandomStreams.of(5).child("bdt-test");
        SelectedEvents sig = sample(0.75, 600, streams.stream("signal"));
        SelectedEvents bkg = sample(-0.75, 600, streams.stream("background"));
        long sSalt = CrossTrainedBdt.splitSalt(streams, "signal");
        long bSalt = CrossTrainedBdt.splitSalt(streams, "background");
        int k = 3;
        CrossTrainedClassifier.Rows rows = new CrossTrainedClassifier.Rows(3);
        SplitSampler sSplit = new SplitSampler(0.5, sSalt);
        for (int i = 0; i < sig.size(); i++) {
            rows.add(sig.features(i), TrainingSet.SIGNAL, 1.0 / sig.size(), sSplit.fold(sig.eventNumber(i), k));
        }
        SplitSampler bSplit = new SplitSampler(0.5, bSalt);
        for (int i = 0; i < bkg.size(); i++) {
            rows.add(bkg.features(i), TrainingSet.BACKGROUND, 1.0, bSplit.fold(bkg.eventNumber(i), k));
        }
        CrossTrainedClassifier c = CrossTrainedClassifier.train(
                List.of("x", "n", "z"),
                rows,
                k,
                BdtConfig.defaults().withNumTrees(20).withMaxDepth(2).withSeed(7));
        CrossTrainedBdt b = CrossTrainedBdt.of(c, new int[] {0, 1, 2});
        assertThat(b.folds()).isEqualTo(k);
        assertThat(b.trainingEvents()).containsExactly(600, 600);
        float[] oof = c.outOfFoldScores();
        assertThat(b.scores(sig, sSalt)).containsExactly(Arrays.copyOfRange(oof, 0, 600));
        assertThat(b.scores(bkg, bSalt)).containsExactly(Arrays.copyOfRange(oof, 600, 1200));
        assertThatThrownBy(() -> CrossTrainedBdt.of(c, new int[] {0, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 columns for 3 features");
    }

    @Test
    void trainingWithoutBackgroundIsAnError() {
        RandomStreams streams = RandomStreams.of(4).child("bdt-test");
        SelectedEvents sig = sample(0.75, 50, streams.stream("signal"));
        List<CrossTrainedBdt.Input> in = List.of(new CrossTrainedBdt.Input(sig, null, TrainingSet.SIGNAL, 1L));
        assertThatThrownBy(() -> CrossTrainedBdt.train(
                        List.of("x"), new int[] {0}, in, 2, BdtConfig.defaults().withNumTrees(5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("background");
    }
}

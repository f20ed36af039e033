package io.upsilon.analysis.mva;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.upsilon.core.error.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BdtTrainerTest {
    /** Small enough to train in well under a second, large enough for an AUC good to ~0.003. */
    private static final BdtConfig CONFIG =
            BdtConfig.defaults().withNumTrees(100).withMaxDepth(3).withSeed(7);

    private TrainingSet training;
    private TrainingSet test;
    private Bdt bdt;
    private float[] testScores;

    @BeforeAll
    void train() {
        training = GaussianToy.sample(1, "train", 10_000);
        test = GaussianToy.sample(1, "test", 20_000);
        bdt = BdtTrainer.train(training, CONFIG);
        testScores = bdt.scores(test.features(), test.size());
    }

    @Test
    void aucOnAnIndependentSampleIsWithinOnePercentOfTheBayesOptimalAuc() {
        double bayes = GaussianToy.bayesOptimalAuc();
        assertThat(bayes).isCloseTo(0.8413447, within(1e-6)); // Phi(1), tables
        double auc = RocCurve.of(testScores, test.labels(), test.weights()).auc();
        // Statistical error of the test AUC with 2 x 2e4 events is about 0.002 (Hanley-McNeil);
        // the BDT's loss to the Bayes limit on 2e4 training events is a few 1e-3. 0.01 is the brief's bound.
        assertThat(auc).isCloseTo(bayes, within(0.01));
        assertThat(auc).isLessThan(bayes + 0.005); // above the optimum only by a fluctuation
    }

    @Test
    void scoresAreProbabilitiesAndSeparateTheClasses() {
        for (float s : testScores) {
            assertThat(s).isBetween(0f, 1f);
        }
        float signalLike = bdt.score(new float[] {1.5f, 1.2f, 0.9f, 0f});
        float backgroundLike = bdt.score(new float[] {-0.5f, -0.4f, -0.3f, 0f});
        assertThat(signalLike).isGreaterThan(0.8f);
        assertThat(backgroundLike).isLessThan(0.2f);
        assertThat(bdt.score(new float[] {Float.NaN, 1.2f, 0.9f, 0f})).isBetween(0f, 1f);
    }

    @Test
    void batchAndSingleRowScoresAgree() {
        float[][] rows = new float[100][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = test.row(i);
        }
        float[] batch = bdt.scores(rows);
        for (int i = 0; i < rows.length; i++) {
            assertThat(bdt.score(rows[i])).isEqualTo(batch[i]);
            assertThat(batch[i]).isEqualTo(testScores[i]);
        }
    }

    @Test
    void javaScoringReproducesXgboostPrediction() {
        float[] all = test.features();
        float[] margins = bdt.xgboostMargins(all, test.size());
        float[] xgb = bdt.xgboostScores(all, test.size());
        int differ = 0;
        for (int i = 0; i < xgb.length; i++) {
            // The trees' sum (log-odds) is computed in the same float order: bit-identical.
            assertThat(bdt.javaMargin(all, i)).isEqualTo(margins[i]);
            // The sigmoid uses the JDK's exp instead of the native expf: at most one float ulp
            // below 1 (2^-23 = 1.19e-7); found in 21 of 4e4 rows with xgboost4j 3.0.4.
            assertThat(testScores[i]).isCloseTo(xgb[i], within(1.2e-7f));
            if (testScores[i] != xgb[i]) {
                differ++;
            }
        }
        assertThat(differ).isLessThan(xgb.length / 100);
        float[] missing = {Float.NaN, 0.5f, Float.NaN, 0f, 1f, Float.NaN, Float.NaN, Float.NaN};
        float[] xgbMissing = bdt.xgboostMargins(missing, 2);
        assertThat(bdt.javaMargin(missing, 0)).isEqualTo(xgbMissing[0]);
        assertThat(bdt.javaMargin(missing, 1)).isEqualTo(xgbMissing[1]);
    }

    @Test
    void trainingTwiceGivesBitIdenticalModels() {
        Bdt again = BdtTrainer.train(training, CONFIG);
        assertThat(again.scores(test.features(), test.size())).containsExactly(testScores);
        assertThat(again.toBytes()).isEqualTo(bdt.toBytes());
    }

    @Test
    void anotherSeedGivesAnotherModel() {
        Bdt other = BdtTrainer.train(training, CONFIG.withSeed(8));
        assertThat(other.scores(test.features(), test.size())).isNotEqualTo(testScores);
    }

    @Test
    void twoTrainingThreadsGiveTheSamePredictionsAsOne() {
        // Found with xgboost4j 3.0.4 (hist): identical. Not promised by XGBoost; see BdtConfig.
        Bdt two = BdtTrainer.train(training, CONFIG.withNthread(2));
        assertThat(two.scores(test.features(), test.size())).containsExactly(testScores);
        assertThat(two.provenance().nthread()).isEqualTo(2);
    }

    @Test
    void saveAndLoadGivesIdenticalScoresAndMetadata() {
        byte[] bytes = bdt.toBytes();
        Bdt loaded = Bdt.fromBytes(bytes, "memory");
        assertThat(loaded.scores(test.features(), test.size())).containsExactly(testScores);
        assertThat(loaded.featureNames()).isEqualTo(bdt.featureNames());
        assertThat(loaded.config()).isEqualTo(CONFIG);
        assertThat(loaded.provenance()).isEqualTo(bdt.provenance());
        assertThat(loaded.featureImportance()).isEqualTo(bdt.featureImportance());
        assertThat(loaded.toBytes()).isEqualTo(bytes);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"format\" : \"upsilon-bdt\"");
    }

    @Test
    void loadingBadBytesIsAnInputExceptionWithAPointer() {
        assertThatThrownBy(() -> Bdt.fromBytes("not json".getBytes(StandardCharsets.UTF_8), "m.json"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("m.json");
        String good = new String(bdt.toBytes(), StandardCharsets.UTF_8);
        assertThatThrownBy(() ->
                        Bdt.fromBytes(good.replace("upsilon-bdt", "other").getBytes(StandardCharsets.UTF_8), "m.json"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("/format"));
        assertThatThrownBy(() -> Bdt.fromBytes(
                        good.replace("\"numTrees\" : 100", "\"numTrees\" : 0").getBytes(StandardCharsets.UTF_8),
                        "m.json"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("/config"));
        String broken = good.replaceFirst("\"xgboostModel\" : \"[A-Za-z0-9+/]{8}", "\"xgboostModel\" : \"AAAAAAAA");
        assertThatThrownBy(() -> Bdt.fromBytes(broken.getBytes(StandardCharsets.UTF_8), "m.json"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location()).isEqualTo("/xgboostModel"));
    }

    @Test
    void provenanceRecordsTheTrainingData() {
        BdtProvenance p = bdt.provenance();
        assertThat(p.seed()).isEqualTo(7);
        assertThat(p.signalEvents()).isEqualTo(10_000);
        assertThat(p.backgroundEvents()).isEqualTo(10_000);
        assertThat(p.signalWeightSum()).isEqualTo(training.sumOfWeights(1));
        assertThat(p.backgroundWeightSum()).isEqualTo(training.sumOfWeights(0));
        assertThat(p.trainingSha256()).isEqualTo(training.sha256()).hasSize(64);
        assertThat(p.validationSha256()).isEmpty();
        assertThat(p.treesUsed()).isEqualTo(100);
        assertThat(p.xgboostVersion()).isEqualTo("3.0.4");
    }

    @Test
    void gainImportanceRanksTheStrongestFeatureAboveNoise() {
        Map<String, Double> gain = bdt.featureImportance();
        assertThat(gain.keySet()).containsExactly("x", "y", "z", "noise");
        // x carries the largest mean shift (1.0), noise none.
        assertThat(gain.get("x")).isGreaterThan(gain.get("noise"));
        assertThat(gain.get("x")).isGreaterThan(gain.get("z"));
    }

    @Test
    void earlyStoppingKeepsTheBestIterationAndNeedsAValidationSet() {
        BdtConfig eager = CONFIG.withNumTrees(400).withLearningRate(0.5).withEarlyStoppingRounds(5);
        Bdt stopped = BdtTrainer.train(training, test, eager);
        assertThat(stopped.provenance().treesUsed()).isBetween(1, 399);
        assertThat(stopped.provenance().validationSha256()).isEqualTo(test.sha256());
        Bdt reloaded = Bdt.fromBytes(stopped.toBytes(), "memory");
        float[] first = java.util.Arrays.copyOf(test.features(), 1000 * 4);
        assertThat(reloaded.scores(first, 1000)).containsExactly(stopped.scores(first, 1000));
        // Trees past the best iteration are not used: the full model would score differently.
        assertThat(stopped.provenance().treesUsed()).isLessThan(400);
        assertThatThrownBy(() -> BdtTrainer.train(training, eager))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validation set");
    }

    @Test
    void balancedWeightingGivesEachClassHalfTheEvents() {
        float[] w = BdtTrainer.trainingWeights(training, ClassWeighting.BALANCED);
        double s = 0;
        double b = 0;
        int[] labels = training.labels();
        for (int i = 0; i < w.length; i++) {
            if (labels[i] == 1) {
                s += w[i];
            } else {
                b += w[i];
            }
        }
        // float weights summed over 1e4 events: relative rounding ~1e-7 per weight.
        assertThat(s).isCloseTo(10_000, within(1e-2));
        assertThat(b).isCloseTo(10_000, within(1e-2));
        float[] raw = BdtTrainer.trainingWeights(training, ClassWeighting.RAW);
        assertThat(raw[1]).isEqualTo((float) training.weights()[1]);
        Bdt rawModel = BdtTrainer.train(training, CONFIG.withClassWeighting(ClassWeighting.RAW));
        float[] first = java.util.Arrays.copyOf(test.features(), 100 * 4);
        assertThat(rawModel.scores(first, 100)).isNotEqualTo(bdt.scores(first, 100));
    }

    @Test
    void scoringFromTwoThreadsGivesTheSameResultsAsFromOne() throws Exception {
        int n = 5_000;
        float[][] rows = new float[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = test.row(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<float[]>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                results.add(pool.submit(() -> {
                    float[] out = new float[n];
                    for (int i = 0; i < n; i++) {
                        out[i] = bdt.score(rows[i]);
                    }
                    return out;
                }));
                results.add(pool.submit(() -> bdt.scores(test.features(), test.size())));
            }
            float[] reference = java.util.Arrays.copyOf(testScores, n);
            assertThat(results.get(0).get()).containsExactly(reference);
            assertThat(results.get(2).get()).containsExactly(reference);
            assertThat(results.get(1).get()).containsExactly(testScores);
            assertThat(results.get(3).get()).containsExactly(testScores);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongRowLengthsAndConfigsAreRejected() {
        assertThatThrownBy(() -> bdt.score(new float[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expects 4");
        assertThatThrownBy(() -> bdt.scores(new float[7], 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CONFIG.withSubsample(0)).hasMessageContaining("subsample");
        assertThatThrownBy(() -> CONFIG.withNthread(0)).hasMessageContaining("nthread");
        assertThatThrownBy(() -> CONFIG.withMaxDepth(0)).hasMessageContaining("maxDepth");
        TrainingSet otherFeatures =
                new TrainingSet(List.of("a", "b", "c", "d"), test.features(), test.labels(), test.weights());
        assertThatThrownBy(() -> BdtTrainer.train(training, otherFeatures, CONFIG))
                .hasMessageContaining("differ");
    }
}

package io.upsilon.searches;

import io.upsilon.analysis.mva.Bdt;
import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.BdtTrainer;
import io.upsilon.analysis.mva.RocCurve;
import io.upsilon.analysis.mva.TrainingSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * k-fold cross-trained boosted decision trees: every training row belongs to a fold (in practice
 * by a hash of its sample and event number, {@link io.upsilon.analysis.mva.SplitSampler#fold}); the
 * classifier of fold f is trained on the other folds and scores fold f. Every row so gets an
 * out-of-fold score from a classifier that never saw it, and all simulated events can fill the
 * templates after a cut on the score. An event outside the training set is scored by the
 * classifier of its own fold.
 */
public final class CrossTrainedClassifier {
    private final List<Bdt> folds;
    private final TrainingSet set;
    private final float[] outOfFold;
    private final double outOfFoldAuc;
    private final double inFoldAuc;

    private CrossTrainedClassifier(
            List<Bdt> folds, TrainingSet set, float[] outOfFold, double outOfFoldAuc, double inFoldAuc) {
        this.folds = List.copyOf(folds);
        this.set = set;
        this.outOfFold = outOfFold;
        this.outOfFoldAuc = outOfFoldAuc;
        this.inFoldAuc = inFoldAuc;
    }

    /** Growable training rows (features, label, weight, fold) in primitive arrays. */
    public static final class Rows {
        private final int nf;
        private float[] features;
        private int[] labels = new int[128];
        private double[] weights = new double[128];
        private int[] folds = new int[128];
        private int size;

        /** @param featureCount features per row (&gt; 0) */
        public Rows(int featureCount) {
            if (featureCount <= 0) {
                throw new IllegalArgumentException("feature count must be > 0, got " + featureCount);
            }
            this.nf = featureCount;
            this.features = new float[128 * nf];
        }

        /** Adds a row; {@code label} is {@link TrainingSet#SIGNAL} or {@link TrainingSet#BACKGROUND}. */
        public void add(float[] f, int label, double w, int fold) {
            if (f.length != nf) {
                throw new IllegalArgumentException("expected " + nf + " features, got " + f.length);
            }
            if (size == labels.length) {
                int n = 2 * size;
                features = Arrays.copyOf(features, n * nf);
                labels = Arrays.copyOf(labels, n);
                weights = Arrays.copyOf(weights, n);
                folds = Arrays.copyOf(folds, n);
            }
            System.arraycopy(f, 0, features, size * nf, nf);
            labels[size] = label;
            weights[size] = w;
            folds[size] = fold;
            size++;
        }

        /** Rows added. */
        public int size() {
            return size;
        }

        /** Rows of a label. */
        public int count(int label) {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (labels[i] == label) {
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * Trains one classifier per fold.
     *
     * @param featureNames the feature names (as many as each row has)
     * @param rows the training rows, each with its fold in [0, k)
     * @param k the number of folds (&gt;= 2)
     * @param config the classifier configuration (seed, trees, ...)
     * @throws IllegalArgumentException when a fold's complement lacks signal or background
     */
    public static CrossTrainedClassifier train(List<String> featureNames, Rows rows, int k, BdtConfig config) {
        if (k < 2) {
            throw new IllegalArgumentException("cross-training needs at least 2 folds, got " + k);
        }
        int n = rows.size;
        TrainingSet set = new TrainingSet(
                featureNames,
                Arrays.copyOf(rows.features, n * rows.nf),
                Arrays.copyOf(rows.labels, n),
                Arrays.copyOf(rows.weights, n));
        List<Bdt> models = new ArrayList<>();
        float[] oof = new float[n];
        double inFold = 0;
        for (int f = 0; f < k; f++) {
            int fold = f;
            int[] trainRows =
                    IntStream.range(0, n).filter(i -> rows.folds[i] != fold).toArray();
            int[] scoreRows =
                    IntStream.range(0, n).filter(i -> rows.folds[i] == fold).toArray();
            TrainingSet train = set.subset(trainRows);
            if (train.count(TrainingSet.SIGNAL) == 0 || train.count(TrainingSet.BACKGROUND) == 0) {
                throw new IllegalArgumentException("fold " + f + ": the other folds lack signal or background rows");
            }
            Bdt bdt = BdtTrainer.train(train, config);
            models.add(bdt);
            inFold += RocCurve.of(bdt.scores(train.features(), train.size()), train.labels(), train.weights())
                            .auc()
                    / k;
            if (scoreRows.length > 0) {
                TrainingSet scored = set.subset(scoreRows);
                float[] sc = bdt.scores(scored.features(), scored.size());
                for (int j = 0; j < scoreRows.length; j++) {
                    oof[scoreRows[j]] = sc[j];
                }
            }
        }
        double auc = RocCurve.of(oof, set.labels(), set.weights()).auc();
        return new CrossTrainedClassifier(models, set, oof, auc, inFold);
    }

    /** The number of folds. */
    public int folds() {
        return folds.size();
    }

    /** The training set (all rows, in the order added). */
    public TrainingSet trainingSet() {
        return set;
    }

    /** The out-of-fold score of each training row (a copy). */
    public float[] outOfFoldScores() {
        return outOfFold.clone();
    }

    /** Weighted ROC AUC of the out-of-fold scores. */
    public double outOfFoldAuc() {
        return outOfFoldAuc;
    }

    /** Weighted ROC AUC of each classifier on its own training rows, averaged: far above {@link #outOfFoldAuc} means overtraining. */
    public double inFoldAuc() {
        return inFoldAuc;
    }

    /** The score of a row by the classifier of {@code fold} (the one that did not train on that fold). */
    public float score(float[] features, int fold) {
        return folds.get(fold).score(features);
    }

    /** Scores of {@code n} rows (row-major features) by the classifier of {@code fold}. */
    public float[] scores(float[] rows, int n, int fold) {
        return folds.get(fold).scores(rows, n);
    }

    /** Gain importance of the first fold's classifier. */
    public java.util.Map<String, Double> featureImportance() {
        return folds.get(0).featureImportance();
    }
}

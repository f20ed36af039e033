package io.upsilon.searches;

import io.upsilon.analysis.mva.Bdt;
import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.BdtTrainer;
import io.upsilon.analysis.mva.RocCurve;
import io.upsilon.analysis.mva.SplitSampler;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A k-fold cross-trained boosted-decision-tree classifier (XGBoost through {@code analysis.mva})
 * on selected events: each event belongs to one of k folds by a hash of its event number salted
 * per sample ({@link SplitSampler#fold}); classifier f is trained on the other folds and scores
 * only fold f, so every event gets an out-of-fold score from a classifier that never saw it and all
 * simulated events can fill the fit templates. The salts and the XGBoost seed come from named
 * streams ({@link #splitSalt}, {@link #xgboostSeed}).
 */
public final class CrossTrainedBdt {
    private final List<Bdt> folds;
    private final int[] columns;
    private final double outOfFoldAuc;
    private final double inFoldAuc;
    private final int[] trainingEvents;

    private CrossTrainedBdt(List<Bdt> folds, int[] columns, double outOfFoldAuc, double inFoldAuc, int[] n) {
        this.folds = List.copyOf(folds);
        this.columns = columns.clone();
        this.outOfFoldAuc = outOfFoldAuc;
        this.inFoldAuc = inFoldAuc;
        this.trainingEvents = n.clone();
    }

    /**
     * One training sample: its selected events, the rows that take part, the class and the fold
     * salt.
     *
     * @param events the selected events (weights in expected events)
     * @param use which events take part (null: all)
     * @param label {@link TrainingSet#SIGNAL} or {@link TrainingSet#BACKGROUND}
     * @param salt the sample's fold salt ({@link #splitSalt})
     */
    public record Input(SelectedEvents events, boolean[] use, int label, long salt) {
        /** Validates. */
        public Input {
            Objects.requireNonNull(events, "events");
            if (use != null && use.length != events.size()) {
                throw new IllegalArgumentException(
                        "use has " + use.length + " entries for " + events.size() + " events");
            }
            if (label != TrainingSet.SIGNAL && label != TrainingSet.BACKGROUND) {
                throw new IllegalArgumentException("label must be SIGNAL or BACKGROUND, got " + label);
            }
        }

        boolean uses(int i) {
            return use == null || use[i];
        }
    }

    /**
     * The fold salt of sample {@code sampleName}, from the stream {@code split/SAMPLE} of {@code
     * streams}: each sample gets its own independent split, the same when training and scoring.
     */
    public static long splitSalt(RandomStreams streams, String sampleName) {
        return streams.stream("split/" + sampleName).nextLong();
    }

    /** The XGBoost seed of classifier {@code name}, from the stream {@code xgboost/NAME}; non-negative. */
    public static int xgboostSeed(RandomStreams streams, String name) {
        return streams.stream("xgboost/" + name).nextInt(Integer.MAX_VALUE);
    }

    /**
     * Trains the k classifiers.
     *
     * @param featureNames names of the features used (one per column)
     * @param columns the feature columns of the selected events used as inputs
     * @param inputs the samples
     * @param k number of folds, at least 2
     * @param config XGBoost settings (its seed is used for every fold)
     * @throws IllegalArgumentException when a class has no event in some fold's training set
     */
    public static CrossTrainedBdt train(
            List<String> featureNames, int[] columns, List<Input> inputs, int k, BdtConfig config) {
        if (featureNames.size() != columns.length) {
            throw new IllegalArgumentException(featureNames.size() + " names for " + columns.length + " columns");
        }
        if (k < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + k);
        }
        int nf = columns.length;
        List<float[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<Integer> foldOf = new ArrayList<>();
        for (Input in : inputs) {
            SplitSampler split = new SplitSampler(0.5, in.salt());
            for (int i = 0; i < in.events().size(); i++) {
                if (!in.uses(i)) {
                    continue;
                }
                rows.add(row(in.events(), i, columns));
                labels.add(in.label());
                weights.add(in.events().weight(i));
                foldOf.add(split.fold(in.events().eventNumber(i), k));
            }
        }
        int n = rows.size();
        float[] flat = new float[n * nf];
        int[] lab = new int[n];
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(rows.get(r), 0, flat, r * nf, nf);
            lab[r] = labels.get(r);
            w[r] = weights.get(r);
        }
        TrainingSet all = new TrainingSet(featureNames, flat, lab, w);
        List<Bdt> models = new ArrayList<>();
        float[] oof = new float[n];
        double inAuc = 0;
        for (int f = 0; f < k; f++) {
            final int fold = f;
            int[] trainRows = java.util.stream.IntStream.range(0, n)
                    .filter(r -> foldOf.get(r) != fold)
                    .toArray();
            int[] scoreRows = java.util.stream.IntStream.range(0, n)
                    .filter(r -> foldOf.get(r) == fold)
                    .toArray();
            TrainingSet train = all.subset(trainRows);
            if (train.count(TrainingSet.SIGNAL) == 0 || train.count(TrainingSet.BACKGROUND) == 0) {
                throw new IllegalArgumentException("fold " + f + ": the training set lacks a class (signal "
                        + train.count(TrainingSet.SIGNAL) + ", background " + train.count(TrainingSet.BACKGROUND)
                        + " events)");
            }
            Bdt bdt = BdtTrainer.train(train, config);
            models.add(bdt);
            inAuc += RocCurve.of(bdt.scores(train.features(), train.size()), train.labels(), train.weights())
                            .auc()
                    / k;
            if (scoreRows.length > 0) {
                TrainingSet scored = all.subset(scoreRows);
                float[] sc = bdt.scores(scored.features(), scored.size());
                for (int j = 0; j < scoreRows.length; j++) {
                    oof[scoreRows[j]] = sc[j];
                }
            }
        }
        double auc = RocCurve.of(oof, lab, w).auc();
        return new CrossTrainedBdt(
                models, columns, auc, inAuc, new int[] {all.count(TrainingSet.SIGNAL), all.count(TrainingSet.BACKGROUND)
                });
    }

    private static float[] row(SelectedEvents ev, int i, int[] columns) {
        float[] r = new float[columns.length];
        for (int c = 0; c < columns.length; c++) {
            r[c] = ev.feature(i, columns[c]);
        }
        return r;
    }

    /**
     * The score of every event of a sample: event i is scored by the classifier of its fold under
     * {@code salt} (for a training sample, the one that did not see it; for any other sample, an
     * independent classifier chosen by the hash).
     */
    public float[] scores(SelectedEvents ev, long salt) {
        int k = folds.size();
        SplitSampler split = new SplitSampler(0.5, salt);
        int nf = columns.length;
        float[] out = new float[ev.size()];
        for (int f = 0; f < k; f++) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < ev.size(); i++) {
                if (split.fold(ev.eventNumber(i), k) == f) {
                    idx.add(i);
                }
            }
            if (idx.isEmpty()) {
                continue;
            }
            float[] rows = new float[idx.size() * nf];
            for (int j = 0; j < idx.size(); j++) {
                System.arraycopy(row(ev, idx.get(j), columns), 0, rows, j * nf, nf);
            }
            float[] sc = folds.get(f).scores(rows, idx.size());
            for (int j = 0; j < idx.size(); j++) {
                out[idx.get(j)] = sc[j];
            }
        }
        return out;
    }

    /** Weighted ROC AUC of the out-of-fold scores of the training events. */
    public double outOfFoldAuc() {
        return outOfFoldAuc;
    }

    /** Mean weighted ROC AUC of each classifier on its own training events; well above {@link #outOfFoldAuc} means overtraining. */
    public double inFoldAuc() {
        return inFoldAuc;
    }

    /** Training events (signal, background), all folds. */
    public int[] trainingEvents() {
        return trainingEvents.clone();
    }

    /** Number of folds. */
    public int folds() {
        return folds.size();
    }

    /** Gain importance of the first fold's classifier, by feature name. */
    public Map<String, Double> featureImportance() {
        return folds.get(0).featureImportance();
    }

    @Override
    public String toString() {
        return "CrossTrainedBdt[" + folds.size() + " folds, columns " + Arrays.toString(columns) + "]";
    }
}

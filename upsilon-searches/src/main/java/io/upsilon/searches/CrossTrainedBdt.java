package io.upsilon.searches;

import io.upsilon.analysis.mva.BdtConfig;
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
 * simulated events can fill the fit templates (the training itself is {@link CrossTrainedClassifier}'s;
 * this class feeds it the selected events' feature columns). The salts and the XGBoost seed come from named
 * streams ({@link #splitSalt}, {@link #xgboostSeed}).
 */
public final class CrossTrainedBdt {
    private final CrossTrainedClassifier classifier;
    private final int[] columns;
    private final int[] trainingEvents;

    private CrossTrainedBdt(CrossTrainedClassifier classifier, int[] columns, int[] n) {
        this.classifier = classifier;
        this.columns = columns.clone();
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
        CrossTrainedClassifier.Rows rows = new CrossTrainedClassifier.Rows(columns.length);
        for (Input in : inputs) {
            SplitSampler split = new SplitSampler(0.5, in.salt());
            for (int i = 0; i < in.events().size(); i++) {
                if (in.uses(i)) {
                    rows.add(
                            row(in.events(), i, columns),
                            in.label(),
                            in.events().weight(i),
                            split.fold(in.events().eventNumber(i), k));
                }
            }
        }
        CrossTrainedClassifier classifier = CrossTrainedClassifier.train(featureNames, rows, k, config);
        return new CrossTrainedBdt(
                classifier, columns, new int[] {rows.count(TrainingSet.SIGNAL), rows.count(TrainingSet.BACKGROUND)});
    }

    /**
     * Wraps a classifier trained on rows built by the caller (for weights or a row selection that
     * {@link Input} does not express), so that selected events are scored fold by fold as for one
     * trained by {@link #train}.
     *
     * @param classifier the cross-trained classifier; its rows' folds must come from {@link
     *     SplitSampler#fold} of each event number under its sample's {@link #splitSalt}
     * @param columns the feature columns of the selected events, in the classifier's feature order
     * @throws IllegalArgumentException when the columns do not match the classifier's features
     */
    public static CrossTrainedBdt of(CrossTrainedClassifier classifier, int[] columns) {
        Objects.requireNonNull(classifier, "classifier");
        TrainingSet set = classifier.trainingSet();
        if (set.featureNames().size() != columns.length) {
            throw new IllegalArgumentException(
                    columns.length + " columns for " + set.featureNames().size() + " features");
        }
        return new CrossTrainedBdt(
                classifier, columns, new int[] {set.count(TrainingSet.SIGNAL), set.count(TrainingSet.BACKGROUND)});
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
        int k = classifier.folds();
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
            float[] sc = classifier.scores(rows, idx.size(), f);
            for (int j = 0; j < idx.size(); j++) {
                out[idx.get(j)] = sc[j];
            }
        }
        return out;
    }

    /** Weighted ROC AUC of the out-of-fold scores of the training events. */
    public double outOfFoldAuc() {
        return classifier.outOfFoldAuc();
    }

    /** Mean weighted ROC AUC of each classifier on its own training events; well above {@link #outOfFoldAuc} means overtraining. */
    public double inFoldAuc() {
        return classifier.inFoldAuc();
    }

    /** Training events (signal, background), all folds. */
    public int[] trainingEvents() {
        return trainingEvents.clone();
    }

    /** Number of folds. */
    public int folds() {
        return classifier.folds();
    }

    /** Gain importance of the first fold's classifier, by feature name. */
    public Map<String, Double> featureImportance() {
        return classifier.featureImportance();
    }

    @Override
    public String toString() {
        return "CrossTrainedBdt[" + classifier.folds() + " folds, columns " + Arrays.toString(columns) + "]";
    }
}

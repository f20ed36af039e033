package io.upsilon.analysis.mva;

/**
 * A training set cut in two by {@link SplitSampler#split}.
 *
 * @param train the events not in the test fold
 * @param test the events in the test fold
 */
public record TrainTestSplit(TrainingSet train, TrainingSet test) {
    /** Both parts are required. */
    public TrainTestSplit {
        if (train == null || test == null) {
            throw new IllegalArgumentException("train and test must not be null");
        }
    }
}

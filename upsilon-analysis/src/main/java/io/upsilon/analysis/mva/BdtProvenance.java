package io.upsilon.analysis.mva;

/**
 * Where a trained {@link Bdt} came from: enough to tell whether two models were trained on the same
 * data with the same settings.
 *
 * @param seed the training seed ({@link BdtConfig#seed()})
 * @param nthread the number of training threads
 * @param signalEvents number of signal (label 1) training events
 * @param backgroundEvents number of background (label 0) training events
 * @param signalWeightSum sum of the signal event weights as given (before class re-weighting)
 * @param backgroundWeightSum sum of the background event weights as given
 * @param trainingSha256 {@link TrainingSet#sha256()} of the training set
 * @param validationSha256 {@link TrainingSet#sha256()} of the validation set, or "" if none
 * @param treesUsed number of trees used for scoring (the best iteration + 1 with early stopping)
 * @param xgboostVersion the xgboost4j version that trained the model
 */
public record BdtProvenance(
        int seed,
        int nthread,
        int signalEvents,
        int backgroundEvents,
        double signalWeightSum,
        double backgroundWeightSum,
        String trainingSha256,
        String validationSha256,
        int treesUsed,
        String xgboostVersion) {

    /** Checks counts, sums and that the strings are present. */
    public BdtProvenance {
        if (signalEvents < 1 || backgroundEvents < 1) {
            throw new IllegalArgumentException(
                    "both classes need events, got signal " + signalEvents + " and background " + backgroundEvents);
        }
        if (!(signalWeightSum > 0) || !(backgroundWeightSum > 0)) {
            throw new IllegalArgumentException("weight sums must be > 0, got signal " + signalWeightSum
                    + " and background " + backgroundWeightSum);
        }
        if (trainingSha256 == null || trainingSha256.length() != 64) {
            throw new IllegalArgumentException("trainingSha256 must be 64 hex digits");
        }
        if (validationSha256 == null || xgboostVersion == null) {
            throw new IllegalArgumentException("validationSha256 and xgboostVersion must not be null");
        }
        if (treesUsed < 1 || nthread < 1) {
            throw new IllegalArgumentException("treesUsed and nthread must be >= 1");
        }
    }
}

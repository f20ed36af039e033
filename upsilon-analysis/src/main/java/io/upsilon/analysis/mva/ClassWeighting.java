package io.upsilon.analysis.mva;

/** How the per-event weights of a {@link TrainingSet} enter the training. */
public enum ClassWeighting {
    /**
     * Rescale the weights of each class so that signal and background have equal sums, each equal to
     * half the number of training events (the mean weight is then 1, so {@code min_child_weight}
     * keeps its usual meaning). The default: background events carry luminosity weights that would
     * otherwise make one class dominate.
     */
    BALANCED,
    /** Use the event weights as they are. */
    RAW
}

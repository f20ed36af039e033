package io.upsilon.analysis.mva;

/**
 * Assigns events to a training or test sample (or to one of k folds) by a hash of the event number
 * and a salt, so that an event always lands in the same sample whatever the order, partitioning or
 * number of threads that produced it. No random generator is involved.
 *
 * <p>The hash is the 64-bit SplitMix64 finaliser applied to {@code eventNumber + salt * golden
 * ratio}; its top 53 bits give a uniform number {@code u} in [0, 1), and the event is a test event
 * when {@code u < testFraction}.
 */
public final class SplitSampler {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final double testFraction;
    private final long salt;

    /**
     * @param testFraction fraction of events sent to the test sample, in (0, 1)
     * @param salt any value; different salts give independent splits
     * @throws IllegalArgumentException if the fraction is outside (0, 1)
     */
    public SplitSampler(double testFraction, long salt) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        this.testFraction = testFraction;
        this.salt = salt;
    }

    /** The fraction of events sent to the test sample. */
    public double testFraction() {
        return testFraction;
    }

    /** The salt of the hash. */
    public long salt() {
        return salt;
    }

    /** The 64-bit hash of an event number under this salt. */
    long hash(long eventNumber) {
        long z = eventNumber + salt * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** True if the event belongs to the test sample. */
    public boolean isTest(long eventNumber) {
        return (hash(eventNumber) >>> 11) * 0x1.0p-53 < testFraction;
    }

    /**
     * The fold, in [0, folds), of an event for k-fold training (independent of the test fraction).
     *
     * @throws IllegalArgumentException if {@code folds < 2}
     */
    public int fold(long eventNumber, int folds) {
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
        return (int) Long.remainderUnsigned(hash(eventNumber), folds);
    }

    /**
     * Splits a set whose row {@code i} is event {@code eventNumbers[i]}.
     *
     * @throws IllegalArgumentException if the lengths differ or either part lacks a class
     */
    public TrainTestSplit split(TrainingSet set, long[] eventNumbers) {
        if (set == null || eventNumbers == null || eventNumbers.length != set.size()) {
            throw new IllegalArgumentException("need one event number per row of the set");
        }
        int nTest = 0;
        for (long e : eventNumbers) {
            if (isTest(e)) {
                nTest++;
            }
        }
        int[] train = new int[set.size() - nTest];
        int[] test = new int[nTest];
        int a = 0;
        int b = 0;
        for (int i = 0; i < eventNumbers.length; i++) {
            if (isTest(eventNumbers[i])) {
                test[b++] = i;
            } else {
                train[a++] = i;
            }
        }
        return new TrainTestSplit(set.subset(train), set.subset(test));
    }
}

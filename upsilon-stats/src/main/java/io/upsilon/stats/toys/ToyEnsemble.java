package io.upsilon.stats.toys;

import io.upsilon.stats.fit.FitStatus;
import io.upsilon.stats.infer.TestStatistic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The test-statistic values of a set of pseudo-experiments thrown under one hypothesis and tested
 * at one POI value, with the status of the two fits behind each value. Toys that failed are kept
 * (value NaN) so that they are counted, and left out of every distribution.
 *
 * <p>A toy is identified by its {@code source} (the random-stream family it was drawn from, e.g.
 * {@code seed=42}) and its index in that family: two runs with the same seed and disjoint index
 * ranges, or with different seeds, {@link #merge} into the ensemble a single run would have given.
 * Toys are kept sorted by (source, index), so the merged ensemble does not depend on the order of
 * the merge.
 */
public final class ToyEnsemble {

    /**
     * What an ensemble is a sample of.
     *
     * @param hypothesis {@code sb} (signal+background, thrown at the tested POI) or {@code b}
     *     (background: thrown at POI 0, or 1 for q0)
     * @param testStatistic the test statistic
     * @param testedPoi the POI value tested on every toy
     * @param generatedPoi the POI value the toys were thrown at
     */
    public record Key(String hypothesis, TestStatistic testStatistic, double testedPoi, double generatedPoi) {
        /** Validates. */
        public Key {
            if (!"sb".equals(hypothesis) && !"b".equals(hypothesis)) {
                throw new IllegalArgumentException("hypothesis must be sb or b, got " + hypothesis);
            }
            Objects.requireNonNull(testStatistic);
            if (!Double.isFinite(testedPoi) || !Double.isFinite(generatedPoi)) {
                throw new IllegalArgumentException("POI values must be finite");
            }
        }
    }

    /**
     * One toy.
     *
     * @param source the random-stream family it was drawn from
     * @param index its index in that family
     * @param value the test statistic (NaN if a fit failed)
     * @param freeFit status of the free fit
     * @param conditionalFit status of the fit with the POI fixed at the tested value
     * @param retried whether a fit needed the retry ladder (a toy it rescued counts as usable)
     */
    public record Toy(
            String source, long index, double value, FitStatus freeFit, FitStatus conditionalFit, boolean retried) {
        /** A toy whose fits converged at the first attempt or failed without retries. */
        public Toy(String source, long index, double value, FitStatus freeFit, FitStatus conditionalFit) {
            this(source, index, value, freeFit, conditionalFit, false);
        }

        /** Validates. */
        public Toy {
            Objects.requireNonNull(source);
            Objects.requireNonNull(freeFit);
            Objects.requireNonNull(conditionalFit);
            if (index < 0) {
                throw new IllegalArgumentException("toy index must be >= 0, got " + index);
            }
        }

        /** Whether both fits converged and the value is usable. */
        public boolean ok() {
            return freeFit.ok() && conditionalFit.ok() && Double.isFinite(value);
        }
    }

    private static final Comparator<Toy> ORDER =
            Comparator.comparing(Toy::source).thenComparingLong(Toy::index);

    private final Key key;
    private final List<Toy> toys;
    private final double[] sortedValues;
    private final int failures;

    private ToyEnsemble(Key key, List<Toy> sortedToys) {
        this.key = key;
        this.toys = List.copyOf(sortedToys);
        this.sortedValues =
                toys.stream().filter(Toy::ok).mapToDouble(Toy::value).sorted().toArray();
        this.failures = toys.size() - sortedValues.length;
    }

    /** An ensemble of {@code toys}; throws if a (source, index) pair occurs twice. */
    public static ToyEnsemble of(Key key, Collection<Toy> toys) {
        Objects.requireNonNull(key);
        List<Toy> sorted = new ArrayList<>(toys);
        sorted.sort(ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException("toy " + sorted.get(i).index() + " of "
                        + sorted.get(i).source() + " occurs twice (the same toys merged twice?)");
            }
        }
        return new ToyEnsemble(key, sorted);
    }

    /**
     * The union of this ensemble and {@code other}: same key required, no toy in both (merging
     * the same toys twice would double-count them silently).
     */
    public ToyEnsemble merge(ToyEnsemble other) {
        if (!key.equals(other.key)) {
            throw new IllegalArgumentException("cannot merge toys of " + key + " with toys of " + other.key);
        }
        Set<String> mine = new HashSet<>();
        for (Toy t : toys) {
            mine.add(t.source() + "#" + t.index());
        }
        for (Toy t : other.toys) {
            if (mine.contains(t.source() + "#" + t.index())) {
                throw new IllegalArgumentException("toy " + t.index() + " of " + t.source()
                        + " is in both ensembles (the same toys merged twice?)");
            }
        }
        List<Toy> all = new ArrayList<>(toys);
        all.addAll(other.toys);
        all.sort(ORDER);
        return new ToyEnsemble(key, all);
    }

    /** What the ensemble samples. */
    public Key key() {
        return key;
    }

    /** Every toy, failed ones included, sorted by (source, index). */
    public List<Toy> toys() {
        return toys;
    }

    /** Number of toys, failed ones included. */
    public int size() {
        return toys.size();
    }

    /** Number of toys with a failed fit (left out of {@link #sortedValues()}). */
    public int failures() {
        return failures;
    }

    /** Number of toys whose fits needed the retry ladder (rescued or not). */
    public int retried() {
        return (int) toys.stream().filter(Toy::retried).count();
    }

    /** The usable test-statistic values, ascending. */
    public double[] sortedValues() {
        return sortedValues.clone();
    }

    /** Fraction of usable toys with a value at or above {@code v} (a p-value); NaN if there are none. */
    public double tail(double v) {
        double[] s = sortedValues;
        if (s.length == 0) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = s.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) (s.length - lo) / s.length;
    }

    /** The {@code q}-th percentile (0-100) of the usable values, numpy.percentile's linear interpolation. */
    public double percentile(double q) {
        double[] s = sortedValues;
        if (s.length == 0) {
            return Double.NaN;
        }
        double pos = q / 100 * (s.length - 1);
        int i = (int) Math.floor(pos);
        if (i >= s.length - 1) {
            return s[s.length - 1];
        }
        return s[i] + (pos - i) * (s[i + 1] - s[i]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ToyEnsemble e && key.equals(e.key) && toys.equals(e.toys);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, toys);
    }

    @Override
    public String toString() {
        return "ToyEnsemble[" + key + ", " + toys.size() + " toys, " + failures + " failed, values "
                + (sortedValues.length > 4
                        ? Arrays.toString(Arrays.copyOf(sortedValues, 4)) + "..."
                        : Arrays.toString(sortedValues))
                + "]";
    }
}

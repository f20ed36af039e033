package io.upsilon.searches;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A cut flow: for each selection step, the number of events and the sum of their weights (and of
 * squared weights, for the Monte Carlo error) that pass it and every step before. Mutable while a
 * partition fills it; {@link #merge} is associative, so partial cut flows combine in any grouping.
 */
public final class CutFlow implements Serializable {
    /** Serializable so that a cluster engine can send partial results back to the driver. */
    private static final long serialVersionUID = 1L;

    private final List<String> steps;
    private final long[] counts;
    private final double[] sumw;
    private final double[] sumw2;

    /** An empty cut flow over the named steps (at least one). */
    public CutFlow(List<String> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a cut flow needs at least one step");
        }
        this.steps = List.copyOf(steps);
        this.counts = new long[steps.size()];
        this.sumw = new double[steps.size()];
        this.sumw2 = new double[steps.size()];
    }

    /** The step names in order. */
    public List<String> steps() {
        return steps;
    }

    /** Records an event of weight {@code w} that passed steps 0 .. {@code lastPassed}. */
    public void pass(int lastPassed, double w) {
        if (lastPassed >= steps.size()) {
            throw new IllegalArgumentException("step " + lastPassed + " of " + steps.size());
        }
        for (int i = 0; i <= lastPassed; i++) {
            counts[i]++;
            sumw[i] += w;
            sumw2[i] += w * w;
        }
    }

    /**
     * A copy of this cut flow followed by the (empty) steps {@code more}: for steps applied after the
     * per-event selection (e.g. classifier cuts), filled with {@link #passFrom}.
     */
    public CutFlow extendedBy(List<String> more) {
        List<String> all = new java.util.ArrayList<>(steps);
        all.addAll(more);
        CutFlow out = new CutFlow(all);
        System.arraycopy(counts, 0, out.counts, 0, counts.length);
        System.arraycopy(sumw, 0, out.sumw, 0, sumw.length);
        System.arraycopy(sumw2, 0, out.sumw2, 0, sumw2.length);
        return out;
    }

    /**
     * Records that an event of weight {@code w}, already counted up to step {@code first - 1},
     * also passed steps {@code first} .. {@code lastPassed} (nothing when {@code lastPassed < first}).
     */
    public void passFrom(int first, int lastPassed, double w) {
        if (first < 1 || lastPassed >= steps.size()) {
            throw new IllegalArgumentException("steps " + first + ".." + lastPassed + " of " + steps.size());
        }
        for (int i = first; i <= lastPassed; i++) {
            counts[i]++;
            sumw[i] += w;
            sumw2[i] += w * w;
        }
    }

    /** Events passing step {@code i}. */
    public long count(int i) {
        return counts[i];
    }

    /** Sum of weights passing step {@code i} (expected events). */
    public double weight(int i) {
        return sumw[i];
    }

    /** Monte Carlo error of {@link #weight(int)}: sqrt of the sum of squared weights. */
    public double weightError(int i) {
        return Math.sqrt(sumw2[i]);
    }

    /** Weighted efficiency of step {@code i} relative to step 0 (NaN if step 0 is empty). */
    public double efficiency(int i) {
        return sumw[0] == 0 ? Double.NaN : sumw[i] / sumw[0];
    }

    /** A new cut flow with both contents; the steps must be the same. */
    public CutFlow merge(CutFlow other) {
        if (!steps.equals(other.steps)) {
            throw new IllegalArgumentException("cannot merge cut flows with different steps");
        }
        CutFlow out = new CutFlow(steps);
        for (int i = 0; i < counts.length; i++) {
            out.counts[i] = counts[i] + other.counts[i];
            out.sumw[i] = sumw[i] + other.sumw[i];
            out.sumw2[i] = sumw2[i] + other.sumw2[i];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CutFlow c
                && steps.equals(c.steps)
                && Arrays.equals(counts, c.counts)
                && Arrays.equals(sumw, c.sumw)
                && Arrays.equals(sumw2, c.sumw2);
    }

    @Override
    public int hashCode() {
        return steps.hashCode() * 31 + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            b.append(String.format(Locale.ROOT, "%-40s %10d %14.6g%n", steps.get(i), counts[i], sumw[i]));
        }
        return b.toString();
    }
}

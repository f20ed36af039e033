package io.upsilon.searches;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the fine bins of a histogram become the bins of a fit: group {@code k} is the fine bins
 * {@code [bound(k), bound(k+1))}. A group's content is the sum of its fine contents and its
 * error the square root of the sum of its fine variances (the Monte Carlo error of the summed
 * weights). Immutable.
 *
 * <p>Fine bins are indexed as in {@link Hist1D#content(int)} (0 is the first in-range bin); the
 * under- and overflow never enter a fit.
 */
public final class BinGrouping {
    private final int[] bounds;

    private BinGrouping(int[] bounds) {
        if (bounds.length < 2) {
            throw new IllegalArgumentException(
                    "a bin grouping needs at least one group (two bounds), got " + Arrays.toString(bounds));
        }
        if (bounds[0] < 0) {
            throw new IllegalArgumentException("bin grouping bounds must be >= 0, got " + Arrays.toString(bounds));
        }
        for (int k = 1; k < bounds.length; k++) {
            if (bounds[k] <= bounds[k - 1]) {
                throw new IllegalArgumentException(
                        "bin grouping bounds must increase strictly, got " + Arrays.toString(bounds));
            }
        }
        this.bounds = bounds;
    }

    /** The grouping with the given fine-bin bounds (strictly increasing, at least two). */
    public static BinGrouping of(int... bounds) {
        return new BinGrouping(bounds.clone());
    }

    /** Every one of {@code fineBins} fine bins is its own group. */
    public static BinGrouping allBins(int fineBins) {
        if (fineBins < 1) {
            throw new IllegalArgumentException("need at least one fine bin, got " + fineBins);
        }
        int[] b = new int[fineBins + 1];
        for (int i = 0; i <= fineBins; i++) {
            b[i] = i;
        }
        return new BinGrouping(b);
    }

    /**
     * The fine bins {@code [first, last)} split into {@code min(groups, last - first)} groups of
     * (nearly) equal numbers of fine bins: bound {@code k} is {@code first + round(k (last -
     * first) / groups)}.
     */
    public static BinGrouping window(int first, int last, int groups) {
        if (first < 0 || last <= first) {
            throw new IllegalArgumentException(
                    "window of fine bins needs 0 <= first < last, got [" + first + ", " + last + ")");
        }
        if (groups < 1) {
            throw new IllegalArgumentException("window needs at least one group, got " + groups);
        }
        int nFine = last - first;
        int n = Math.min(groups, nFine);
        int[] b = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            b[k] = first + (int) Math.round((double) k * nFine / n);
        }
        return new BinGrouping(b);
    }

    /**
     * The fine bins of a regular {@code axis} that cover {@code [lo, hi]}, clipped to the axis (at
     * least one fine bin), split as in {@link #window(int, int, int)}.
     */
    public static BinGrouping window(Axis axis, double lo, double hi, int groups) {
        if (!axis.isRegular()) {
            throw new IllegalArgumentException("a window by value needs a regular axis, got " + axis);
        }
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("window needs lo <= hi, got [" + lo + ", " + hi + "]");
        }
        double w = axis.width(0);
        int first = (int) Math.max(0, Math.floor((lo - axis.lo()) / w));
        int last = (int) Math.min(axis.bins(), Math.ceil((hi - axis.lo()) / w));
        if (last <= first) {
            last = Math.min(axis.bins(), first + 1);
        }
        if (last <= first) {
            throw new IllegalArgumentException(
                    "window [" + lo + ", " + hi + "] lies above the axis [" + axis.lo() + ", " + axis.hi() + ")");
        }
        return window(first, last, groups);
    }

    /**
     * This grouping with every group whose {@code expected} sum is not positive merged into a
     * neighbour: groups are taken from the left and a group closes once its running sum is
     * positive; an empty tail joins the last closed group. When no group has a positive sum the
     * result is one group over the whole range. Why: a fit bin with nothing expected from the
     * backgrounds has no Monte Carlo-statistics constraint (and no likelihood without signal).
     *
     * @param expected the expected (background) content of every fine bin, at least up to {@link
     *     #last()}
     */
    public BinGrouping mergeEmpty(double[] expected) {
        if (expected.length < last()) {
            throw new IllegalArgumentException(
                    "expected contents cover " + expected.length + " fine bins, the grouping needs " + last());
        }
        List<Integer> merged = new ArrayList<>();
        merged.add(bounds[0]);
        for (int k = 1; k < bounds.length; k++) {
            double sum = 0;
            for (int i = merged.get(merged.size() - 1); i < bounds[k]; i++) {
                sum += expected[i];
            }
            if (sum > 0) {
                merged.add(bounds[k]);
            } else if (k == bounds.length - 1 && merged.size() > 1) {
                merged.set(merged.size() - 1, bounds[k]);
            }
        }
        if (merged.size() < 2) {
            merged.add(last());
        }
        return new BinGrouping(merged.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The number of groups (fit bins). */
    public int groups() {
        return bounds.length - 1;
    }

    /** The first fine bin of the first group. */
    public int first() {
        return bounds[0];
    }

    /** One past the last fine bin of the last group. */
    public int last() {
        return bounds[bounds.length - 1];
    }

    /** The fine-bin bounds (a copy): group {@code k} is {@code [bounds[k], bounds[k+1])}. */
    public int[] bounds() {
        return bounds.clone();
    }

    /** The groups' edges on {@code axis} (the axis of the fine histograms). */
    public double[] edges(Axis axis) {
        if (last() > axis.bins()) {
            throw new IllegalArgumentException("grouping needs " + last() + " fine bins, the axis has " + axis.bins());
        }
        double[] e = new double[bounds.length];
        for (int k = 0; k < e.length; k++) {
            e[k] = axis.edge(bounds[k]);
        }
        return e;
    }

    /** The summed contents of each group, fine bins added left to right. */
    public double[] contents(Hist1D h) {
        return sum(h, false);
    }

    /** The error of each group: the square root of its summed fine variances. */
    public double[] errors(Hist1D h) {
        return sum(h, true);
    }

    /** Adds {@code values[bounds[k] .. bounds[k+1])} for each group, left to right. */
    public double[] contents(double[] values) {
        checkCovers(values.length);
        double[] out = new double[groups()];
        for (int k = 0; k < out.length; k++) {
            double s = 0;
            for (int i = bounds[k]; i < bounds[k + 1]; i++) {
                s += values[i];
            }
            out[k] = s;
        }
        return out;
    }

    private double[] sum(Hist1D h, boolean errors) {
        checkCovers(h.bins());
        double[] out = new double[groups()];
        for (int k = 0; k < out.length; k++) {
            double s = 0;
            for (int i = bounds[k]; i < bounds[k + 1]; i++) {
                s += errors ? h.variance(i) : h.content(i);
            }
            out[k] = errors ? Math.sqrt(s) : s;
        }
        return out;
    }

    private void checkCovers(int fineBins) {
        if (last() > fineBins) {
            throw new IllegalArgumentException(
                    "grouping needs " + last() + " fine bins, the histogram has " + fineBins);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinGrouping g && Arrays.equals(g.bounds, bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return "BinGrouping" + Arrays.toString(bounds);
    }
}

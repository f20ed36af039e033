package io.upsilon.core.hist;

import java.util.Arrays;

/**
 * A binning of the real line: {@code bins()} adjacent half-open bins {@code [edge(i), edge(i+1))}
 * between {@link #lo()} and {@link #hi()}, either regular (equal widths) or with variable edges.
 *
 * <p>Values below {@code lo} (including {@code -Infinity}) fall in the underflow, values at or
 * above {@code hi} (including {@code +Infinity}) in the overflow, and {@code NaN} has its own
 * index {@link #NAN}. Axes are immutable values: two axes are equal when they are of the same kind
 * (regular or variable) and have bit-identical edges.
 */
public final class Axis {
    /** Index returned by {@link #index(double)} for values below {@link #lo()}. */
    public static final int UNDERFLOW = -1;

    /** Index returned by {@link #index(double)} for {@code NaN}. */
    public static final int NAN = -2;

    /** Largest number of bins accepted (guards memory against corrupt input files). */
    public static final int MAX_BINS = 10_000_000;

    private final boolean regular;
    private final double[] edges;
    private final double lo;
    private final double hi;
    private final double binsPerUnit;

    private Axis(boolean regular, double[] edges) {
        this.regular = regular;
        this.edges = edges;
        this.lo = edges[0];
        this.hi = edges[edges.length - 1];
        this.binsPerUnit = (edges.length - 1) / (hi - lo);
    }

    /**
     * A regular axis of {@code bins} equal bins from {@code lo} to {@code hi}.
     *
     * @throws IllegalArgumentException unless {@code 0 < bins <= MAX_BINS}, {@code lo} and {@code
     *     hi} are finite with {@code lo < hi}, and the bins are wider than the floating-point
     *     resolution
     */
    public static Axis regular(int bins, double lo, double hi) {
        if (bins <= 0 || bins > MAX_BINS) {
            throw new IllegalArgumentException(
                    "regular axis: number of bins must be in 1.." + MAX_BINS + ", got " + bins);
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi) || !Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException(
                    "regular axis: need finite lo < hi (with finite hi - lo), got lo = " + lo + ", hi = " + hi);
        }
        double[] edges = new double[bins + 1];
        double width = hi - lo;
        for (int i = 0; i < bins; i++) {
            edges[i] = lo + width * i / bins + 0.0;
        }
        edges[bins] = hi + 0.0;
        checkIncreasing(edges, "regular axis (" + bins + " bins in [" + lo + ", " + hi + "))");
        return new Axis(true, edges);
    }

    /**
     * An axis with the given bin edges ({@code edges.length - 1} bins).
     *
     * @throws IllegalArgumentException unless there are at least 2 edges (at most {@code MAX_BINS +
     *     1}), all finite and strictly increasing
     */
    public static Axis variable(double... edges) {
        if (edges == null || edges.length < 2 || edges.length > MAX_BINS + 1) {
            throw new IllegalArgumentException("variable axis: need 2.." + (MAX_BINS + 1) + " edges, got "
                    + (edges == null ? "null" : String.valueOf(edges.length)));
        }
        double[] copy = new double[edges.length];
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i])) {
                throw new IllegalArgumentException("variable axis: edge " + i + " must be finite, got " + edges[i]);
            }
            copy[i] = edges[i] + 0.0; // -0.0 becomes 0.0: one representation per edge value
        }
        checkIncreasing(copy, "variable axis");
        if (!Double.isFinite(copy[copy.length - 1] - copy[0])) {
            throw new IllegalArgumentException("variable axis: hi - lo must be finite, got edges from " + copy[0]
                    + " to " + copy[copy.length - 1]);
        }
        return new Axis(false, copy);
    }

    private static void checkIncreasing(double[] edges, String what) {
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i - 1] < edges[i])) {
                throw new IllegalArgumentException(what + ": edges must be strictly increasing, but edge " + (i - 1)
                        + " = " + edges[i - 1] + " and edge " + i + " = " + edges[i]);
            }
        }
    }

    /** Whether this axis was built with {@link #regular(int, double, double)}. */
    public boolean isRegular() {
        return regular;
    }

    /** Number of bins (flow bins not counted). */
    public int bins() {
        return edges.length - 1;
    }

    /** Lower edge of the first bin. */
    public double lo() {
        return lo;
    }

    /** Upper edge of the last bin. */
    public double hi() {
        return hi;
    }

    /** Edge {@code i}, for {@code 0 <= i <= bins()}. */
    public double edge(int i) {
        return edges[i];
    }

    /** All {@code bins() + 1} edges (a copy). */
    public double[] edges() {
        return edges.clone();
    }

    /** Lower edge of bin {@code i}. */
    public double binLow(int i) {
        checkBin(i);
        return edges[i];
    }

    /** Upper edge of bin {@code i}. */
    public double binHigh(int i) {
        checkBin(i);
        return edges[i + 1];
    }

    /** Centre of bin {@code i}. */
    public double centre(int i) {
        checkBin(i);
        return 0.5 * (edges[i] + edges[i + 1]);
    }

    /** Width of bin {@code i}. */
    public double width(int i) {
        checkBin(i);
        return edges[i + 1] - edges[i];
    }

    /** Centres of all bins. */
    public double[] centres() {
        double[] c = new double[bins()];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (edges[i] + edges[i + 1]);
        }
        return c;
    }

    /**
     * The bin holding {@code x}: {@code 0..bins()-1} in range, {@link #UNDERFLOW} below {@code lo},
     * {@code bins()} at or above {@code hi}, {@link #NAN} for {@code NaN}. Consistent with {@link
     * #edge(int)}: bin {@code i} holds exactly the {@code x} with {@code edge(i) <= x < edge(i+1)}.
     * Allocation-free.
     */
    public int index(double x) {
        if (x != x) {
            return NAN;
        }
        if (x < lo) {
            return UNDERFLOW;
        }
        int n = edges.length - 1;
        if (x >= hi) {
            return n;
        }
        int i;
        if (regular) {
            i = (int) ((x - lo) * binsPerUnit);
            if (i >= n) {
                i = n - 1;
            }
            // The multiplication may round across an edge: step to the bin the edges say.
            while (i > 0 && x < edges[i]) {
                i--;
            }
            while (i < n - 1 && x >= edges[i + 1]) {
                i++;
            }
        } else {
            int low = 0;
            int high = n - 1;
            while (low < high) { // invariant: edges[low] <= x < edges[high + 1]
                int mid = (low + high + 1) >>> 1;
                if (x < edges[mid]) {
                    high = mid - 1;
                } else {
                    low = mid;
                }
            }
            i = low;
        }
        return i;
    }

    private void checkBin(int i) {
        if (i < 0 || i >= edges.length - 1) {
            throw new IndexOutOfBoundsException("bin " + i + " outside 0.." + (edges.length - 2));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Axis a && a.regular == regular && Arrays.equals(a.edges, edges);
    }

    @Override
    public int hashCode() {
        return 31 * Boolean.hashCode(regular) + Arrays.hashCode(edges);
    }

    @Override
    public String toString() {
        if (regular) {
            return "Axis.regular(" + bins() + ", " + lo + ", " + hi + ")";
        }
        return "Axis.variable(" + Arrays.toString(edges) + ")";
    }
}

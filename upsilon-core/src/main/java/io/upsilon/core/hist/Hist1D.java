package io.upsilon.core.hist;

import java.util.Arrays;
import java.util.Objects;

/**
 * A weighted one-dimensional histogram: per bin the sum of weights ({@code sumw}) and the sum of
 * squared weights ({@code sumw2}, the variance estimate), with underflow, overflow and a separate
 * {@code NaN} bin, and the number of fills ({@link #entries()}).
 *
 * <p>Filling is in place and allocation-free ({@link #fill(double, double)} touches two primitive
 * arrays); {@link #add(Hist1D)} accumulates another histogram in place for hot loops. {@link
 * #merge(Hist1D)} and {@link #scaled(double)} return new histograms and leave their inputs alone.
 * Merging adds bin by bin, so it is exactly commutative and associative up to floating-point
 * rounding (exactly associative when all sums are integers below 2^53, e.g. unweighted fills).
 *
 * <p>{@code NaN} values go to the {@link Flow#NAN} bin, never into under- or overflow; they are
 * counted in {@link #entries()} but left out of every {@link #integral(boolean) integral}. Weights
 * must be finite (negative weights are allowed).
 *
 * <p>Not thread-safe: fill one histogram per thread (or partition) and merge the results. Two
 * histograms are {@link #equals equal} when axes, entries and all sums (flow included) are
 * bit-identical.
 */
public final class Hist1D {
    private final Axis axis;
    // Layout: [0] underflow, [1..n] bins, [n+1] overflow, [n+2] NaN.
    private final double[] sumw;
    private final double[] sumw2;
    private long entries;

    /** An empty histogram on the given axis. */
    public Hist1D(Axis axis) {
        this.axis = Objects.requireNonNull(axis, "axis");
        this.sumw = new double[axis.bins() + 3];
        this.sumw2 = new double[axis.bins() + 3];
    }

    private Hist1D(Axis axis, double[] sumw, double[] sumw2, long entries) {
        this.axis = axis;
        this.sumw = sumw;
        this.sumw2 = sumw2;
        this.entries = entries;
    }

    /**
     * A histogram from its sums, flow included: both arrays have {@code bins + 3} elements laid out
     * as {@code [underflow, bin 0, ..., bin n-1, overflow, nan]} (copied).
     *
     * @throws IllegalArgumentException on a wrong length, a {@code NaN} sum, a negative or {@code NaN}
     *     {@code sumw2}, or negative {@code entries}
     */
    public static Hist1D of(Axis axis, double[] sumwWithFlow, double[] sumw2WithFlow, long entries) {
        Objects.requireNonNull(axis, "axis");
        int n = axis.bins() + 3;
        HistChecks.checkSums(sumwWithFlow, sumw2WithFlow, n, "Hist1D with " + axis.bins() + " bins");
        if (entries < 0) {
            throw new IllegalArgumentException("entries must be >= 0, got " + entries);
        }
        return new Hist1D(axis, sumwWithFlow.clone(), sumw2WithFlow.clone(), entries);
    }

    // ---- filling ----

    /** Adds {@code x} with weight 1. */
    public void fill(double x) {
        int s = slot(x);
        sumw[s] += 1.0;
        sumw2[s] += 1.0;
        entries++;
    }

    /**
     * Adds {@code x} with weight {@code w}.
     *
     * @throws IllegalArgumentException if {@code w} is not finite
     */
    public void fill(double x, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException("histogram weight must be finite, got " + w + " for x = " + x);
        }
        int s = slot(x);
        sumw[s] += w;
        sumw2[s] += w * w;
        entries++;
    }

    /** Adds every value with weight 1. */
    public void fill(double[] xs) {
        for (double x : xs) {
            fill(x);
        }
    }

    /**
     * Adds {@code xs[i]} with weight {@code ws[i]}.
     *
     * @throws IllegalArgumentException if the arrays differ in length or a weight is not finite
     */
    public void fill(double[] xs, double[] ws) {
        if (xs.length != ws.length) {
            throw new IllegalArgumentException(
                    "values and weights differ in length: " + xs.length + " vs " + ws.length);
        }
        for (int i = 0; i < xs.length; i++) {
            fill(xs[i], ws[i]);
        }
    }

    private int slot(double x) {
        int i = axis.index(x);
        return i == Axis.NAN ? sumw.length - 1 : i + 1;
    }

    // ---- combining ----

    /**
     * Adds {@code other}'s sums and entries to this histogram, in place.
     *
     * @throws IllegalArgumentException if the axes differ
     */
    public void add(Hist1D other) {
        requireSameAxis(other);
        for (int i = 0; i < sumw.length; i++) {
            sumw[i] += other.sumw[i];
            sumw2[i] += other.sumw2[i];
        }
        entries += other.entries;
    }

    /**
     * A new histogram holding the bin-by-bin sum of this one and {@code other}; neither is changed.
     *
     * @throws IllegalArgumentException if the axes differ
     */
    public Hist1D merge(Hist1D other) {
        requireSameAxis(other);
        Hist1D sum = copy();
        sum.add(other);
        return sum;
    }

    private void requireSameAxis(Hist1D other) {
        Objects.requireNonNull(other, "other");
        if (!axis.equals(other.axis)) {
            throw new IllegalArgumentException(
                    "cannot combine histograms with different axes: " + axis + " and " + other.axis);
        }
    }

    /**
     * A new histogram with every weight multiplied by {@code factor}: sums of weights scale by
     * {@code factor}, sums of squared weights by {@code factor^2}; entries are unchanged.
     *
     * @throws IllegalArgumentException if {@code factor} is not finite
     */
    public Hist1D scaled(double factor) {
        if (!Double.isFinite(factor)) {
            throw new IllegalArgumentException("scale factor must be finite, got " + factor);
        }
        double[] w = new double[sumw.length];
        double[] w2 = new double[sumw2.length];
        double f2 = factor * factor;
        for (int i = 0; i < w.length; i++) {
            w[i] = sumw[i] * factor;
            w2[i] = sumw2[i] * f2;
        }
        return new Hist1D(axis, w, w2, entries);
    }

    /** An independent copy. */
    public Hist1D copy() {
        return new Hist1D(axis, sumw.clone(), sumw2.clone(), entries);
    }

    // ---- accessors ----

    /** The axis. */
    public Axis axis() {
        return axis;
    }

    /** Number of bins (flow not counted). */
    public int bins() {
        return axis.bins();
    }

    /** Number of fills, flow and {@code NaN} included (summed on merge, kept on scaling). */
    public long entries() {
        return entries;
    }

    /** Sum of weights in bin {@code i} ({@code 0 <= i < bins()}). */
    public double content(int i) {
        return sumw[checkedSlot(i)];
    }

    /** Sum of squared weights in bin {@code i}: the variance estimate of {@link #content(int)}. */
    public double variance(int i) {
        return sumw2[checkedSlot(i)];
    }

    /** Square root of {@link #variance(int)}. */
    public double error(int i) {
        return Math.sqrt(variance(i));
    }

    /** Sum of weights in a flow bin. */
    public double content(Flow flow) {
        return sumw[flowSlot(flow)];
    }

    /** Sum of squared weights in a flow bin. */
    public double variance(Flow flow) {
        return sumw2[flowSlot(flow)];
    }

    /** Square root of {@link #variance(Flow)}. */
    public double error(Flow flow) {
        return Math.sqrt(variance(flow));
    }

    /** Sums of weights of the in-range bins (a copy). */
    public double[] contents() {
        return Arrays.copyOfRange(sumw, 1, bins() + 1);
    }

    /** Sums of squared weights of the in-range bins (a copy). */
    public double[] variances() {
        return Arrays.copyOfRange(sumw2, 1, bins() + 1);
    }

    /** Errors (square roots of the variances) of the in-range bins. */
    public double[] errors() {
        double[] e = variances();
        for (int i = 0; i < e.length; i++) {
            e[i] = Math.sqrt(e[i]);
        }
        return e;
    }

    /** Sums of weights with flow, laid out {@code [underflow, bins..., overflow, nan]} (a copy). */
    public double[] contentsWithFlow() {
        return sumw.clone();
    }

    /** Sums of squared weights with flow, same layout as {@link #contentsWithFlow()} (a copy). */
    public double[] variancesWithFlow() {
        return sumw2.clone();
    }

    /** Bin edges (a copy). */
    public double[] edges() {
        return axis.edges();
    }

    /** Bin centres. */
    public double[] centres() {
        return axis.centres();
    }

    /** Sum of weights over the in-range bins. */
    public double integral() {
        return integral(false);
    }

    /**
     * Sum of weights over the in-range bins, plus under- and overflow if {@code includeFlow}. The
     * {@code NaN} bin is never included.
     */
    public double integral(boolean includeFlow) {
        int from = includeFlow ? 0 : 1;
        int to = includeFlow ? bins() + 2 : bins() + 1;
        double s = 0;
        for (int i = from; i < to; i++) {
            s += sumw[i];
        }
        return s;
    }

    /** Sum of squared weights over the same bins as {@link #integral(boolean)}. */
    public double integralVariance(boolean includeFlow) {
        int from = includeFlow ? 0 : 1;
        int to = includeFlow ? bins() + 2 : bins() + 1;
        double s = 0;
        for (int i = from; i < to; i++) {
            s += sumw2[i];
        }
        return s;
    }

    private int checkedSlot(int i) {
        if (i < 0 || i >= bins()) {
            throw new IndexOutOfBoundsException(
                    "bin " + i + " outside 0.." + (bins() - 1) + "; use content(Flow) for under/overflow and NaN");
        }
        return i + 1;
    }

    private int flowSlot(Flow flow) {
        return switch (flow) {
            case UNDERFLOW -> 0;
            case OVERFLOW -> bins() + 1;
            case NAN -> bins() + 2;
        };
    }

    // ---- export ----

    /**
     * CSV with a header and one row per bin: {@code bin,bin_lo,bin_hi,content,error,sumw2}, where
     * {@code bin} is the bin index, or {@code underflow} (first row, {@code bin_lo = -inf}), {@code
     * overflow} ({@code bin_hi = inf}) and {@code nan} (last row, edges {@code nan}). Numbers are
     * written with enough digits to read back exactly.
     */
    public String toCsv() {
        return HistCsv.write(this);
    }

    /** JSON text of this histogram; {@link #fromJson(String, String)} reads it back exactly. */
    public String toJson() {
        return HistJson.write(this);
    }

    /**
     * Reads a histogram written by {@link #toJson()}.
     *
     * @param sourceName used in error messages (e.g. the file path)
     * @throws io.upsilon.core.error.InputException if the text is not such a histogram (the message
     *     names the source, the JSON location and what was expected)
     */
    public static Hist1D fromJson(String json, String sourceName) {
        return HistJson.readHist1D(json, sourceName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hist1D h
                && h.entries == entries
                && h.axis.equals(axis)
                && Arrays.equals(h.sumw, sumw)
                && Arrays.equals(h.sumw2, sumw2);
    }

    @Override
    public int hashCode() {
        return Objects.hash(axis, entries, Arrays.hashCode(sumw), Arrays.hashCode(sumw2));
    }

    @Override
    public String toString() {
        return "Hist1D[" + axis + ", entries=" + entries + ", integral=" + integral() + "]";
    }
}

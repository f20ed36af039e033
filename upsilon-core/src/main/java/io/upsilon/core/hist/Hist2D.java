package io.upsilon.core.hist;

import java.util.Arrays;
import java.util.Objects;

/**
 * A weighted two-dimensional histogram: per cell the sum of weights and the sum of squared weights,
 * with under- and overflow along each axis (so the flow border has {@code 2 (nx + ny) + 4} cells)
 * and one separate {@code NaN} bin for fills where either coordinate is {@code NaN}.
 *
 * <p>Same conventions as {@link Hist1D}: in-place allocation-free {@link #fill(double, double,
 * double) fill} and {@link #add(Hist2D) add}; {@link #merge(Hist2D)} and {@link #scaled(double)}
 * return new histograms; {@code NaN} fills count in {@link #entries()} but in no integral; weights
 * must be finite. Flow cells are addressed with indices {@code -1} (underflow) and {@code n}
 * (overflow) in {@link #contentWithFlow(int, int)}. Not thread-safe.
 */
public final class Hist2D {
    private final Axis xAxis;
    private final Axis yAxis;
    private final int stride; // ny + 2
    // Layout: cell (ix, iy), ix in -1..nx, iy in -1..ny, at (ix + 1) * stride + (iy + 1); NaN last.
    private final double[] sumw;
    private final double[] sumw2;
    private long entries;

    /** Largest number of cells, flow included. */
    public static final int MAX_CELLS = 50_000_000;

    /**
     * An empty histogram on the given axes.
     *
     * @throws IllegalArgumentException if the axes have more than {@link #MAX_CELLS} cells with flow
     */
    public Hist2D(Axis xAxis, Axis yAxis) {
        this.xAxis = Objects.requireNonNull(xAxis, "xAxis");
        this.yAxis = Objects.requireNonNull(yAxis, "yAxis");
        this.stride = yAxis.bins() + 2;
        int n = cells(xAxis, yAxis);
        this.sumw = new double[n];
        this.sumw2 = new double[n];
    }

    private Hist2D(Axis xAxis, Axis yAxis, double[] sumw, double[] sumw2, long entries) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.stride = yAxis.bins() + 2;
        this.sumw = sumw;
        this.sumw2 = sumw2;
        this.entries = entries;
    }

    /** Number of storage cells: (nx + 2)(ny + 2) plus the NaN bin. */
    private static int cells(Axis x, Axis y) {
        long n = (long) (x.bins() + 2) * (y.bins() + 2) + 1;
        if (n > MAX_CELLS) {
            throw new IllegalArgumentException("2D histogram too large: " + x.bins() + " x " + y.bins()
                    + " bins exceed " + MAX_CELLS + " cells with flow");
        }
        return (int) n;
    }

    /**
     * A histogram from its sums: {@code sumw[ix + 1][iy + 1]} for {@code ix} in {@code -1..nx} and
     * {@code iy} in {@code -1..ny} (index 0 = underflow, last = overflow), the {@code NaN} bin
     * separately. Arrays are copied.
     *
     * @throws IllegalArgumentException on wrong shapes, a {@code NaN} sum, a negative or {@code NaN}
     *     squared sum, or negative entries
     */
    public static Hist2D of(
            Axis xAxis,
            Axis yAxis,
            double[][] sumwWithFlow,
            double[][] sumw2WithFlow,
            double nanSumw,
            double nanSumw2,
            long entries) {
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(yAxis, "yAxis");
        int n = cells(xAxis, yAxis);
        int nx = xAxis.bins() + 2;
        int ny = yAxis.bins() + 2;
        if (sumwWithFlow == null || sumw2WithFlow == null || sumwWithFlow.length != nx || sumw2WithFlow.length != nx) {
            throw new IllegalArgumentException("Hist2D: expected " + nx + " rows (x bins with flow) of sums");
        }
        double[] w = new double[n];
        double[] w2 = new double[n];
        for (int i = 0; i < nx; i++) {
            if (sumwWithFlow[i] == null
                    || sumw2WithFlow[i] == null
                    || sumwWithFlow[i].length != ny
                    || sumw2WithFlow[i].length != ny) {
                throw new IllegalArgumentException(
                        "Hist2D: row " + i + " must hold " + ny + " sums (y bins with flow)");
            }
            System.arraycopy(sumwWithFlow[i], 0, w, i * ny, ny);
            System.arraycopy(sumw2WithFlow[i], 0, w2, i * ny, ny);
        }
        w[n - 1] = nanSumw;
        w2[n - 1] = nanSumw2;
        HistChecks.checkSums(w, w2, n, "Hist2D " + xAxis.bins() + " x " + yAxis.bins());
        if (entries < 0) {
            throw new IllegalArgumentException("entries must be >= 0, got " + entries);
        }
        return new Hist2D(xAxis, yAxis, w, w2, entries);
    }

    // ---- filling ----

    /** Adds the point {@code (x, y)} with weight 1. */
    public void fill(double x, double y) {
        int s = slot(x, y);
        sumw[s] += 1.0;
        sumw2[s] += 1.0;
        entries++;
    }

    /**
     * Adds the point {@code (x, y)} with weight {@code w}.
     *
     * @throws IllegalArgumentException if {@code w} is not finite
     */
    public void fill(double x, double y, double w) {
        if (!Double.isFinite(w)) {
            throw new IllegalArgumentException(
                    "histogram weight must be finite, got " + w + " for (x, y) = (" + x + ", " + y + ")");
        }
        int s = slot(x, y);
        sumw[s] += w;
        sumw2[s] += w * w;
        entries++;
    }

    private int slot(double x, double y) {
        int ix = xAxis.index(x);
        int iy = yAxis.index(y);
        if (ix == Axis.NAN || iy == Axis.NAN) {
            return sumw.length - 1;
        }
        return (ix + 1) * stride + iy + 1;
    }

    // ---- combining ----

    /**
     * Adds {@code other}'s sums and entries to this histogram, in place.
     *
     * @throws IllegalArgumentException if the axes differ
     */
    public void add(Hist2D other) {
        requireSameAxes(other);
        for (int i = 0; i < sumw.length; i++) {
            sumw[i] += other.sumw[i];
            sumw2[i] += other.sumw2[i];
        }
        entries += other.entries;
    }

    /**
     * A new histogram holding the cell-by-cell sum of this one and {@code other}.
     *
     * @throws IllegalArgumentException if the axes differ
     */
    public Hist2D merge(Hist2D other) {
        requireSameAxes(other);
        Hist2D sum = copy();
        sum.add(other);
        return sum;
    }

    private void requireSameAxes(Hist2D other) {
        Objects.requireNonNull(other, "other");
        if (!xAxis.equals(other.xAxis) || !yAxis.equals(other.yAxis)) {
            throw new IllegalArgumentException("cannot combine 2D histograms with different axes: x " + xAxis + ", y "
                    + yAxis + " and x " + other.xAxis + ", y " + other.yAxis);
        }
    }

    /**
     * A new histogram with weights multiplied by {@code factor} (squared sums by {@code factor^2}).
     *
     * @throws IllegalArgumentException if {@code factor} is not finite
     */
    public Hist2D scaled(double factor) {
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
        return new Hist2D(xAxis, yAxis, w, w2, entries);
    }

    /** An independent copy. */
    public Hist2D copy() {
        return new Hist2D(xAxis, yAxis, sumw.clone(), sumw2.clone(), entries);
    }

    /**
     * The projection onto x: for each x bin (and x flow), the sum over all y bins including y flow.
     * The {@code NaN} bin and the entries carry over.
     */
    public Hist1D projectionX() {
        int nx = xAxis.bins() + 2;
        double[] w = new double[nx + 1];
        double[] w2 = new double[nx + 1];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < stride; j++) {
                w[i] += sumw[i * stride + j];
                w2[i] += sumw2[i * stride + j];
            }
        }
        w[nx] = sumw[sumw.length - 1];
        w2[nx] = sumw2[sumw2.length - 1];
        return Hist1D.of(xAxis, w, w2, entries);
    }

    /**
     * The projection onto y: for each y bin (and y flow), the sum over all x bins including x flow.
     * The {@code NaN} bin and the entries carry over.
     */
    public Hist1D projectionY() {
        int nx = xAxis.bins() + 2;
        double[] w = new double[stride + 1];
        double[] w2 = new double[stride + 1];
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < stride; j++) {
                w[j] += sumw[i * stride + j];
                w2[j] += sumw2[i * stride + j];
            }
        }
        w[stride] = sumw[sumw.length - 1];
        w2[stride] = sumw2[sumw2.length - 1];
        return Hist1D.of(yAxis, w, w2, entries);
    }

    // ---- accessors ----

    /** The x axis. */
    public Axis xAxis() {
        return xAxis;
    }

    /** The y axis. */
    public Axis yAxis() {
        return yAxis;
    }

    /** Number of fills, flow and {@code NaN} included. */
    public long entries() {
        return entries;
    }

    /** Sum of weights in in-range cell {@code (ix, iy)}. */
    public double content(int ix, int iy) {
        checkInRange(ix, iy);
        return sumw[(ix + 1) * stride + iy + 1];
    }

    /** Sum of squared weights (variance) in in-range cell {@code (ix, iy)}. */
    public double variance(int ix, int iy) {
        checkInRange(ix, iy);
        return sumw2[(ix + 1) * stride + iy + 1];
    }

    /** Square root of {@link #variance(int, int)}. */
    public double error(int ix, int iy) {
        return Math.sqrt(variance(ix, iy));
    }

    /** Sum of weights in cell {@code (ix, iy)}, with {@code -1} = underflow and {@code n} = overflow. */
    public double contentWithFlow(int ix, int iy) {
        return sumw[flowSlot(ix, iy)];
    }

    /** Sum of squared weights in cell {@code (ix, iy)}, flow indices as in {@link #contentWithFlow}. */
    public double varianceWithFlow(int ix, int iy) {
        return sumw2[flowSlot(ix, iy)];
    }

    /** Sum of weights of fills with a {@code NaN} coordinate. */
    public double nanContent() {
        return sumw[sumw.length - 1];
    }

    /** Sum of squared weights of fills with a {@code NaN} coordinate. */
    public double nanVariance() {
        return sumw2[sumw2.length - 1];
    }

    /** In-range sums of weights as {@code [ix][iy]} (a copy). */
    public double[][] contents() {
        return inRange(sumw);
    }

    /** In-range sums of squared weights as {@code [ix][iy]} (a copy). */
    public double[][] variances() {
        return inRange(sumw2);
    }

    /** Sums of weights with flow as {@code [ix + 1][iy + 1]} (a copy); the NaN bin is separate. */
    public double[][] contentsWithFlow() {
        return withFlow(sumw);
    }

    /** Sums of squared weights with flow, same layout as {@link #contentsWithFlow()}. */
    public double[][] variancesWithFlow() {
        return withFlow(sumw2);
    }

    /** Sum of weights over the in-range cells. */
    public double integral() {
        return integral(false);
    }

    /** Sum of weights over in-range cells, plus all flow cells if {@code includeFlow}; never NaN bin. */
    public double integral(boolean includeFlow) {
        double s = 0;
        int nx = xAxis.bins() + 2;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < stride; j++) {
                boolean flow = i == 0 || i == nx - 1 || j == 0 || j == stride - 1;
                if (includeFlow || !flow) {
                    s += sumw[i * stride + j];
                }
            }
        }
        return s;
    }

    private double[][] inRange(double[] a) {
        double[][] out = new double[xAxis.bins()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(a, (i + 1) * stride + 1, (i + 1) * stride + 1 + yAxis.bins());
        }
        return out;
    }

    private double[][] withFlow(double[] a) {
        double[][] out = new double[xAxis.bins() + 2][];
        for (int i = 0; i < out.length; i++) {
            out[i] = Arrays.copyOfRange(a, i * stride, (i + 1) * stride);
        }
        return out;
    }

    private void checkInRange(int ix, int iy) {
        if (ix < 0 || ix >= xAxis.bins() || iy < 0 || iy >= yAxis.bins()) {
            throw new IndexOutOfBoundsException("cell (" + ix + ", " + iy + ") outside 0.." + (xAxis.bins() - 1)
                    + " x 0.." + (yAxis.bins() - 1) + "; use contentWithFlow for flow cells");
        }
    }

    private int flowSlot(int ix, int iy) {
        if (ix < -1 || ix > xAxis.bins() || iy < -1 || iy > yAxis.bins()) {
            throw new IndexOutOfBoundsException(
                    "cell (" + ix + ", " + iy + ") outside -1.." + xAxis.bins() + " x -1.." + yAxis.bins());
        }
        return (ix + 1) * stride + iy + 1;
    }

    // ---- export ----

    /**
     * CSV with header {@code x_bin,y_bin,x_lo,x_hi,y_lo,y_hi,content,error,sumw2}, one row per cell
     * including flow ({@code x_bin}/{@code y_bin} are indices or {@code underflow}/{@code overflow},
     * with {@code -inf}/{@code inf} edges), and a last row {@code nan,nan,...} for the NaN bin.
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
     * @throws io.upsilon.core.error.InputException if the text is not such a histogram
     */
    public static Hist2D fromJson(String json, String sourceName) {
        return HistJson.readHist2D(json, sourceName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hist2D h
                && h.entries == entries
                && h.xAxis.equals(xAxis)
                && h.yAxis.equals(yAxis)
                && Arrays.equals(h.sumw, sumw)
                && Arrays.equals(h.sumw2, sumw2);
    }

    @Override
    public int hashCode() {
        return Objects.hash(xAxis, yAxis, entries, Arrays.hashCode(sumw), Arrays.hashCode(sumw2));
    }

    @Override
    public String toString() {
        return "Hist2D[x " + xAxis + ", y " + yAxis + ", entries=" + entries + ", integral=" + integral() + "]";
    }
}

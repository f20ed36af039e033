package io.upsilon.core.hist;

/** CSV export of histograms (see {@link Hist1D#toCsv()} and {@link Hist2D#toCsv()}). */
final class HistCsv {
    private HistCsv() {}

    static String write(Hist1D h) {
        StringBuilder sb = new StringBuilder("bin,bin_lo,bin_hi,content,error,sumw2\n");
        Axis a = h.axis();
        row(
                sb,
                Flow.UNDERFLOW.label(),
                Double.NEGATIVE_INFINITY,
                a.lo(),
                h.content(Flow.UNDERFLOW),
                h.variance(Flow.UNDERFLOW));
        for (int i = 0; i < a.bins(); i++) {
            row(sb, Integer.toString(i), a.edge(i), a.edge(i + 1), h.content(i), h.variance(i));
        }
        row(
                sb,
                Flow.OVERFLOW.label(),
                a.hi(),
                Double.POSITIVE_INFINITY,
                h.content(Flow.OVERFLOW),
                h.variance(Flow.OVERFLOW));
        row(sb, Flow.NAN.label(), Double.NaN, Double.NaN, h.content(Flow.NAN), h.variance(Flow.NAN));
        return sb.toString();
    }

    static String write(Hist2D h) {
        StringBuilder sb = new StringBuilder("x_bin,y_bin,x_lo,x_hi,y_lo,y_hi,content,error,sumw2\n");
        Axis x = h.xAxis();
        Axis y = h.yAxis();
        for (int ix = -1; ix <= x.bins(); ix++) {
            for (int iy = -1; iy <= y.bins(); iy++) {
                sb.append(label(ix, x)).append(',').append(label(iy, y)).append(',');
                sb.append(num(low(ix, x))).append(',').append(num(high(ix, x))).append(',');
                row(sb, null, low(iy, y), high(iy, y), h.contentWithFlow(ix, iy), h.varianceWithFlow(ix, iy));
            }
        }
        sb.append("nan,nan,nan,nan,");
        row(sb, null, Double.NaN, Double.NaN, h.nanContent(), h.nanVariance());
        return sb.toString();
    }

    private static String label(int i, Axis a) {
        if (i < 0) {
            return Flow.UNDERFLOW.label();
        }
        return i >= a.bins() ? Flow.OVERFLOW.label() : Integer.toString(i);
    }

    private static double low(int i, Axis a) {
        return i < 0 ? Double.NEGATIVE_INFINITY : a.edge(i);
    }

    private static double high(int i, Axis a) {
        return i >= a.bins() ? Double.POSITIVE_INFINITY : a.edge(i + 1);
    }

    private static void row(StringBuilder sb, String label, double lo, double hi, double sumw, double sumw2) {
        if (label != null) {
            sb.append(label).append(',');
        }
        sb.append(num(lo)).append(',').append(num(hi)).append(',');
        sb.append(num(sumw))
                .append(',')
                .append(num(Math.sqrt(sumw2)))
                .append(',')
                .append(num(sumw2));
        sb.append('\n');
    }

    /** Shortest text that reads back to the same double; {@code inf}, {@code -inf}, {@code nan}. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return Double.toString(v);
    }
}

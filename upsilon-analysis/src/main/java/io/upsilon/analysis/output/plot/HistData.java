package io.upsilon.analysis.output.plot;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import java.util.Arrays;
import java.util.List;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYSeries;

/** Histograms turned into JFreeChart series: step outlines and points with error bars. */
final class HistData {
    private HistData() {}

    /**
     * The outline of {@code h} as a step line: both edges of every bin at its content. Contents below
     * {@code floor} are drawn at {@code floor} (a log axis cannot show zero).
     */
    static XYSeries steps(String key, Hist1D h, double floor) {
        XYSeries s = new XYSeries(key, false, true);
        Axis a = h.axis();
        for (int i = 0; i < h.bins(); i++) {
            double c = Math.max(h.content(i), floor);
            s.add(a.binLow(i), c);
            s.add(a.binHigh(i), c);
        }
        return s;
    }

    /**
     * Points at bin centres with vertical error bars sqrt(sum of squared weights); bins with content
     * {@code <= 0} are left out when {@code skipEmpty}, and error bars are cut at {@code floor}.
     */
    static XYIntervalSeries points(String key, Hist1D h, double floor, boolean skipEmpty) {
        XYIntervalSeries s = new XYIntervalSeries(key);
        for (int i = 0; i < h.bins(); i++) {
            double c = h.content(i);
            if (skipEmpty && c <= 0) {
                continue;
            }
            double e = h.error(i);
            double x = h.axis().centre(i);
            s.add(x, x, x, c, Math.max(c - e, floor), c + e);
        }
        return s;
    }

    /** Throws unless every histogram has the edges of the first. */
    static void requireSameBinning(List<Hist1D> hists) {
        if (hists.isEmpty()) {
            return;
        }
        double[] edges = hists.get(0).edges();
        for (Hist1D h : hists) {
            if (!Arrays.equals(edges, h.edges())) {
                throw new IllegalArgumentException("histograms in one plot must have the same bin edges");
            }
        }
    }

    /** The bin width of a regular axis, else {@code NaN}. */
    static double regularWidth(Axis a) {
        return a.isRegular() ? (a.hi() - a.lo()) / a.bins() : Double.NaN;
    }
}

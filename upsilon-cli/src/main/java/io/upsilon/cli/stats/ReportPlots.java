package io.upsilon.cli.stats;

import io.upsilon.analysis.output.plot.Curve;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.HistogramPlot;
import io.upsilon.analysis.output.plot.ImpactsPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotStyle;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.report.GroupedImpacts;
import io.upsilon.stats.report.LikelihoodScan;
import io.upsilon.stats.report.YieldTable;
import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The plots of {@code upsilon stats report}: stacked pre-/post-fit distributions with data and the
 * yield uncertainty band, pulls, grouped impacts and likelihood scans, drawn with the project's plot
 * edge (io.upsilon.analysis.output.plot) and written as PNG and SVG.
 */
final class ReportPlots {
    /** The uncertainty band: dark diagonal hatching on a transparent ground, so the stack shows through. */
    private static final java.awt.Paint BAND = hatch();

    /** The band in SVG, whose writer has no texture paints: translucent grey. */
    private static final java.awt.Paint BAND_SVG = new Color(60, 60, 60, 110);

    private ReportPlots() {}

    private static java.awt.Paint hatch() {
        int size = 12;
        java.awt.image.BufferedImage tile =
                new java.awt.image.BufferedImage(size, size, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = tile.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(40, 40, 40, 200));
        g.setStroke(new BasicStroke(1.6f));
        g.drawLine(0, size, size, 0);
        g.drawLine(-size / 2, size / 2, size / 2, -size / 2);
        g.drawLine(size / 2, size + size / 2, size + size / 2, size / 2);
        g.dispose();
        return new java.awt.TexturePaint(tile, new java.awt.geom.Rectangle2D.Double(0, 0, size, size));
    }

    /** Writes {@code chart} as DIR/NAME.png and DIR/NAME.svg; returns the PNG. */
    static Path write(JFreeChart chart, int width, int height, Path dir, String name) {
        PlotWriter w = new PlotWriter(width, height, ImpactsPlots.PNG_SCALE);
        Path png = dir.resolve(name + ".png");
        w.writePng(chart, png);
        w.writeSvg(chart, dir.resolve(name + ".svg"));
        return png;
    }

    /** Writes a channel's stack as DIR/NAME.png (hatched band) and DIR/NAME.svg (translucent band). */
    static Path writeStack(YieldTable.ChannelYields ch, String stage, Path dir, String name) {
        PlotWriter w = new PlotWriter(800, 600, ImpactsPlots.PNG_SCALE);
        Path png = dir.resolve(name + ".png");
        w.writePng(stack(ch, stage, BAND), png);
        w.writeSvg(stack(ch, stage, BAND_SVG), dir.resolve(name + ".svg"));
        return png;
    }

    /**
     * A channel's samples stacked (in the table's order, the first at the bottom), the data as points
     * with Poisson errors sqrt(n), and the uncertainty of the total as a grey band. pyhf workspaces
     * carry no bin edges, so the x axis is the bin index.
     */
    static JFreeChart stack(YieldTable.ChannelYields ch, String stage, java.awt.Paint bandPaint) {
        int nb = ch.data().length;
        Axis axis = Axis.regular(nb, 0, nb);
        StackedHistogramPlot.Builder b = StackedHistogramPlot.builder();
        // The first sample of the table (usually the signal) on top of the stack.
        List<YieldTable.Row> rows = ch.rows();
        for (int k = rows.size() - 1; k >= 0; k--) {
            YieldTable.Row r = rows.get(k);
            b.background(new HistSeries(escape(r.name()), hist(axis, r.yields(), new double[nb]), PlotStyle.fill(k)));
        }
        b.data(HistSeries.of("data", hist(axis, ch.data(), ch.data())));
        b.xLabel("bin index", "");
        b.yLabel("Events / bin");
        b.labels(new PlotLabels("", Double.NaN, List.of(escape(shortName(ch.channel())), stage)));
        b.logY(false);
        JFreeChart chart = b.build().chart();
        XYPlot plot = chart.getXYPlot();
        // The band over the stack, under the data points: move the data (dataset 3) up one slot.
        XYIntervalSeries band = new XYIntervalSeries("uncertainty");
        double[] y = ch.total().yields();
        double[] e = ch.total().errors();
        for (int i = 0; i < nb; i++) {
            band.add(i + 0.5, i, i + 1, y[i], y[i] - e[i], y[i] + e[i]);
        }
        XYIntervalSeriesCollection bandData = new XYIntervalSeriesCollection();
        bandData.addSeries(band);
        XYBarRenderer r = new XYBarRenderer(0);
        r.setUseYInterval(true);
        r.setShadowVisible(false);
        r.setBarPainter(new StandardXYBarPainter());
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, bandPaint);
        plot.setDataset(4, plot.getDataset(3));
        plot.setRenderer(4, plot.getRenderer(3));
        plot.setDataset(3, bandData);
        plot.setRenderer(3, r);
        plot.getFixedLegendItems().add(PlotStyle.boxItem("uncertainty", bandPaint, Color.DARK_GRAY));
        double max = 0;
        for (int i = 0; i < nb; i++) {
            max = Math.max(max, Math.max(y[i] + e[i], ch.data()[i] + Math.sqrt(ch.data()[i])));
        }
        plot.getRangeAxis().setRange(0, (1.25 + 0.09 * (ch.rows().size() + 2)) * max);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setMinorTickMarksVisible(false);
        return chart;
    }

    private static Hist1D hist(Axis axis, double[] values, double[] variances) {
        int n = axis.bins();
        double[] w = new double[n + 3];
        double[] w2 = new double[n + 3];
        System.arraycopy(values, 0, w, 1, n);
        System.arraycopy(variances, 0, w2, 1, n);
        return Hist1D.of(axis, w, w2, n);
    }

    /**
     * Pulls (theta-hat - theta_0) / pre-fit width with the post-fit error in the same unit, one row
     * per constrained parameter (the first {@code rows} by |pull|), with the +-1 and +-2 bands.
     */
    static JFreeChart pulls(List<Impacts.Impact> constrained) {
        int n = constrained.size();
        String[] names = new String[n];
        XYIntervalSeries s = new XYIntervalSeries("pulls");
        for (int i = 0; i < n; i++) {
            Impacts.Impact p = constrained.get(i);
            int row = n - 1 - i; // first row on top
            names[row] = p.name();
            s.add(p.pull(), p.pull() - p.pullError(), p.pull() + p.pullError(), row, row, row);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis x = PlotStyle.linearAxis("(θ\u0302 − θ_{0}) / Δθ");
        x.setRange(-3, 3);
        SymbolAxis y = new SymbolAxis(null, names);
        y.setTickLabelFont(PlotStyle.TICK_FONT.deriveFont(12f));
        y.setGridBandsVisible(false);
        y.setRange(-0.7, n - 0.3);
        XYPlot plot = PlotStyle.plot(x, y);
        plot.addDomainMarker(
                new IntervalMarker(-2, 2, new Color(255, 223, 0, 120)), org.jfree.chart.ui.Layer.BACKGROUND);
        plot.addDomainMarker(new IntervalMarker(-1, 1, new Color(0, 200, 0, 120)), org.jfree.chart.ui.Layer.BACKGROUND);
        ValueMarker zero = new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f));
        plot.addDomainMarker(zero);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(true);
        r.setDrawYError(false);
        r.setCapLength(0);
        r.setErrorPaint(Color.BLACK);
        r.setErrorStroke(new BasicStroke(1.5f));
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesShape(0, PlotStyle.MARKER);
        r.setSeriesLinesVisible(0, false);
        plot.setDataset(data);
        plot.setRenderer(r);
        return PlotStyle.chart(plot);
    }

    /** Height in points of a pulls plot with {@code rows} rows. */
    static int pullsHeight(int rows) {
        return 110 + 20 * rows;
    }

    /**
     * Grouped impacts as horizontal bars, largest on top, with their values: the quadrature impact
     * is symmetric, so one bar per group.
     */
    static JFreeChart grouped(GroupedImpacts.Result g, String poiName, double mu) {
        List<GroupedImpacts.GroupImpact> groups = g.groups();
        int n = groups.size();
        String[] names = new String[n];
        XYIntervalSeries s = new XYIntervalSeries("impact");
        double max = 0;
        for (int i = 0; i < n; i++) {
            GroupedImpacts.GroupImpact gi = groups.get(i);
            int row = n - 1 - i;
            names[row] = gi.group() + " (" + gi.parameters().size() + ")";
            double v = Double.isFinite(gi.impact()) ? gi.impact() : 0;
            max = Math.max(max, v);
            s.add(row, row - 0.32, row + 0.32, v, 0, v);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        SymbolAxis y = new SymbolAxis(null, names);
        y.setTickLabelFont(PlotStyle.TICK_FONT);
        y.setGridBandsVisible(false);
        y.setRange(-0.7, n - 0.3);
        NumberAxis x = PlotStyle.linearAxis("impact on " + escape(poiName) + ": √(σ^{2} − σ^{2}_{group fixed})");
        x.setRange(0, max > 0 ? 1.3 * max : 1);
        XYPlot plot = PlotStyle.plot(y, x);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        XYBarRenderer r = new XYBarRenderer(0);
        r.setUseYInterval(true);
        r.setShadowVisible(false);
        r.setBarPainter(new StandardXYBarPainter());
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, ImpactsPlot.UP);
        r.setDefaultItemLabelGenerator(
                (dataset, series, item) -> String.format(Locale.ROOT, "%.3g", dataset.getYValue(series, item)));
        r.setDefaultItemLabelFont(PlotStyle.LEGEND_FONT);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        plot.setDataset(data);
        plot.setRenderer(r);
        PlotStyle.addLabels(
                plot,
                new PlotLabels(
                        "",
                        Double.NaN,
                        List.of(String.format(Locale.ROOT, "%s = %.3g ± %.3g", poiName, mu, g.poiError()))));
        return PlotStyle.chart(plot);
    }

    /** Height in points of the grouped-impact plot. */
    static int groupedHeight(int groups) {
        return 140 + 34 * groups;
    }

    /** A 1D scan: 2 Delta NLL against the parameter, with the 1 and 4 lines (68% and 95% CL). */
    static JFreeChart scan1d(LikelihoodScan.Scan s) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (LikelihoodScan.Point p : s.points()) {
            if (Double.isFinite(p.twiceDeltaNll())) {
                xs.add(p.values()[0]);
                ys.add(p.twiceDeltaNll());
            }
        }
        double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        double lo = x.length > 0 ? x[0] : 0;
        double hi = x.length > 0 ? x[x.length - 1] : 1;
        HistogramPlot.Builder b = HistogramPlot.builder()
                .curve(Curve.solid("profile likelihood", x, y, Color.BLACK))
                .curve(Curve.dashed("68% CL", new double[] {lo, hi}, new double[] {1, 1}, PlotStyle.line(1)))
                .curve(Curve.dashed("95% CL", new double[] {lo, hi}, new double[] {3.84, 3.84}, PlotStyle.line(2)))
                .xLabel(escape(s.parameters().get(0)))
                .yLabel("−2 Δ ln L")
                .labels(new PlotLabels("", Double.NaN, List.of()));
        return b.build().chart();
    }

    /**
     * A 2D scan as a colour map of 2 Delta NLL (capped at 12), with the best fit marked. Contours are
     * drawn from these grids elsewhere; this shows the grid itself.
     */
    static JFreeChart scan2d(LikelihoodScan.Scan s, double[] xs, double[] ys) {
        int n = s.points().size();
        double[][] xyz = new double[3][n];
        for (int k = 0; k < n; k++) {
            LikelihoodScan.Point p = s.points().get(k);
            xyz[0][k] = p.values()[0];
            xyz[1][k] = p.values()[1];
            xyz[2][k] = Double.isFinite(p.twiceDeltaNll()) ? Math.min(p.twiceDeltaNll(), 12) : 12;
        }
        DefaultXYZDataset d = new DefaultXYZDataset();
        d.addSeries("scan", xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        double dx = xs.length > 1 ? xs[1] - xs[0] : 1;
        double dy = ys.length > 1 ? ys[1] - ys[0] : 1;
        r.setBlockWidth(dx);
        r.setBlockHeight(dy);
        LookupPaintScale scale = new LookupPaintScale(0, 12.0001, Color.WHITE);
        for (int i = 0; i < 48; i++) {
            float t = i / 47f;
            scale.add(i * 0.25, Color.getHSBColor(0.66f * t, 0.75f, 1.0f - 0.25f * (1 - t)));
        }
        r.setPaintScale(scale);
        NumberAxis x = PlotStyle.linearAxis(escape(s.parameters().get(0)));
        x.setRange(xs[0] - dx / 2, xs[xs.length - 1] + dx / 2);
        NumberAxis y = PlotStyle.linearAxis(escape(s.parameters().get(1)));
        y.setRange(ys[0] - dy / 2, ys[ys.length - 1] + dy / 2);
        XYPlot plot = PlotStyle.plot(x, y);
        plot.setDataset(d);
        plot.setRenderer(r);
        double[] best = s.best();
        plot.addAnnotation(new XYShapeAnnotation(
                new java.awt.geom.Ellipse2D.Double(best[0] - dx / 4, best[1] - dy / 4, dx / 2, dy / 2),
                new BasicStroke(2f),
                Color.BLACK,
                Color.WHITE));
        JFreeChart chart = PlotStyle.chart(plot);
        NumberAxis zAxis = PlotStyle.linearAxis("−2 Δ ln L");
        zAxis.setRange(0, 12);
        PaintScaleLegend legend = new PaintScaleLegend(scale, zAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setMargin(8, 8, 40, 8);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * A channel name short enough for the label block beside the legend (published workspaces have
     * names of 80 characters): the first 30 characters and an ellipsis; the caption has the full name.
     */
    static String shortName(String name) {
        return name.length() <= 32 ? name : name.substring(0, 30) + "…";
    }

    /** Escapes PlotText markup in a plain name. */
    static String escape(String name) {
        return ImpactsPlots.escape(name);
    }
}

package io.upsilon.analysis.output.plot;

import io.upsilon.core.hist.Hist1D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A plain plot for validation: histograms as step outlines (with error bars sqrt(sum of squared
 * weights) unless turned off) and curves as lines, linear or logarithmic y. Histograms need not
 * share a binning.
 */
public final class HistogramPlot {
    private final List<HistSeries> histograms;
    private final List<Curve> curves;
    private final String xLabel;
    private final String yLabel;
    private final PlotLabels labels;
    private final boolean logY;
    private final boolean errorBars;

    private HistogramPlot(Builder b) {
        this.histograms = List.copyOf(b.histograms);
        this.curves = List.copyOf(b.curves);
        this.xLabel = b.xLabel;
        this.yLabel = b.yLabel;
        this.labels = b.labels;
        this.logY = b.logY;
        this.errorBars = b.errorBars;
        if (histograms.isEmpty() && curves.isEmpty()) {
            throw new IllegalArgumentException("nothing to plot");
        }
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds the chart. */
    public JFreeChart chart() {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (HistSeries s : histograms) {
            Hist1D h = s.hist();
            xMin = Math.min(xMin, h.axis().lo());
            xMax = Math.max(xMax, h.axis().hi());
            for (int i = 0; i < h.bins(); i++) {
                double c = h.content(i);
                max = Math.max(max, c + (errorBars ? h.error(i) : 0));
                if (c > 0) {
                    minPositive = Math.min(minPositive, c);
                }
            }
        }
        for (Curve c : curves) {
            xMin = Math.min(xMin, c.x(0));
            xMax = Math.max(xMax, c.x(c.size() - 1));
            for (int i = 0; i < c.size(); i++) {
                max = Math.max(max, c.y(i));
                if (c.y(i) > 0) {
                    minPositive = Math.min(minPositive, c.y(i));
                }
            }
        }
        if (!(max > 0)) {
            max = 1;
        }
        double lower;
        double upper;
        if (logY) {
            if (!Double.isFinite(minPositive)) {
                minPositive = max * 1e-3;
            }
            lower = Math.pow(10, Math.floor(Math.log10(Math.max(minPositive * 0.5, max * 1e-8))));
            double decades = Math.max(Math.log10(max / lower), 1.0);
            upper = max * Math.pow(10, 0.5 * decades);
        } else {
            lower = 0;
            upper = max * 1.45;
        }
        ValueAxis xAxis = PlotStyle.linearAxis(xLabel);
        xAxis.setRange(xMin, xMax);
        ValueAxis yAxis = logY ? PlotStyle.logAxis(yLabel) : PlotStyle.linearAxis(yLabel);
        if (!logY) {
            ((NumberAxis) yAxis).setAutoRangeIncludesZero(true);
        }
        yAxis.setRange(lower, upper);
        XYPlot plot = PlotStyle.plot(xAxis, yAxis);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendItemCollection legend = new LegendItemCollection();

        XYSeriesCollection steps = new XYSeriesCollection();
        XYLineAndShapeRenderer stepRenderer = new XYLineAndShapeRenderer(true, false);
        XYIntervalSeriesCollection points = new XYIntervalSeriesCollection();
        XYErrorRenderer errRenderer = new XYErrorRenderer();
        errRenderer.setDrawXError(false);
        errRenderer.setCapLength(0);
        errRenderer.setErrorStroke(new BasicStroke(1.2f));
        errRenderer.setDefaultShapesVisible(false);
        for (int k = 0; k < histograms.size(); k++) {
            HistSeries s = histograms.get(k);
            Color c = s.colour() != null ? s.colour() : k == 0 ? Color.BLACK : PlotStyle.line(k);
            steps.addSeries(HistData.steps(k + ":" + s.label(), s.hist(), logY ? lower : 0));
            stepRenderer.setSeriesPaint(k, c);
            stepRenderer.setSeriesStroke(k, new BasicStroke(1.8f));
            points.addSeries(HistData.points(k + ":" + s.label(), s.hist(), lower, logY));
            errRenderer.setSeriesPaint(k, c);
            errRenderer.setSeriesShapesVisible(k, false);
            legend.add(PlotStyle.lineItem(s.label(), c, new BasicStroke(1.8f), false));
        }
        plot.setDataset(0, steps);
        plot.setRenderer(0, stepRenderer);
        if (errorBars && !histograms.isEmpty()) {
            errRenderer.setErrorPaint(null);
            plot.setDataset(1, points);
            plot.setRenderer(1, errRenderer);
        }
        if (!curves.isEmpty()) {
            XYSeriesCollection lines = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            for (int k = 0; k < curves.size(); k++) {
                Curve c = curves.get(k);
                XYSeries s = new XYSeries(k + ":" + c.label(), false, true);
                for (int i = 0; i < c.size(); i++) {
                    if (!logY || c.y(i) > 0) {
                        s.add(c.x(i), c.y(i));
                    }
                }
                lines.addSeries(s);
                r.setSeriesPaint(k, c.colour());
                r.setSeriesStroke(k, c.dashed() ? PlotStyle.DASHED : PlotStyle.LINE);
                legend.add(PlotStyle.lineItem(
                        c.label(), c.colour(), c.dashed() ? PlotStyle.DASHED : PlotStyle.LINE, false));
            }
            plot.setDataset(2, lines);
            plot.setRenderer(2, r);
        }
        PlotStyle.addLabels(plot, labels);
        PlotStyle.addLegend(plot, legend);
        return PlotStyle.chart(plot);
    }

    /** Builder of {@link HistogramPlot}. */
    public static final class Builder {
        private final List<HistSeries> histograms = new ArrayList<>();
        private final List<Curve> curves = new ArrayList<>();
        private String xLabel = "x";
        private String yLabel = "Entries";
        private PlotLabels labels = PlotLabels.simulation(Double.NaN);
        private boolean logY;
        private boolean errorBars = true;

        private Builder() {}

        /** Adds a histogram, drawn as a step outline. */
        public Builder histogram(HistSeries s) {
            histograms.add(Objects.requireNonNull(s));
            return this;
        }

        /** Adds a curve. */
        public Builder curve(Curve c) {
            curves.add(Objects.requireNonNull(c));
            return this;
        }

        /** The x-axis label ({@link PlotText} markup, with units). */
        public Builder xLabel(String label) {
            this.xLabel = Objects.requireNonNull(label);
            return this;
        }

        /** The y-axis label ({@link PlotText} markup). */
        public Builder yLabel(String label) {
            this.yLabel = Objects.requireNonNull(label);
            return this;
        }

        /** The label block. */
        public Builder labels(PlotLabels labels) {
            this.labels = Objects.requireNonNull(labels);
            return this;
        }

        /** Logarithmic or linear (default) y axis. */
        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Whether to draw error bars on histograms (default true). */
        public Builder errorBars(boolean errorBars) {
            this.errorBars = errorBars;
            return this;
        }

        /** The plot. */
        public HistogramPlot build() {
            return new HistogramPlot(this);
        }
    }
}

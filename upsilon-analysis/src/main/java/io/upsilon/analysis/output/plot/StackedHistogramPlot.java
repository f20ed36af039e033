package io.upsilon.analysis.output.plot;

import io.upsilon.core.hist.Axis;
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
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A stacked histogram plot: backgrounds stacked in the order given (the first at the bottom), each
 * with its fill colour and legend entry; signals overlaid as step lines; data as black points with
 * error bars sqrt(sum of squared weights). The y axis reads "Events / (width unit)" for regular bins
 * ("Events / bin" otherwise) and may be logarithmic. All histograms must share the binning.
 *
 * <pre>{@code
 * JFreeChart chart = StackedHistogramPlot.builder()
 *         .background(HistSeries.of("e⁺e⁻ → μ⁺μ⁻(γ)", mumu))
 *         .signal(HistSeries.of("Z′, M = 1 GeV", signal))
 *         .xLabel("M^{2}_{recoil}", "GeV^{2}/c^{4}")
 *         .labels(PlotLabels.simulation(79.7))
 *         .logY(true)
 *         .build()
 *         .chart();
 * }</pre>
 */
public final class StackedHistogramPlot {
    private final List<HistSeries> backgrounds;
    private final List<HistSeries> signals;
    private final HistSeries data;
    private final String xQuantity;
    private final String xUnit;
    private final String yLabel;
    private final PlotLabels labels;
    private final boolean logY;
    private final boolean integerX;

    private StackedHistogramPlot(Builder b) {
        this.backgrounds = List.copyOf(b.backgrounds);
        this.signals = List.copyOf(b.signals);
        this.data = b.data;
        this.xQuantity = b.xQuantity;
        this.xUnit = b.xUnit;
        this.labels = b.labels;
        this.logY = b.logY;
        this.integerX = b.integerX;
        List<Hist1D> all = new ArrayList<>();
        backgrounds.forEach(s -> all.add(s.hist()));
        signals.forEach(s -> all.add(s.hist()));
        if (data != null) {
            all.add(data.hist());
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a stacked plot needs at least one histogram");
        }
        HistData.requireSameBinning(all);
        this.yLabel = b.yLabel != null ? b.yLabel : eventsPerBin(all.get(0).axis(), xUnit);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The y-axis label, e.g. "Events / (1.6 GeV^{2}/c^{4})" (markup). */
    public String yLabel() {
        return yLabel;
    }

    /** The x-axis label, e.g. "M^{2}_{recoil} [GeV^{2}/c^{4}]" (markup). */
    public String xLabel() {
        return xUnit.isEmpty() ? xQuantity : xQuantity + " [" + xUnit + "]";
    }

    /** "Events / (w unit)" for a regular axis, "Events / bin" for variable bins. */
    static String eventsPerBin(Axis axis, String unit) {
        double w = HistData.regularWidth(axis);
        if (Double.isNaN(w)) {
            return "Events / bin";
        }
        String width = PlotLabels.formatNumber(w);
        if (unit.isEmpty()) {
            return "Events / " + width;
        }
        return "Events / (" + width + " " + unit + ")";
    }

    /** Builds the chart. */
    public JFreeChart chart() {
        Axis axis = firstHist().axis();
        int bins = axis.bins();
        double[] cumulative = new double[bins];
        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (HistSeries s : backgrounds) {
            for (int i = 0; i < bins; i++) {
                cumulative[i] += s.hist().content(i);
                max = Math.max(max, cumulative[i]);
            }
        }
        for (int i = 0; i < bins; i++) {
            if (cumulative[i] > 0) {
                minPositive = Math.min(minPositive, cumulative[i]);
            }
        }
        for (HistSeries s : signals) {
            for (int i = 0; i < bins; i++) {
                double c = s.hist().content(i);
                max = Math.max(max, c);
                // a signal far below the stack (e.g. a rare decay, scaled up) must stay inside a log axis
                if (c > 0) {
                    minPositive = Math.min(minPositive, c);
                }
            }
        }
        if (data != null) {
            for (int i = 0; i < bins; i++) {
                double c = data.hist().content(i);
                max = Math.max(max, c + data.hist().error(i));
                if (c > 0) {
                    minPositive = Math.min(minPositive, c);
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
            lower = Math.pow(10, Math.floor(Math.log10(Math.max(minPositive * 0.5, max * 1e-6))));
            double decades = Math.max(Math.log10(max / lower), 1.0);
            upper = max * Math.pow(10, 0.6 * decades);
        } else {
            lower = 0;
            upper = max * 1.65;
        }

        ValueAxis xAxis = PlotStyle.linearAxis(xLabel());
        xAxis.setRange(axis.lo(), axis.hi());
        if (integerX && xAxis instanceof NumberAxis n) {
            n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        ValueAxis yAxis = logY ? PlotStyle.logAxis(yLabel) : PlotStyle.linearAxis(yLabel);
        if (!logY) {
            ((NumberAxis) yAxis).setAutoRangeIncludesZero(true);
        }
        yAxis.setRange(lower, upper);
        XYPlot plot = PlotStyle.plot(xAxis, yAxis);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        LegendItemCollection legend = new LegendItemCollection();
        if (data != null) {
            legend.add(PlotStyle.dataItem(data.label()));
        }

        // Stack: one interval series per background, bars from the running sum below to the one above.
        XYIntervalSeriesCollection stack = new XYIntervalSeriesCollection();
        XYBarRenderer bars = new XYBarRenderer(0);
        bars.setUseYInterval(true);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setDrawBarOutline(false);
        double[] below = new double[bins];
        List<Color> fills = new ArrayList<>();
        for (int k = 0; k < backgrounds.size(); k++) {
            HistSeries s = backgrounds.get(k);
            XYIntervalSeries series = new XYIntervalSeries(k + ":" + s.label());
            for (int i = 0; i < bins; i++) {
                double top = below[i] + s.hist().content(i);
                double bottom = Math.max(below[i], lower);
                if (top > bottom) {
                    series.add(axis.centre(i), axis.binLow(i), axis.binHigh(i), top, bottom, top);
                }
                below[i] = top;
            }
            stack.addSeries(series);
            Color c = s.colour() != null ? s.colour() : PlotStyle.fill(k);
            fills.add(c);
            bars.setSeriesPaint(k, c);
        }
        plot.setDataset(0, stack);
        plot.setRenderer(0, bars);
        for (int k = backgrounds.size() - 1; k >= 0; k--) {
            legend.add(PlotStyle.boxItem(
                    backgrounds.get(k).label(), fills.get(k), fills.get(k).darker()));
        }

        // Outline of the total background.
        if (!backgrounds.isEmpty()) {
            Hist1D total = new Hist1D(axis);
            backgrounds.forEach(s -> total.add(s.hist()));
            XYSeriesCollection outline = new XYSeriesCollection();
            outline.addSeries(HistData.steps("total", total, lower));
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            r.setSeriesPaint(0, new Color(40, 40, 40));
            r.setSeriesStroke(0, new BasicStroke(1.0f));
            plot.setDataset(1, outline);
            plot.setRenderer(1, r);
        }

        // Signals as step lines.
        if (!signals.isEmpty()) {
            XYSeriesCollection sig = new XYSeriesCollection();
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            for (int k = 0; k < signals.size(); k++) {
                HistSeries s = signals.get(k);
                sig.addSeries(HistData.steps(k + ":" + s.label(), s.hist(), logY ? lower : 0));
                Color c = s.colour() != null ? s.colour() : PlotStyle.line(k);
                r.setSeriesPaint(k, c);
                r.setSeriesStroke(k, k % 2 == 0 ? PlotStyle.LINE : PlotStyle.DASHED);
                legend.add(PlotStyle.lineItem(s.label(), c, k % 2 == 0 ? PlotStyle.LINE : PlotStyle.DASHED, false));
            }
            plot.setDataset(2, sig);
            plot.setRenderer(2, r);
        }

        // Data points with error bars.
        if (data != null) {
            XYIntervalSeriesCollection pts = new XYIntervalSeriesCollection();
            pts.addSeries(HistData.points(data.label(), data.hist(), lower, true));
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setCapLength(0);
            r.setErrorPaint(Color.BLACK);
            r.setErrorStroke(new BasicStroke(1.5f));
            r.setSeriesPaint(0, Color.BLACK);
            r.setSeriesShape(0, PlotStyle.MARKER);
            r.setSeriesShapesFilled(0, true);
            plot.setDataset(3, pts);
            plot.setRenderer(3, r);
        }

        PlotStyle.addLabels(plot, labels);
        PlotStyle.addLegend(plot, legend);
        return PlotStyle.chart(plot);
    }

    private Hist1D firstHist() {
        if (!backgrounds.isEmpty()) {
            return backgrounds.get(0).hist();
        }
        if (!signals.isEmpty()) {
            return signals.get(0).hist();
        }
        return data.hist();
    }

    /** Builder of {@link StackedHistogramPlot}. */
    public static final class Builder {
        private final List<HistSeries> backgrounds = new ArrayList<>();
        private final List<HistSeries> signals = new ArrayList<>();
        private HistSeries data;
        private String xQuantity = "x";
        private String xUnit = "";
        private String yLabel;
        private PlotLabels labels = PlotLabels.simulation(Double.NaN);
        private boolean logY;
        private boolean integerX;

        private Builder() {}

        /** Adds a background on top of those added before. */
        public Builder background(HistSeries s) {
            backgrounds.add(Objects.requireNonNull(s));
            return this;
        }

        /** Adds a signal, drawn as a line over the stack (not stacked). */
        public Builder signal(HistSeries s) {
            signals.add(Objects.requireNonNull(s));
            return this;
        }

        /** Sets the data (or pseudo-data), drawn as points with error bars. */
        public Builder data(HistSeries s) {
            this.data = Objects.requireNonNull(s);
            return this;
        }

        /**
         * The x quantity and its unit in {@link PlotText} markup; the axis reads "quantity [unit]" and
         * the y axis "Events / (width unit)".
         *
         * @param quantity e.g. "M^{2}_{recoil}"
         * @param unit e.g. "GeV^{2}/c^{4}", or empty for a dimensionless quantity
         */
        public Builder xLabel(String quantity, String unit) {
            this.xQuantity = Objects.requireNonNull(quantity);
            this.xUnit = Objects.requireNonNull(unit);
            return this;
        }

        /** Overrides the automatic "Events / (width unit)" y label. */
        public Builder yLabel(String label) {
            this.yLabel = Objects.requireNonNull(label);
            return this;
        }

        /** The label block (experiment, luminosity). */
        public Builder labels(PlotLabels labels) {
            this.labels = Objects.requireNonNull(labels);
            return this;
        }

        /** Logarithmic or linear (default) y axis. */
        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Ticks at whole numbers only on the x axis (an axis of bin indices, e.g. a fit's bins). */
        public Builder integerX() {
            this.integerX = true;
            return this;
        }

        /** The plot. */
        public StackedHistogramPlot build() {
            return new StackedHistogramPlot(this);
        }
    }
}

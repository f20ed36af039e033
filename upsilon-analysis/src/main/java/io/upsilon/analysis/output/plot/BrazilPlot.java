package io.upsilon.analysis.output.plot;

import io.upsilon.analysis.output.LimitPoint;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The "Brazil-band" upper-limit plot: limit versus mass with the expected median (dashed), the ±1σ
 * (green) and ±2σ (yellow) expected bands, the observed limit (solid black with markers) when
 * present, optional reference curves (theory, earlier results), the {@link PlotLabels} block and a
 * legend inside the frame. The y axis is logarithmic by default.
 *
 * <pre>{@code
 * JFreeChart chart = BrazilPlot.builder(points)
 *         .xLabel("M_{Z′} [GeV]")
 *         .yLabel("σ(e⁺e⁻ → μ⁺μ⁻Z′) × BR(Z′ → invisible) [fb]")
 *         .labels(PlotLabels.simulation(79.7).withLine("90% CL upper limits"))
 *         .build()
 *         .chart();
 * }</pre>
 */
public final class BrazilPlot {
    private final List<LimitPoint> points;
    private final String xLabel;
    private final String yLabel;
    private final PlotLabels labels;
    private final List<Curve> references;
    private final boolean logY;
    private final String observedLabel;
    private final String expectedLabel;

    private BrazilPlot(Builder b) {
        this.points = b.points.stream()
                .sorted(Comparator.comparingDouble(LimitPoint::mass))
                .toList();
        this.xLabel = b.xLabel;
        this.yLabel = b.yLabel;
        this.labels = b.labels;
        this.references = List.copyOf(b.references);
        this.logY = b.logY;
        this.observedLabel = b.observedLabel;
        this.expectedLabel = b.expectedLabel;
        if (points.size() < 2) {
            throw new IllegalArgumentException("a limit plot needs at least two mass points");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).mass() == points.get(i - 1).mass()) {
                throw new IllegalArgumentException(
                        "two limit points at mass " + points.get(i).mass());
            }
        }
        if (logY) {
            for (LimitPoint p : points) {
                if (p.expectedMinus2() <= 0 || (p.hasObserved() && p.observed() <= 0)) {
                    throw new IllegalArgumentException("log y axis needs positive limits; mass " + p.mass());
                }
            }
        }
    }

    /** A builder for the given limit points (at least two distinct masses; any order). */
    public static Builder builder(List<LimitPoint> points) {
        return new Builder(points);
    }

    /** The limit points, sorted by mass. */
    public List<LimitPoint> points() {
        return points;
    }

    /** Builds the chart. */
    public JFreeChart chart() {
        YIntervalSeries band2 = new YIntervalSeries("±2σ");
        YIntervalSeries band1 = new YIntervalSeries("±1σ");
        XYSeries expected = new XYSeries("expected", false, true);
        XYSeries observed = new XYSeries("observed", false, true);
        boolean anyObserved = false;
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (LimitPoint p : points) {
            band2.add(p.mass(), p.expected(), p.expectedMinus2(), p.expectedPlus2());
            band1.add(p.mass(), p.expected(), p.expectedMinus1(), p.expectedPlus1());
            expected.add(p.mass(), p.expected());
            lo = Math.min(lo, p.expectedMinus2());
            hi = Math.max(hi, p.expectedPlus2());
            if (p.hasObserved()) {
                observed.add(p.mass(), p.observed());
                anyObserved = true;
                lo = Math.min(lo, p.observed());
                hi = Math.max(hi, p.observed());
            }
        }
        double xMin = points.get(0).mass();
        double xMax = points.get(points.size() - 1).mass();
        XYSeriesCollection refData = new XYSeriesCollection();
        for (Curve c : references) {
            XYSeries s = new XYSeries(c.label(), false, true);
            for (int i = 0; i < c.size(); i++) {
                if (!logY || c.y(i) > 0) {
                    s.add(c.x(i), c.y(i));
                    // A reference drawn inside the mass range must be inside the y range too.
                    if (c.x(i) >= xMin && c.x(i) <= xMax) {
                        lo = Math.min(lo, c.y(i));
                        hi = Math.max(hi, c.y(i));
                    }
                }
            }
            refData.addSeries(s);
        }

        ValueAxis xAxis = PlotStyle.linearAxis(xLabel);
        xAxis.setRange(xMin, xMax);
        ValueAxis yAxis = logY ? PlotStyle.logAxis(yLabel) : PlotStyle.linearAxis(yLabel);
        if (logY) {
            // Room above the band for the labels and the legend (about a third of the height).
            double decades = Math.max(Math.log10(hi / lo), 1.0);
            double lower = lo / Math.pow(10, 0.12 * decades);
            double upper = hi * Math.pow(10, 0.65 * decades);
            yAxis.setRange(lower, upper);
        } else {
            ((NumberAxis) yAxis).setAutoRangeIncludesZero(true);
            yAxis.setRange(0, hi * 1.6);
        }

        XYPlot plot = PlotStyle.plot(xAxis, yAxis);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDataset(0, new YIntervalSeriesCollection());
        ((YIntervalSeriesCollection) plot.getDataset(0)).addSeries(band2);
        plot.setRenderer(0, bandRenderer(PlotStyle.BAND_2SIGMA));
        YIntervalSeriesCollection d1 = new YIntervalSeriesCollection();
        d1.addSeries(band1);
        plot.setDataset(1, d1);
        plot.setRenderer(1, bandRenderer(PlotStyle.BAND_1SIGMA));

        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(expected);
        if (anyObserved) {
            lines.addSeries(observed);
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(0, PlotStyle.DASHED);
        lineRenderer.setSeriesShapesVisible(0, false);
        if (anyObserved) {
            lineRenderer.setSeriesPaint(1, Color.BLACK);
            lineRenderer.setSeriesStroke(1, PlotStyle.LINE);
            lineRenderer.setSeriesShape(1, PlotStyle.MARKER);
            lineRenderer.setSeriesShapesVisible(1, true);
            lineRenderer.setSeriesShapesFilled(1, true);
        }
        plot.setDataset(2, lines);
        plot.setRenderer(2, lineRenderer);

        if (!references.isEmpty()) {
            XYLineAndShapeRenderer refRenderer = new XYLineAndShapeRenderer(true, false);
            for (int i = 0; i < references.size(); i++) {
                Curve c = references.get(i);
                refRenderer.setSeriesPaint(i, c.colour());
                refRenderer.setSeriesStroke(i, c.dashed() ? PlotStyle.DASHED : PlotStyle.LINE);
            }
            plot.setDataset(3, refData);
            plot.setRenderer(3, refRenderer);
        }

        LegendItemCollection legend = new LegendItemCollection();
        if (anyObserved) {
            legend.add(PlotStyle.lineItem(observedLabel, Color.BLACK, PlotStyle.LINE, true));
        }
        legend.add(PlotStyle.lineItem(expectedLabel, Color.BLACK, PlotStyle.DASHED, false));
        legend.add(PlotStyle.boxItem("±1σ expected", PlotStyle.BAND_1SIGMA, PlotStyle.BAND_1SIGMA));
        legend.add(PlotStyle.boxItem("±2σ expected", PlotStyle.BAND_2SIGMA, PlotStyle.BAND_2SIGMA));
        for (Curve c : references) {
            legend.add(
                    PlotStyle.lineItem(c.label(), c.colour(), c.dashed() ? PlotStyle.DASHED : PlotStyle.LINE, false));
        }
        PlotStyle.addLabels(plot, labels);
        PlotStyle.addLegend(plot, legend);
        return PlotStyle.chart(plot);
    }

    private static DeviationRenderer bandRenderer(Color colour) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setSeriesFillPaint(0, colour);
        r.setSeriesPaint(0, colour);
        r.setAlpha(1.0f);
        return r;
    }

    /** Builder of {@link BrazilPlot}. */
    public static final class Builder {
        private final List<LimitPoint> points;
        private String xLabel = "M [GeV]";
        private String yLabel = "upper limit";
        private PlotLabels labels = PlotLabels.simulation(Double.NaN);
        private final List<Curve> references = new ArrayList<>();
        private boolean logY = true;
        private String observedLabel = "Observed";
        private String expectedLabel = "Expected (median)";

        private Builder(List<LimitPoint> points) {
            this.points = List.copyOf(points);
        }

        /** The x-axis label in {@link PlotText} markup, with units, e.g. {@code "M_{Z′} [GeV]"}. */
        public Builder xLabel(String label) {
            this.xLabel = Objects.requireNonNull(label);
            return this;
        }

        /** The y-axis label in {@link PlotText} markup, with units. */
        public Builder yLabel(String label) {
            this.yLabel = Objects.requireNonNull(label);
            return this;
        }

        /** The label block (experiment, luminosity, e.g. "90% CL"). */
        public Builder labels(PlotLabels labels) {
            this.labels = Objects.requireNonNull(labels);
            return this;
        }

        /** Adds a reference curve (theory prediction, published limit). */
        public Builder reference(Curve curve) {
            this.references.add(Objects.requireNonNull(curve));
            return this;
        }

        /** Logarithmic (default) or linear y axis. */
        public Builder logY(boolean logY) {
            this.logY = logY;
            return this;
        }

        /** Legend text of the observed and expected lines (defaults "Observed", "Expected (median)"). */
        public Builder legendText(String observed, String expected) {
            this.observedLabel = Objects.requireNonNull(observed);
            this.expectedLabel = Objects.requireNonNull(expected);
            return this;
        }

        /** The plot. */
        public BrazilPlot build() {
            return new BrazilPlot(this);
        }
    }
}

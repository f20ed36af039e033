package io.upsilon.searches.validation;

import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A measurement against Upsilon: the data as black points with their total error bars over the
 * Upsilon histogram (a step line with its statistical error), and below it a ratio panel MC / data
 * with the combined relative error, a line at 1, and the chi2 and rate ratio in the legend.
 */
final class ComparisonPlot {
    private static final Color UPSILON = new Color(0, 90, 200);

    private ComparisonPlot() {}

    static JFreeChart chart(DataComparison c, PlotLabels labels) {
        ContinuumDataset d = c.dataset();
        ReferenceHistogram data = d.data();
        int n = data.bins();
        boolean logY = d.logY();

        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.max(data.value(i) + data.error(i), c.mc(i) + c.mcError(i)));
            if (data.value(i) > 0) {
                minPositive = Math.min(minPositive, data.value(i));
            }
            if (c.mc(i) > 0) {
                minPositive = Math.min(minPositive, c.mc(i));
            }
        }
        if (!(max > 0)) {
            max = 1;
        }
        ValueAxis yAxis;
        double floor;
        if (logY) {
            floor = Math.pow(10, Math.floor(Math.log10(Math.max(minPositive * 0.5, max * 1e-8))));
            double decades = Math.max(Math.log10(max / floor), 1.0);
            yAxis = PlotStyle.logAxis(d.yLabel());
            yAxis.setRange(floor, max * Math.pow(10, 0.45 * decades));
        } else {
            floor = 0;
            double min = 0;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, data.value(i) - data.error(i));
            }
            yAxis = PlotStyle.linearAxis(d.yLabel());
            yAxis.setRange(min * 1.1, max * 1.55);
        }
        XYPlot main = PlotStyle.plot(PlotStyle.linearAxis(d.xLabel()), yAxis);
        main.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        XYSeries steps = new XYSeries("Upsilon", false, true);
        for (int i = 0; i < n; i++) {
            double y = logY ? Math.max(c.mc(i), floor) : c.mc(i);
            if (i > 0 && data.lo(i) > data.hi(i - 1)) {
                steps.add(data.hi(i - 1), logY ? floor : 0);
                steps.add(data.lo(i), logY ? floor : 0);
            }
            steps.add(data.lo(i), y);
            steps.add(data.hi(i), y);
        }
        XYSeriesCollection stepData = new XYSeriesCollection(steps);
        XYLineAndShapeRenderer stepRenderer = new XYLineAndShapeRenderer(true, false);
        stepRenderer.setSeriesPaint(0, UPSILON);
        stepRenderer.setSeriesStroke(0, new BasicStroke(2.0f));

        XYIntervalSeries mcErr = new XYIntervalSeries("Upsilon stat.");
        XYIntervalSeries points = new XYIntervalSeries("data");
        for (int i = 0; i < n; i++) {
            double x = data.centre(i);
            double m = c.mc(i);
            if (!logY || m - c.mcError(i) > 0) {
                mcErr.add(x, x, x, m, m - c.mcError(i), m + c.mcError(i));
            }
            double v = data.value(i);
            if (!logY || v > 0) {
                double lo = logY ? Math.max(v - data.error(i), floor) : v - data.error(i);
                points.add(x, data.lo(i), data.hi(i), v, lo, v + data.error(i));
            }
        }
        XYIntervalSeriesCollection mcErrData = new XYIntervalSeriesCollection();
        mcErrData.addSeries(mcErr);
        XYErrorRenderer mcErrRenderer = errorRenderer(UPSILON, false);
        XYIntervalSeriesCollection pointData = new XYIntervalSeriesCollection();
        pointData.addSeries(points);
        XYErrorRenderer pointRenderer = errorRenderer(Color.BLACK, true);

        main.setDataset(0, stepData);
        main.setRenderer(0, stepRenderer);
        main.setDataset(1, mcErrData);
        main.setRenderer(1, mcErrRenderer);
        main.setDataset(2, pointData);
        main.setRenderer(2, pointRenderer);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(PlotStyle.dataItem("data, " + experimentAndYear(data)));
        legend.add(PlotStyle.lineItem("Upsilon", UPSILON, new BasicStroke(2.0f), false));
        PlotLabels withNumbers = labels.withLine(d.title())
                .withLine(String.format(Locale.ROOT, "χ²/ndf = %.1f / %d", c.chi2(), c.ndf()))
                .withLine(String.format(Locale.ROOT, "rate MC/data = %.3f ± %.3f", c.rateRatio(), c.rateRatioError()));
        PlotStyle.addLabels(main, withNumbers);
        PlotStyle.addLegend(main, legend);

        NumberAxis ratioAxis = PlotStyle.linearAxis("MC / data");
        XYIntervalSeries ratio = new XYIntervalSeries("MC / data");
        double rMin = 1;
        double rMax = 1;
        for (int i = 0; i < n; i++) {
            double v = data.value(i);
            if (!(v > 0) || data.error(i) > v) {
                continue; // a bin compatible with zero says nothing about a ratio
            }
            double r = c.mc(i) / v;
            double e = Math.abs(r) * Math.hypot(data.error(i) / v, c.mc(i) > 0 ? c.mcError(i) / c.mc(i) : 0);
            ratio.add(data.centre(i), data.lo(i), data.hi(i), r, r - e, r + e);
            rMin = Math.min(rMin, r - e);
            rMax = Math.max(rMax, r + e);
        }
        double spread = Math.min(Math.max(1 - rMin, rMax - 1), 2.5);
        double half = Math.max(0.25, Math.ceil(spread * 1.15 * 4) / 4);
        ratioAxis.setRange(Math.max(1 - half, 0), 1 + half);
        XYPlot lower = PlotStyle.plot(PlotStyle.linearAxis(d.xLabel()), ratioAxis);
        XYIntervalSeriesCollection ratioData = new XYIntervalSeriesCollection();
        ratioData.addSeries(ratio);
        lower.setDataset(0, ratioData);
        lower.setRenderer(0, errorRenderer(UPSILON, true));
        XYSeries one = new XYSeries("1");
        one.add(data.lo(0), 1.0);
        one.add(data.hi(n - 1), 1.0);
        XYLineAndShapeRenderer oneRenderer = new XYLineAndShapeRenderer(true, false);
        oneRenderer.setSeriesPaint(0, Color.GRAY);
        oneRenderer.setSeriesStroke(0, PlotStyle.DASHED);
        lower.setDataset(1, new XYSeriesCollection(one));
        lower.setRenderer(1, oneRenderer);

        ValueAxis x = PlotStyle.linearAxis(d.xLabel());
        x.setRange(data.lo(0), data.hi(n - 1));
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(6);
        combined.add(main, 3);
        combined.add(lower, 1);
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);
        return PlotStyle.chart(combined);
    }

    private static XYErrorRenderer errorRenderer(Color colour, boolean marker) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setCapLength(0);
        r.setErrorStroke(new BasicStroke(1.4f));
        r.setErrorPaint(colour);
        r.setSeriesPaint(0, colour);
        r.setSeriesShape(0, PlotStyle.MARKER);
        r.setSeriesShapesVisible(0, marker);
        r.setSeriesLinesVisible(0, false);
        return r;
    }

    /** "BaBar 2013": the experiment (before the first comma) and the first year in parentheses. */
    static String experimentAndYear(ReferenceHistogram data) {
        String p = data.publication();
        int comma = p.indexOf(',');
        String experiment = comma > 0 ? p.substring(0, comma) : p;
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\((\\d{4})\\)").matcher(p);
        return m.find() ? experiment + " " + m.group(1) : experiment;
    }

    /** "BaBar, PRD 88, 032011 (2013)"-like legend text: the experiment and journal reference. */
    static String shortSource(ReferenceHistogram data) {
        String p = data.publication();
        int quote = p.indexOf('"');
        int end = p.lastIndexOf('"');
        String experiment = p.substring(0, Math.max(p.indexOf(','), 0));
        String journal = end > quote && quote >= 0 ? p.substring(end + 1).replaceFirst("^[,\\s]+", "") : p;
        int comma = journal.indexOf(", arXiv");
        if (comma < 0) {
            comma = journal.indexOf(", hep-ex");
        }
        if (comma > 0) {
            journal = journal.substring(0, comma);
        }
        return (experiment.isEmpty() ? "" : experiment + ", ") + journal.replaceFirst("[.,]\\s*$", "");
    }
}

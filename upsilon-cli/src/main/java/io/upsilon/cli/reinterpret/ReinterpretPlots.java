package io.upsilon.cli.reinterpret;

import io.upsilon.analysis.output.LimitPoint;
import io.upsilon.analysis.output.plot.BrazilPlot;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotStyle;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.generators.decay.spectrum.KnunuWetSpectrum;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The PNGs of {@code upsilon reinterpret}: a Brazil band vs m_X, or a profile scan of one Wilson coefficient. */
final class ReinterpretPlots {
    private ReinterpretPlots() {}

    private static PlotLabels labels(List<String> lines, String last) {
        PlotLabels l = new PlotLabels(lines.get(0), Double.NaN, lines.subList(1, lines.size()));
        return last == null ? l : l.withLine(last);
    }

    /** Brazil band of the upper limit on B(B+ -&gt; K+ X) vs m_X at limit index {@code k}. */
    static void brazil(List<PointResult> points, int k, List<String> source, Path file) {
        List<LimitPoint> lp = new ArrayList<>();
        for (PointResult p : points) {
            PointResult.Limit l = p.limits().get(k);
            double s = p.poiScale();
            double[] e = l.expected();
            if (!Double.isFinite(l.observed()) || !allFinite(e)) {
                continue;
            }
            lp.add(LimitPoint.of(p.parameters().get("m_x"), l.observed(), e).map(v -> v * s));
        }
        if (lp.size() < 2) {
            return;
        }
        BrazilPlot plot = BrazilPlot.builder(lp)
                .xLabel("m_{X} [GeV]")
                .yLabel("B(B^{+} → K^{+} X), X invisible")
                .logY(true)
                .labels(labels(
                        source,
                        String.format(
                                Locale.ROOT,
                                "%.0f%% CL upper limits (CLs, asymptotic)",
                                100 * points.get(0).limits().get(k).cl())))
                .build();
        new PlotWriter().writePng(plot.chart(), file);
    }

    private static boolean allFinite(double[] v) {
        for (double x : v) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * -2 ln [L(POI = 1) / L_max] along a one-dimensional scan of {@code parameter}, relative to its
     * smallest value on the scan (so 1 and 3.84 mark the 68.3% and 95% CL intervals of the
     * coefficient, Wilks, one degree of freedom).
     */
    static void profile(List<PointResult> points, String parameter, String axisLabel, List<String> source, Path file) {
        double min = Double.POSITIVE_INFINITY;
        for (PointResult p : points) {
            min = Math.min(min, p.twiceNllAtOne());
        }
        XYSeries curve = new XYSeries("-2Δln L", true, true);
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double yMax = 0;
        for (PointResult p : points) {
            double x = p.parameters().get(parameter);
            double y = p.twiceNllAtOne() - min;
            if (Double.isFinite(y)) {
                curve.add(x, y);
                yMax = Math.max(yMax, y);
            }
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
        }
        if (curve.getItemCount() < 2) {
            return;
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(curve);
        XYSeries one = new XYSeries("68.3% CL", false, true);
        one.add(x0, 1.0);
        one.add(x1, 1.0);
        XYSeries two = new XYSeries("95% CL", false, true);
        two.add(x0, 3.84);
        two.add(x1, 3.84);
        data.addSeries(one);
        data.addSeries(two);
        // The Standard Model value of the scanned coefficient, when it lies on the scan.
        double sm = parameter.equals("cvl_plus_cvr") ? Math.abs(KnunuWetSpectrum.smCL()) : 0;
        XYSeries smLine = new XYSeries("SM", false, true);
        double top = Math.max(5, Math.min(yMax, 25)) * 1.3;
        if (sm > x0 && sm < x1) {
            smLine.add(sm, 0.0);
            smLine.add(sm, top);
        }
        data.addSeries(smLine);
        NumberAxis x = PlotStyle.linearAxis(axisLabel);
        x.setRange(x0, x1);
        NumberAxis y = PlotStyle.linearAxis("−2 Δln L (POI = 1, nuisance parameters profiled)");
        y.setRange(0, top);
        XYPlot plot = PlotStyle.plot(x, y);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesStroke(0, PlotStyle.LINE);
        r.setSeriesShape(0, PlotStyle.MARKER);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesShapesVisible(2, false);
        r.setSeriesPaint(1, PlotStyle.line(1));
        r.setSeriesPaint(2, PlotStyle.line(2));
        r.setSeriesStroke(1, PlotStyle.DASHED);
        r.setSeriesStroke(2, PlotStyle.DASHED);
        r.setSeriesShapesVisible(3, false);
        r.setSeriesPaint(3, Color.GRAY);
        r.setSeriesStroke(3, PlotStyle.LINE);
        plot.setDataset(data);
        plot.setRenderer(r);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(PlotStyle.lineItem("profile likelihood", Color.BLACK, PlotStyle.LINE, true));
        legend.add(PlotStyle.lineItem("68.3% CL (1.00)", PlotStyle.line(1), PlotStyle.DASHED, false));
        legend.add(PlotStyle.lineItem("95% CL (3.84)", PlotStyle.line(2), PlotStyle.DASHED, false));
        if (smLine.getItemCount() > 0) {
            legend.add(PlotStyle.lineItem(
                    String.format(Locale.ROOT, "Standard Model (%.2f)", sm), Color.GRAY, PlotStyle.LINE, false));
        }
        PlotStyle.addLegend(plot, legend);
        JFreeChart chart = PlotStyle.chart(plot);
        chart.setTitle(new org.jfree.chart.title.TextTitle(String.join(", ", source), PlotStyle.LABEL_FONT));
        new PlotWriter().writePng(chart, file);
    }
}

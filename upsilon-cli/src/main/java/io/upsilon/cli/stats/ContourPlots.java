package io.upsilon.cli.stats;

import io.upsilon.analysis.output.plot.PlotStyle;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.stats.infer.ProfileContour;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws {@code upsilon stats contour}'s PNG: the 68.27% and 95% regions and the best fit. */
final class ContourPlots {
    static final int SIZE = 640;

    /** Fraction of the scanned y range added above it for the legend. */
    static final double HEADROOM = 0.3;

    private static final Ellipse2D BEST_MARKER = new Ellipse2D.Double(-5, -5, 10, 10);

    private ContourPlots() {}

    /** The chart: solid 68.27% and dashed 95% contours, the best fit as a filled marker. */
    static JFreeChart chart(ProfileContour.Result r, double[] levels, List<String> levelNames) {
        NumberAxis x = PlotStyle.linearAxis(ImpactsPlots.escape(r.xName()));
        NumberAxis y = PlotStyle.linearAxis(ImpactsPlots.escape(r.yName()));
        x.setRange(r.x()[0], r.x()[r.x().length - 1]);
        double y0 = r.y()[0];
        double y1 = r.y()[r.y().length - 1];
        // Headroom above the scanned range for the legend, so that it never covers a contour.
        y.setRange(y0, y1 + HEADROOM * (y1 - y0));
        XYPlot plot = PlotStyle.plot(x, y);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int series = 0;
        for (int l = 0; l < levels.length; l++) {
            int line = 0;
            for (List<double[]> polyline : r.contour(levels[l])) {
                XYSeries s = new XYSeries(levelNames.get(l) + " " + line++, false, true);
                for (double[] p : polyline) {
                    s.add(p[0], p[1]);
                }
                data.addSeries(s);
                renderer.setSeriesPaint(series, Color.BLACK);
                renderer.setSeriesStroke(series, l == 0 ? PlotStyle.LINE : PlotStyle.DASHED);
                series++;
            }
        }
        XYSeries best = new XYSeries("best fit", false, true);
        int ix = indexOf(r, r.xName());
        int iy = indexOf(r, r.yName());
        best.add(r.best().value(ix), r.best().value(iy));
        data.addSeries(best);
        renderer.setSeriesLinesVisible(series, false);
        renderer.setSeriesShapesVisible(series, true);
        renderer.setSeriesShape(series, BEST_MARKER);
        renderer.setSeriesPaint(series, PlotStyle.line(1));
        plot.setDataset(data);
        plot.setRenderer(renderer);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(PlotStyle.lineItem(levelNames.get(0), Color.BLACK, PlotStyle.LINE, false));
        legend.add(PlotStyle.lineItem(levelNames.get(1), Color.BLACK, PlotStyle.DASHED, false));
        LegendItem bestItem = new LegendItem("Best fit", null, null, null, BEST_MARKER, PlotStyle.line(1));
        bestItem.setLabelFont(PlotStyle.LEGEND_FONT);
        legend.add(bestItem);
        PlotStyle.addLegend(plot, legend);
        return PlotStyle.chart(plot);
    }

    /** Writes the PNG. */
    static void writePng(ProfileContour.Result r, double[] levels, List<String> levelNames, Path file) {
        new PlotWriter(SIZE, SIZE, ImpactsPlots.PNG_SCALE).writePng(chart(r, levels, levelNames), file);
    }

    private static int indexOf(ProfileContour.Result r, String name) {
        return r.parameterIndex(name);
    }
}

package io.upsilon.cli.stats;

import io.upsilon.analysis.output.plot.ImpactsPlot;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.stats.infer.Impacts;
import io.upsilon.stats.model.Model;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/** Draws the ranking of {@code upsilon stats impacts --plot}: stats results to {@link ImpactsPlot} rows. */
final class ImpactsPlots {
    /** PNG pixels per point. */
    static final double PNG_SCALE = 2.0;

    private ImpactsPlots() {}

    /** The plot of the first {@code top} rows (0: all). */
    static ImpactsPlot plot(Model m, Impacts.Result r, int top) {
        List<ImpactsPlot.Entry> entries = new ArrayList<>();
        for (Impacts.Impact i : r.ranking()) {
            if (top > 0 && entries.size() >= top) {
                break;
            }
            entries.add(new ImpactsPlot.Entry(
                    i.name(),
                    i.value(),
                    i.error(),
                    i.pull(),
                    i.pullError(),
                    i.prefitUp(),
                    i.prefitDown(),
                    i.postfitUp(),
                    i.postfitDown()));
        }
        int poi = m.poiIndex();
        double mu = r.nominal().value(poi);
        double err = r.nominal().errors() == null ? Double.NaN : r.nominal().errors()[poi];
        ImpactsPlot.Builder b = ImpactsPlot.builder(entries)
                .line(String.format(
                        Locale.ROOT, "POI %s: μ\u0302 = %s ± %s", escape(m.poiName()), number(mu), number(err)))
                .line(entries.size() + " of " + r.ranking().size() + " parameters, ranked by post-fit impact");
        if (r.poiAtBound()) {
            boolean lower = mu <= m.lowerBounds()[poi];
            String at = "POI at " + (lower ? "lower" : "upper") + " bound: ";
            b.warning(
                    StatsCommand.allImpactsZero(r)
                            ? at + "refits end there too, impacts are 0"
                            : at + "impacts are one-sided (refits cannot cross the bound)");
        }
        return b.build();
    }

    /** Writes the plot to {@code file} atomically: PDF or SVG by extension, PNG otherwise. */
    static void write(Model m, Impacts.Result r, int top, Path file) {
        ImpactsPlot p = plot(m, r, top);
        JFreeChart chart = p.chart();
        PlotWriter writer = new PlotWriter(ImpactsPlot.WIDTH, p.height(), PNG_SCALE);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            writer.writePdf(chart, file);
        } else if (name.endsWith(".svg")) {
            writer.writeSvg(chart, file);
        } else {
            writer.writePng(chart, file);
        }
    }

    /** Escapes the {@code PlotText} markup characters of a plain name. */
    static String escape(String name) {
        return name.replaceAll("([_^{}\\\\])", "\\\\$1");
    }

    private static String number(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "n/a";
    }
}

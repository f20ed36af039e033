package io.upsilon.analysis.output.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.block.GridArrangement;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The nuisance-parameter ranking plot ("impact plot") in the style of CMS combine and cabinetry:
 * one row per parameter, the highest-ranked at the top, parameter names on the y axis. The left
 * panel shows the pull (θ̂ − θ₀)/Δθ with the post-fit error bar (in units of the pre-fit width) on
 * a ±1 band; the right panel the impact on the POI, Δμ, for θ shifted by +1 and −1 standard
 * deviation (two colours): pre-fit impacts as hatched outlined bars (drawn as lines, so the same in PNG, PDF and SVG), post-fit impacts as narrower
 * solid bars in front. Free parameters (no constraint, so no pull) show their fitted value as text.
 * The label block ("Upsilon", best-fit POI, a warning when the POI sits at a bound) and the legend
 * are above the panels. Takes plain {@link Entry} records, so it needs nothing from the statistics
 * module.
 *
 * <pre>{@code
 * ImpactsPlot p = ImpactsPlot.builder(entries).poiLabel("μ").line("μ̂ = 0.49 ± 0.68").build();
 * new PlotWriter(ImpactsPlot.WIDTH, p.height(), 2).writePng(p.chart(), file);
 * }</pre>
 */
public final class ImpactsPlot {
    /** Drawing width in points. */
    public static final int WIDTH = 1000;

    /** Colour of the +1σ impacts. */
    public static final Color UP = new Color(0, 114, 178);

    /** Colour of the −1σ impacts. */
    public static final Color DOWN = new Color(213, 94, 0);

    private static final Color BAND = new Color(225, 225, 225);
    private static final Color ROW_SHADE = new Color(245, 245, 245);
    private static final Font NAME_FONT = new Font(PlotStyle.FONT_FAMILY, Font.PLAIN, 13);
    private static final Font NOTE_FONT = new Font(PlotStyle.FONT_FAMILY, Font.PLAIN, 11);
    private static final int ROW_POINTS = 24;
    private static final int FRAME_POINTS = 190;

    /**
     * One parameter's row.
     *
     * @param name parameter name, as printed (plain text, no markup)
     * @param value post-fit value θ̂ (shown as text for free parameters)
     * @param error post-fit uncertainty of θ̂
     * @param pull (θ̂ − θ₀)/Δθ, NaN for a free parameter
     * @param pullError post-fit uncertainty over the pre-fit width, NaN for a free parameter
     * @param prefitUp Δμ with θ at θ̂ + pre-fit width (NaN: none)
     * @param prefitDown Δμ with θ at θ̂ − pre-fit width (NaN: none)
     * @param postfitUp Δμ with θ at θ̂ + post-fit error
     * @param postfitDown Δμ with θ at θ̂ − post-fit error
     */
    public record Entry(
            String name,
            double value,
            double error,
            double pull,
            double pullError,
            double prefitUp,
            double prefitDown,
            double postfitUp,
            double postfitDown) {
        /** Validates the name. */
        public Entry {
            Objects.requireNonNull(name, "name");
        }

        /** Whether the parameter has a constraint, so a pull. */
        public boolean constrained() {
            return Double.isFinite(pull);
        }
    }

    private final List<Entry> entries;
    private final String poiLabel;
    private final String experiment;
    private final List<String> lines;
    private final String warning;

    private ImpactsPlot(Builder b) {
        this.entries = List.copyOf(b.entries);
        this.poiLabel = b.poiLabel;
        this.experiment = b.experiment;
        this.lines = List.copyOf(b.lines);
        this.warning = b.warning;
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("an impact plot needs at least one parameter");
        }
    }

    /** A builder for the given rows, highest-ranked first. */
    public static Builder builder(List<Entry> entries) {
        return new Builder(entries);
    }

    /** The drawing height in points that gives every row the same room: grows with the row count. */
    public int height() {
        return FRAME_POINTS + ROW_POINTS * entries.size() + 18 * (lines.size() + (warning.isEmpty() ? 0 : 1));
    }

    /** The rows, highest-ranked first. */
    public List<Entry> entries() {
        return entries;
    }

    /** Builds the chart (draw it at {@link #WIDTH} × {@link #height()} points). */
    public JFreeChart chart() {
        int n = entries.size();
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            names[n - 1 - k] = entries.get(k).name();
        }
        SymbolAxis rows = new SymbolAxis(null, names);
        rows.setTickLabelFont(NAME_FONT);
        rows.setTickLabelPaint(Color.BLACK);
        rows.setAxisLinePaint(Color.BLACK);
        rows.setTickMarksVisible(false);
        rows.setGridBandsVisible(true);
        rows.setGridBandPaint(Color.WHITE);
        rows.setGridBandAlternatePaint(ROW_SHADE);
        rows.setTickLabelInsets(new RectangleInsets(2, 4, 2, 8));
        rows.setRange(-0.6, n - 0.4);

        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(rows);
        combined.setGap(26);
        combined.add(pullPanel(n), 2);
        combined.add(impactPanel(n), 3);
        combined.setBackgroundPaint(Color.WHITE);
        combined.setOutlineVisible(false);
        combined.setInsets(new RectangleInsets(4, 4, 4, 14));

        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 6, 8));
        chart.addSubtitle(legend(combined));
        if (!warning.isEmpty()) {
            chart.addSubtitle(0, title(warning, PlotStyle.LABEL_FONT, new Color(190, 0, 0)));
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            chart.addSubtitle(0, title(lines.get(i), PlotStyle.LABEL_FONT, Color.BLACK));
        }
        if (!experiment.isEmpty()) {
            chart.addSubtitle(0, title(experiment, PlotStyle.EXPERIMENT_FONT, Color.BLACK));
        }
        return chart;
    }

    private XYPlot pullPanel(int n) {
        double reach = 2.0;
        for (Entry e : entries) {
            if (e.constrained()) {
                double err = Double.isFinite(e.pullError()) ? e.pullError() : 0;
                reach = Math.max(reach, Math.abs(e.pull()) + err);
            }
        }
        reach = Math.ceil(reach * 1.1 * 2) / 2;
        NumberAxis x = PlotStyle.linearAxis("(θ\u0302 − θ_{0})/Δθ");
        x.setRange(-reach, reach);
        x.setTickUnit(new NumberTickUnit(reach > 6 ? 2 : 1));
        XYPlot plot = panel(x);
        plot.addAnnotation(new XYBoxAnnotation(-1, -0.6, 1, n - 0.4, null, null, BAND), false);
        Stroke thin = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f);
        for (double v : new double[] {-1, 1}) {
            plot.addAnnotation(new XYLineAnnotation(v, -0.6, v, n - 0.4, thin, Color.GRAY), false);
        }
        plot.addAnnotation(new XYLineAnnotation(0, -0.6, 0, n - 0.4, new BasicStroke(1f), Color.DARK_GRAY), false);
        Stroke bar = new BasicStroke(2f);
        for (int k = 0; k < n; k++) {
            Entry e = entries.get(k);
            double y = n - 1 - k;
            if (e.constrained()) {
                if (Double.isFinite(e.pullError())) {
                    double lo = e.pull() - e.pullError();
                    double hi = e.pull() + e.pullError();
                    plot.addAnnotation(new XYLineAnnotation(lo, y, hi, y, bar, Color.BLACK), false);
                    double cap = 0.18;
                    plot.addAnnotation(new XYLineAnnotation(lo, y - cap, lo, y + cap, bar, Color.BLACK), false);
                    plot.addAnnotation(new XYLineAnnotation(hi, y - cap, hi, y + cap, bar, Color.BLACK), false);
                }
                plot.addAnnotation(new PointAnnotation(e.pull(), y), false);
            } else {
                XYTextAnnotation t =
                        new XYTextAnnotation("free: θ\u0302 = " + format(e.value()) + " ± " + format(e.error()), 0, y);
                t.setFont(NOTE_FONT);
                t.setPaint(Color.DARK_GRAY);
                t.setTextAnchor(TextAnchor.CENTER);
                plot.addAnnotation(t, false);
            }
        }
        return plot;
    }

    private XYPlot impactPanel(int n) {
        double reach = 0;
        for (Entry e : entries) {
            for (double v : new double[] {e.prefitUp(), e.prefitDown(), e.postfitUp(), e.postfitDown()}) {
                if (Double.isFinite(v)) {
                    reach = Math.max(reach, Math.abs(v));
                }
            }
        }
        boolean allZero = reach == 0;
        reach = allZero ? 1.0 : niceCeiling(reach * 1.08);
        NumberAxis x = PlotStyle.linearAxis("Δ" + poiLabel);
        x.setRange(-reach, reach);
        // Five labelled ticks (−reach, −reach/2, 0, reach/2, reach): never crowded in a narrow panel.
        x.setTickUnit(new NumberTickUnit(reach / 2));
        XYPlot plot = panel(x);
        if (allZero) {
            XYTextAnnotation t = new XYTextAnnotation("all impacts are 0", -reach / 2, n - 1);
            t.setFont(PlotStyle.LABEL_FONT);
            t.setPaint(new Color(190, 0, 0));
            t.setBackgroundPaint(Color.WHITE);
            plot.addAnnotation(t, false);
        }
        plot.addAnnotation(new XYLineAnnotation(0, -0.6, 0, n - 0.4, new BasicStroke(1f), Color.DARK_GRAY), false);
        for (int k = 0; k < n; k++) {
            Entry e = entries.get(k);
            double y = n - 1 - k;
            pair(plot, e.prefitUp(), e.prefitDown(), y, 0.36, true);
            pair(plot, e.postfitUp(), e.postfitDown(), y, 0.2, false);
        }
        return plot;
    }

    /** The +1 and −1 bars of one kind, the longer first so that a shorter one on the same side stays visible. */
    private static void pair(XYPlot plot, double up, double down, double y, double half, boolean hatched) {
        if (Math.abs(down) > Math.abs(up)) {
            box(plot, down, y, half, DOWN, hatched);
            box(plot, up, y, half, UP, hatched);
        } else {
            box(plot, up, y, half, UP, hatched);
            box(plot, down, y, half, DOWN, hatched);
        }
    }

    private static void box(XYPlot plot, double dx, double y, double half, Color colour, boolean hatched) {
        if (!Double.isFinite(dx) || dx == 0) {
            return;
        }
        plot.addAnnotation(new Bar(Math.min(0, dx), Math.max(0, dx), y - half, y + half, colour, hatched), false);
    }

    private static XYPlot panel(NumberAxis x) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setBackgroundPaint(new Color(255, 255, 255, 0));
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(1.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    /** {@code c} mixed with white: {@code f} = 0 is {@code c}, 1 is white (solid, for every output format). */
    private static Color light(Color c, double f) {
        return new Color(
                (int) Math.round(c.getRed() + (255 - c.getRed()) * f),
                (int) Math.round(c.getGreen() + (255 - c.getGreen()) * f),
                (int) Math.round(c.getBlue() + (255 - c.getBlue()) * f));
    }

    /** Diagonal hatch lines (lower left to upper right) every {@code step} points inside {@code r}. */
    private static Path2D hatchLines(Rectangle2D r, double step) {
        Path2D p = new Path2D.Double();
        double w = r.getWidth();
        double h = r.getHeight();
        for (double t = -h + step / 2; t < w; t += step) {
            double x0 = Math.max(0, t);
            double x1 = Math.min(w, t + h);
            p.moveTo(r.getX() + x0, r.getMaxY() - (x0 - t));
            p.lineTo(r.getX() + x1, r.getMaxY() - (x1 - t));
        }
        return p;
    }

    private static LegendItem hatchedItem(String label, Color c) {
        Rectangle2D box = new Rectangle2D.Double(-14, -7, 28, 14);
        LegendItem item = new LegendItem(
                PlotText.unicode(label),
                null,
                null,
                null,
                true,
                box,
                false,
                light(c, 0.85),
                true,
                c,
                new BasicStroke(1.2f),
                true,
                hatchLines(box, 5),
                new BasicStroke(1f),
                light(c, 0.35));
        item.setLabelFont(PlotStyle.LEGEND_FONT);
        return item;
    }

    private LegendTitle legend(CombinedRangeXYPlot plot) {
        LegendItemCollection items = new LegendItemCollection();
        items.add(hatchedItem("pre-fit impact, θ = θ\u0302 + Δθ", UP));
        items.add(hatchedItem("pre-fit impact, θ = θ\u0302 − Δθ", DOWN));
        items.add(PlotStyle.dataItem("pull (θ\u0302 − θ_{0})/Δθ ± Δθ\u0302/Δθ"));
        items.add(PlotStyle.boxItem("post-fit impact, θ = θ\u0302 + Δθ\u0302", UP, UP));
        items.add(PlotStyle.boxItem("post-fit impact, θ = θ\u0302 − Δθ\u0302", DOWN, DOWN));
        LegendItemSource source = () -> items;
        // Two rows of three columns, row by row: pre-fit +, pre-fit −, pull / post-fit +, post-fit −.
        LegendTitle legend = new LegendTitle(source, new GridArrangement(2, 3), new ColumnArrangement());
        legend.setItemFont(PlotStyle.LEGEND_FONT);
        legend.setItemPaint(Color.BLACK);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.CENTER);
        legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 14));
        legend.setMargin(new RectangleInsets(4, 0, 4, 0));
        return legend;
    }

    private static TextTitle title(String text, Font font, Color paint) {
        TextTitle t = new TextTitle(PlotText.unicode(text), font);
        t.setPaint(paint);
        t.setPosition(RectangleEdge.TOP);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(1, 4, 1, 4));
        return t;
    }

    static double niceCeiling(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= x) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3g", v) : "n/a";
    }

    /**
     * A horizontal bar in data coordinates: solid, or (pre-fit) a light fill with diagonal hatch lines
     * and an outline, drawn as plain lines so PNG, PDF and SVG look the same.
     */
    private static final class Bar extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final double x0;
        private final double x1;
        private final double y0;
        private final double y1;
        private final Color colour;
        private final boolean hatched;

        Bar(double x0, double x1, double y0, double y1, Color colour, boolean hatched) {
            this.x0 = x0;
            this.x1 = x1;
            this.y0 = y0;
            this.y1 = y1;
            this.colour = colour;
            this.hatched = hatched;
        }

        @Override
        public void draw(
                Graphics2D g2,
                XYPlot plot,
                Rectangle2D dataArea,
                ValueAxis domainAxis,
                ValueAxis rangeAxis,
                int rendererIndex,
                PlotRenderingInfo info) {
            double ax = domainAxis.valueToJava2D(x0, dataArea, plot.getDomainAxisEdge());
            double bx = domainAxis.valueToJava2D(x1, dataArea, plot.getDomainAxisEdge());
            double ay = rangeAxis.valueToJava2D(y0, dataArea, plot.getRangeAxisEdge());
            double by = rangeAxis.valueToJava2D(y1, dataArea, plot.getRangeAxisEdge());
            Rectangle2D r =
                    new Rectangle2D.Double(Math.min(ax, bx), Math.min(ay, by), Math.abs(bx - ax), Math.abs(by - ay));
            if (!hatched) {
                g2.setPaint(colour);
                g2.fill(r);
                return;
            }
            g2.setPaint(light(colour, 0.85));
            g2.fill(r);
            g2.setPaint(light(colour, 0.35));
            g2.setStroke(new BasicStroke(1f));
            g2.draw(hatchLines(r, 6));
            g2.setPaint(colour);
            g2.setStroke(new BasicStroke(1.2f));
            g2.draw(r);
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A filled black marker at a data point. */
    private static final class PointAnnotation extends AbstractXYAnnotation {
        private static final long serialVersionUID = 1L;
        private final double x;
        private final double y;

        PointAnnotation(double x, double y) {
            this.x = x;
            this.y = y;
        }

        @Override
        public void draw(
                Graphics2D g2,
                XYPlot plot,
                Rectangle2D dataArea,
                ValueAxis domainAxis,
                ValueAxis rangeAxis,
                int rendererIndex,
                PlotRenderingInfo info) {
            double px = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
            double py = rangeAxis.valueToJava2D(y, dataArea, plot.getRangeAxisEdge());
            g2.setPaint(Color.BLACK);
            g2.fill(new Ellipse2D.Double(px - 4.5, py - 4.5, 9, 9));
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Builder of {@link ImpactsPlot}. */
    public static final class Builder {
        private final List<Entry> entries;
        private String poiLabel = "μ";
        private String experiment = "Upsilon";
        private final List<String> lines = new ArrayList<>();
        private String warning = "";

        private Builder(List<Entry> entries) {
            this.entries = List.copyOf(entries);
        }

        /** The POI symbol in {@link PlotText} markup (default "μ"); the impact axis reads "Δ" + this. */
        public Builder poiLabel(String label) {
            this.poiLabel = Objects.requireNonNull(label);
            return this;
        }

        /** The bold first label line (default "Upsilon"; empty for none). */
        public Builder experiment(String text) {
            this.experiment = Objects.requireNonNull(text);
            return this;
        }

        /** Adds a label line under the experiment line (plain Unicode or {@link PlotText} markup). */
        public Builder line(String text) {
            this.lines.add(Objects.requireNonNull(text));
            return this;
        }

        /** A warning line in red (e.g. "POI at bound"); empty for none. */
        public Builder warning(String text) {
            this.warning = Objects.requireNonNull(text);
            return this;
        }

        /** The plot. */
        public ImpactsPlot build() {
            return new ImpactsPlot(this);
        }
    }
}

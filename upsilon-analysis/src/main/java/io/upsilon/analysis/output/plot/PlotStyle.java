package io.upsilon.analysis.output.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The house style shared by all plots: fonts, colours, axes with inward ticks, the label block and
 * an in-frame legend. Sizes are in points for the default drawing size of {@link
 * PlotWriter#DEFAULT_WIDTH} × {@link PlotWriter#DEFAULT_HEIGHT}.
 */
public final class PlotStyle {
    /** Font family: a logical family that maps to DejaVu Sans (full Greek and super/subscript digits). */
    public static final String FONT_FAMILY = Font.SANS_SERIF;

    /** Axis label font. */
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 17);

    /** Tick label font. */
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);

    /** Legend font. */
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);

    /** Font of the experiment line. */
    public static final Font EXPERIMENT_FONT = new Font(FONT_FAMILY, Font.BOLD | Font.ITALIC, 17);

    /** Font of the further label lines. */
    public static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);

    /** Expected ±1σ band colour (the traditional green). */
    public static final Color BAND_1SIGMA = new Color(0, 200, 0);

    /** Expected ±2σ band colour (the traditional yellow). */
    public static final Color BAND_2SIGMA = new Color(255, 223, 0);

    /**
     * Fill colours of stacked backgrounds, in order: distinguishable, colour-blind friendly (Okabe–Ito
     * based, lightened for fills).
     */
    public static final List<Color> FILL_PALETTE = List.of(
            new Color(86, 180, 233),
            new Color(230, 159, 0),
            new Color(0, 158, 115),
            new Color(204, 121, 167),
            new Color(240, 228, 66),
            new Color(153, 153, 153),
            new Color(0, 114, 178),
            new Color(213, 94, 0));

    /** Line colours of overlaid signals and curves, in order. */
    public static final List<Color> LINE_PALETTE = List.of(
            new Color(200, 0, 0),
            new Color(0, 0, 200),
            new Color(150, 0, 170),
            new Color(0, 130, 130),
            new Color(220, 110, 0),
            new Color(90, 90, 90));

    /** Stroke of main lines. */
    public static final Stroke LINE = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);

    /** Stroke of dashed lines. */
    public static final Stroke DASHED =
            new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {9f, 6f}, 0f);

    /** Marker of points. */
    public static final Shape MARKER = new Ellipse2D.Double(-4, -4, 8, 8);

    private PlotStyle() {}

    /** Colour {@code i} of {@link #FILL_PALETTE}, cycling. */
    public static Color fill(int i) {
        return FILL_PALETTE.get(i % FILL_PALETTE.size());
    }

    /** Colour {@code i} of {@link #LINE_PALETTE}, cycling. */
    public static Color line(int i) {
        return LINE_PALETTE.get(i % LINE_PALETTE.size());
    }

    /** A linear axis with the house style; {@code label} in {@link PlotText} markup. */
    public static NumberAxis linearAxis(String label) {
        NumberAxis axis = new NumberAxis();
        style(axis, label);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /**
     * A base-10 logarithmic axis with labels 10ⁿ at every decade and unlabelled minor ticks at 2..9
     * times each decade; {@code label} in {@link PlotText} markup.
     */
    public static LogAxis logAxis(String label) {
        LogAxis axis = new DecadeLogAxis();
        style(axis, label);
        axis.setBase(10);
        axis.setAutoTickUnitSelection(false);
        axis.setTickUnit(
                new NumberTickUnit(1.0, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)), 9));
        axis.setSmallestValue(1e-300);
        return axis;
    }

    private static void style(ValueAxis axis, String label) {
        axis.setAttributedLabel(PlotText.attributed(label, AXIS_LABEL_FONT));
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(Color.BLACK);
        axis.setTickMarkPaint(Color.BLACK);
        // Outward ticks, as matplotlib draws them, on every axis: inward marks were hidden on the
        // rendered log axis, and one style reads better than a mix.
        axis.setTickMarkInsideLength(0f);
        axis.setTickMarkOutsideLength(7f);
        axis.setTickMarkStroke(new BasicStroke(1.2f));
        axis.setMinorTickMarksVisible(true);
        axis.setMinorTickMarkInsideLength(0f);
        axis.setMinorTickMarkOutsideLength(4f);
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
        // JFreeChart leaves no room for outward marks beside a vertical axis's labels; the left inset
        // is the gap between a left axis's labels and its marks.
        axis.setTickLabelInsets(new RectangleInsets(3, 10, 2, 4));
        if (axis instanceof NumberAxis n) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setMinusSign('\u2212'); // a typographic minus, as wide as the plus
            n.setNumberFormatOverride(new DecimalFormat("0.###", symbols));
            n.setMinorTickCount(5);
        }
    }

    /** An XY plot on the given axes with white background, black frame, no grid lines. */
    public static XYPlot plot(ValueAxis x, ValueAxis y) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.BLACK);
        plot.setOutlineStroke(new BasicStroke(1.5f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(12, 8, 8, 22));
        return plot;
    }

    /** Wraps the plot in a chart without title or outside legend, white, antialiased. */
    public static JFreeChart chart(XYPlot plot) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        return chart;
    }

    /** Puts the label block in the upper left corner inside the frame. */
    public static void addLabels(XYPlot plot, PlotLabels labels) {
        BlockContainer block =
                new BlockContainer(new ColumnArrangement(HorizontalAlignment.LEFT, VerticalAlignment.TOP, 0, 2));
        if (!labels.experiment().isEmpty()) {
            block.add(title(PlotText.unicode(labels.experiment()), EXPERIMENT_FONT));
        }
        for (String line : labels.lines()) {
            block.add(title(PlotText.unicode(line), LABEL_FONT));
        }
        XYTitleAnnotation a = new XYTitleAnnotation(0.025, 0.975, new BlockTitle(block), RectangleAnchor.TOP_LEFT);
        plot.addAnnotation(a);
    }

    private static TextTitle title(String text, Font font) {
        TextTitle t = new TextTitle(text, font);
        t.setPaint(Color.BLACK);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(1, 2, 1, 2));
        return t;
    }

    /** Puts a legend with the given items in the upper right corner inside the frame. */
    public static void addLegend(XYPlot plot, LegendItemCollection items) {
        plot.setFixedLegendItems(items);
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(LEGEND_FONT);
        legend.setItemPaint(Color.BLACK);
        legend.setBackgroundPaint(new Color(255, 255, 255, 0));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setItemLabelPadding(new RectangleInsets(3, 6, 3, 2));
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setLegendItemGraphicPadding(new RectangleInsets(2, 2, 2, 2));
        XYTitleAnnotation a = new XYTitleAnnotation(0.975, 0.975, legend, RectangleAnchor.TOP_RIGHT);
        a.setMaxWidth(0.5);
        plot.addAnnotation(a);
    }

    /** A legend entry drawn as a line segment, optionally with a marker. */
    public static LegendItem lineItem(String label, Paint paint, Stroke stroke, boolean marker) {
        LegendItem item = new LegendItem(
                PlotText.unicode(label),
                null,
                null,
                null,
                marker,
                MARKER,
                marker,
                paint,
                false,
                paint,
                stroke,
                true,
                new Line2D.Double(-16, 0, 16, 0),
                stroke,
                paint);
        item.setLabelFont(LEGEND_FONT);
        return item;
    }

    /** A legend entry drawn as a filled box. */
    public static LegendItem boxItem(String label, Paint fill, Paint outline) {
        LegendItem item = new LegendItem(
                PlotText.unicode(label),
                null,
                null,
                null,
                new Rectangle2D.Double(-14, -7, 28, 14),
                fill,
                new BasicStroke(0.8f),
                outline);
        item.setLabelFont(LEGEND_FONT);
        return item;
    }

    /** A legend entry for data: a marker with a vertical error bar. */
    public static LegendItem dataItem(String label) {
        java.awt.geom.GeneralPath bar = new java.awt.geom.GeneralPath();
        bar.append(new Line2D.Double(0, -9, 0, 9), false);
        bar.append(MARKER, false);
        LegendItem item = new LegendItem(
                PlotText.unicode(label),
                null,
                null,
                null,
                true,
                bar,
                true,
                Color.BLACK,
                true,
                Color.BLACK,
                new BasicStroke(1.5f),
                false,
                new Line2D.Double(),
                new BasicStroke(1.5f),
                Color.BLACK);
        item.setLabelFont(LEGEND_FONT);
        return item;
    }
}

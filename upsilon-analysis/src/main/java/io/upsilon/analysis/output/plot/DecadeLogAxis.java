package io.upsilon.analysis.output.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A base-10 log axis whose ticks are plain {@link NumberTick}s labelled "10ⁿ" in Unicode
 * superscripts. With JFreeChart 1.5.6's own attributed {@code LogTick}s the minor marks did not
 * appear in rendered images; plain-text ticks draw like a linear axis's.
 */
final class DecadeLogAxis extends LogAxis {
    private static final long serialVersionUID = 1L;

    DecadeLogAxis() {
        super();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<?> ticks = super.refreshTicks(g2, state, dataArea, edge);
        List result = new ArrayList<>(ticks.size());
        for (Object o : ticks) {
            ValueTick t = (ValueTick) o;
            String label = t.getTickType() == org.jfree.chart.axis.TickType.MAJOR ? decade(t.getValue()) : "";
            result.add(new NumberTick(
                    t.getTickType(), t.getValue(), label, t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()));
        }
        return result;
    }

    /** "10ⁿ" for a power of ten, else the number. */
    static String decade(double value) {
        double e = Math.log10(value);
        long n = Math.round(e);
        if (Math.abs(e - n) > 1e-9) {
            return PlotLabels.formatNumber(value);
        }
        return "10" + PlotText.unicode("^{" + (n < 0 ? "\u2212" + (-n) : Long.toString(n)) + "}");
    }
}

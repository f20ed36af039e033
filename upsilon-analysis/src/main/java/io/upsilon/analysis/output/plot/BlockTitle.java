package io.upsilon.analysis.output.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.block.BlockContainer;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Size2D;

/** A title that draws a container of blocks (several text lines), for use in an annotation. */
final class BlockTitle extends Title {
    private static final long serialVersionUID = 1L;

    private final BlockContainer container;

    BlockTitle(BlockContainer container) {
        this.container = container;
    }

    @Override
    public Size2D arrange(Graphics2D g2, RectangleConstraint constraint) {
        Size2D s = container.arrange(g2, constraint);
        return new Size2D(s.getWidth(), s.getHeight());
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        container.draw(g2, area);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        draw(g2, area);
        return null;
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

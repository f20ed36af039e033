package io.upsilon.searches.validation;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Test support: measured distributions (points with error bars) against generated counts (step
 * line, scaled to the data's area), one panel per table, side by side, as a PNG (docs/images).
 */
final class DStarLNuPlot {
    private static final int PANEL = 340;
    private static final int HEIGHT = 360;
    private static final int MARGIN = 50;

    private DStarLNuPlot() {}

    static void write(Path file, List<ReferenceHistogram> data, double[][] counts) {
        BufferedImage img = new BufferedImage(PANEL * data.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, PANEL * data.size(), HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int k = 0; k < data.size(); k++) {
            panel(g, k * PANEL, data.get(k), counts[k]);
        }
        g.setColor(Color.BLACK);
        g.drawString(
                "anti-B0 -> D*+ e- nu: Belle arXiv:1702.01521 unfolded (points, 1e-15 GeV per unit) vs HQET2/CLN of"
                        + " b-decays.dec (red, scaled to the data's area)",
                10,
                18);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void panel(Graphics2D g, int x0, ReferenceHistogram h, double[] counts) {
        int n = h.bins();
        double lo = h.lo()[0];
        double hi = h.hi()[n - 1];
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        double[] model = new double[n];
        double top = 0;
        for (int i = 0; i < n; i++) {
            model[i] = counts[i] / total * h.integral() / h.width(i);
            top = Math.max(top, Math.max(model[i], h.value()[i] + h.error()[i]));
        }
        top *= 1.1;
        int left = x0 + MARGIN;
        int w = PANEL - MARGIN - 15;
        int ht = HEIGHT - 2 * MARGIN;
        g.setColor(Color.BLACK);
        g.drawRect(left, MARGIN, w, ht);
        for (int t = 0; t <= 4; t++) {
            int y = MARGIN + ht - t * ht / 4;
            g.drawString(String.format("%.0f", top * t / 4), x0 + 10, y + 4);
            int x = left + t * w / 4;
            g.drawString(String.format("%.2f", lo + t * (hi - lo) / 4), x - 12, MARGIN + ht + 16);
        }
        g.drawString(h.id(), left + w / 2 - 20, HEIGHT - 12);
        g.setColor(new Color(200, 40, 40));
        int prevY = -1;
        for (int i = 0; i < n; i++) {
            int xa = left + (int) Math.round((h.lo()[i] - lo) / (hi - lo) * w);
            int xb = left + (int) Math.round((h.hi()[i] - lo) / (hi - lo) * w);
            int y = MARGIN + ht - (int) Math.round(model[i] / top * ht);
            g.drawLine(xa, y, xb, y);
            if (prevY >= 0) {
                g.drawLine(xa, prevY, xa, y);
            }
            prevY = y;
        }
        g.setColor(Color.BLACK);
        for (int i = 0; i < n; i++) {
            int x = left + (int) Math.round((h.centre(i) - lo) / (hi - lo) * w);
            int y = MARGIN + ht - (int) Math.round(h.value()[i] / top * ht);
            int ya = MARGIN + ht - (int) Math.round((h.value()[i] + h.error()[i]) / top * ht);
            int yb = MARGIN + ht - (int) Math.round((h.value()[i] - h.error()[i]) / top * ht);
            g.fillOval(x - 3, y - 3, 6, 6);
            g.drawLine(x, ya, x, yb);
        }
    }
}

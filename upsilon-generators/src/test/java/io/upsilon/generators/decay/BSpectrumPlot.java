package io.upsilon.generators.decay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test support: draws the electron momentum spectrum of B decays at rest as a PNG (docs/images). */
final class BSpectrumPlot {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 480;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private BSpectrumPlot() {}

    /**
     * Writes the histograms over [0, max) GeV as step lines: all electrons, the primary ones by kind
     * of decay (stacked: each line is the sum of its kind and those before it), and the secondary
     * ones (all minus primary).
     */
    static void write(Path file, long[] all, long[][] primaryByKind, java.util.List<String> kinds, double max) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        long top = 1;
        for (long v : all) {
            top = Math.max(top, v);
        }
        int w = WIDTH - LEFT - RIGHT;
        int h = HEIGHT - TOP - BOTTOM;
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, w, h);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int t = 0; t <= 7; t++) {
            double p = t * 0.4;
            int x = LEFT + (int) Math.round(p / max * w);
            g.drawLine(x, TOP + h, x, TOP + h + 5);
            g.drawString(String.format("%.1f", p), x - 10, TOP + h + 20);
        }
        for (int t = 0; t <= 4; t++) {
            int y = TOP + h - t * h / 4;
            g.drawLine(LEFT - 5, y, LEFT, y);
            g.drawString(String.format("%.0f", top * t / 4.0), 5, y + 5);
        }
        g.drawString("electron momentum in the B rest frame p* (GeV)", LEFT + 150, HEIGHT - 15);
        g.drawString("electrons per 0.1 GeV (2 x 10^5 B, Y(4S) B+/B0 mix)", LEFT, TOP - 30);
        step(g, all, top, w, h, new Color(0, 70, 170), "all electrons", 0);
        long[] primary = new long[all.length];
        Color[] colours = {new Color(200, 40, 40), new Color(230, 130, 0), new Color(0, 140, 60), new Color(140, 0, 160)
        };
        for (int k = 0; k < primaryByKind.length; k++) {
            for (int i = 0; i < all.length; i++) {
                primary[i] += primaryByKind[k][i];
            }
            step(g, primary.clone(), top, w, h, colours[k % colours.length], "primary, up to " + kinds.get(k), k + 1);
        }
        long[] secondary = new long[all.length];
        for (int i = 0; i < all.length; i++) {
            secondary[i] = all[i] - primary[i];
        }
        step(g, secondary, top, w, h, Color.GRAY, "secondary (D, tau, Dalitz, J/psi decays)", kinds.size() + 1);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void step(Graphics2D g, long[] hist, long top, int w, int h, Color c, String label, int row) {
        g.setColor(c);
        g.setStroke(new BasicStroke(2f));
        int n = hist.length;
        int prevY = TOP + h;
        for (int i = 0; i < n; i++) {
            int x0 = LEFT + i * w / n;
            int x1 = LEFT + (i + 1) * w / n;
            int y = TOP + h - (int) Math.round((double) hist[i] / top * h);
            g.drawLine(x0, prevY, x0, y);
            g.drawLine(x0, y, x1, y);
            prevY = y;
        }
        g.drawLine(LEFT + w, prevY, LEFT + w, TOP + h);
        g.drawLine(LEFT + w - 330, TOP + 20 + 18 * row, LEFT + w - 300, TOP + 20 + 18 * row);
        g.setColor(Color.BLACK);
        g.drawString(label, LEFT + w - 295, TOP + 25 + 18 * row);
    }
}

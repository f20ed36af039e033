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
import javax.imageio.ImageIO;

/** Test support: Mbc and Delta E histograms of truth-matched B candidates side by side as a PNG (docs/images). */
final class MbcDeltaEPlot {
    private static final int PANEL = 480;
    private static final int HEIGHT = 420;
    private static final int MARGIN = 60;
    private static final int BINS = 50;
    private static final double DECADES = 4;

    private MbcDeltaEPlot() {}

    /**
     * Signal Mbc over [5.26, E*_beam + 2 MeV], signal Delta E over [-0.06, 0.06] GeV and the Mbc of
     * all candidates over [5.20, E*_beam + 2 MeV] on a log scale, with m_B and E*_beam marked.
     */
    static void write(
            Path file,
            double[] mbc,
            double[] deltaE,
            double[] weight,
            double[] allMbc,
            double[] allWeight,
            double mB,
            double eBeam) {
        BufferedImage img = new BufferedImage(3 * PANEL, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 3 * PANEL, HEIGHT);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        panel(g, 0, mbc, weight, false, 5.26, eBeam + 0.002, "Mbc (GeV)", new double[] {mB, eBeam}, new String[] {
            "m_B", "E*_beam"
        });
        panel(g, PANEL, deltaE, weight, false, -0.06, 0.06, "Delta E (GeV)", new double[] {0}, new String[] {"0"});
        panel(
                g,
                2 * PANEL,
                allMbc,
                allWeight,
                true,
                5.20,
                eBeam + 0.002,
                "Mbc, all candidates (log)",
                new double[] {eBeam},
                new String[] {"E*_beam"});
        g.setColor(Color.BLACK);
        g.drawString(
                "B+ -> anti-D0 pi+, anti-D0 -> K+ pi- (y4s-bpbm, Belle II fast simulation): truth-matched (left, middle; "
                        + mbc.length
                        + " candidates) and all candidates with |Delta E| < 0.25 GeV (right); event weights applied",
                MARGIN,
                20);
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] histogram(double[] values, double[] weight, double lo, double hi) {
        double[] h = new double[BINS];
        for (int i = 0; i < values.length; i++) {
            int b = (int) Math.floor((values[i] - lo) / (hi - lo) * BINS);
            if (b >= 0 && b < BINS) {
                h[b] += weight[i];
            }
        }
        return h;
    }

    private static void panel(
            Graphics2D g,
            int x0,
            double[] values,
            double[] weight,
            boolean log,
            double lo,
            double hi,
            String label,
            double[] marks,
            String[] names) {
        double[] h = histogram(values, weight, lo, hi);
        double total = 0;
        for (double x : weight) {
            total += x;
        }
        // Normalised to candidates: the weights scaled so that they sum to the number of candidates.
        double top = 1e-9;
        for (int b = 0; b < BINS; b++) {
            h[b] *= values.length / total;
            top = Math.max(top, h[b]);
        }
        int w = PANEL - 2 * MARGIN;
        int ht = HEIGHT - 2 * MARGIN;
        int left = x0 + MARGIN;
        g.setColor(Color.BLACK);
        g.drawRect(left, MARGIN, w, ht);
        for (int t = 0; t <= 4; t++) {
            double v = lo + t * (hi - lo) / 4;
            int x = left + t * w / 4;
            g.drawLine(x, MARGIN + ht, x, MARGIN + ht + 5);
            g.drawString(String.format("%.3f", v), x - 18, MARGIN + ht + 18);
            int y = MARGIN + ht - t * ht / 4;
            String tick = log
                    ? String.format("%.0e", top * Math.pow(10, -DECADES * (4 - t) / 4.0))
                    : String.format("%.0f", top * t / 4.0);
            g.drawString(tick, x0 + 8, y + 4);
        }
        g.drawString(
                label + ", " + String.format("%.1f", (hi - lo) / BINS * 1e3) + " MeV bins", left + 90, HEIGHT - 20);
        g.setColor(new Color(0, 70, 170));
        for (int b = 0; b < BINS; b++) {
            int xa = left + b * w / BINS;
            int xb = left + (b + 1) * w / BINS;
            double frac = log ? (h[b] > 0 ? Math.max(0, 1 + Math.log10(h[b] / top) / DECADES) : 0) : h[b] / top;
            int y = MARGIN + ht - (int) Math.round(frac * ht);
            g.fillRect(xa, y, Math.max(1, xb - xa - 1), MARGIN + ht - y);
        }
        g.setColor(new Color(200, 40, 40));
        for (int m = 0; m < marks.length; m++) {
            int x = left + (int) Math.round((marks[m] - lo) / (hi - lo) * w);
            g.drawLine(x, MARGIN, x, MARGIN + ht);
            g.drawString(names[m], x - 10, MARGIN - 4 - 12 * m);
        }
    }
}

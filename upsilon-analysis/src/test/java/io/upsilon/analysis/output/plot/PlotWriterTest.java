package io.upsilon.analysis.output.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotWriterTest {
    @TempDir
    Path dir;

    /** Variance of the grey level over all pixels: zero for a blank image. */
    private static double greyVariance(BufferedImage img) {
        double sum = 0;
        double sum2 = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double g = ((rgb >> 16) & 0xff) * 0.299 + ((rgb >> 8) & 0xff) * 0.587 + (rgb & 0xff) * 0.114;
                sum += g;
                sum2 += g * g;
                n++;
            }
        }
        double mean = sum / n;
        return sum2 / n - mean * mean;
    }

    private void checkAllFormats(JFreeChart chart, String name) throws Exception {
        PlotWriter w = new PlotWriter();
        List<Path> files = w.write(chart, dir, name, EnumSet.allOf(PlotFormat.class));
        assertThat(files)
                .extracting(p -> p.getFileName().toString())
                .containsExactly(name + ".png", name + ".pdf", name + ".svg");

        BufferedImage img = ImageIO.read(dir.resolve(name + ".png").toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo(1200);
        assertThat(greyVariance(img)).isGreaterThan(100.0);

        byte[] pdf = Files.readAllBytes(dir.resolve(name + ".pdf"));
        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5000);

        assertThat(Files.readString(dir.resolve(name + ".svg"))).contains("<svg");
    }

    @Test
    void brazilPlotRendersInEveryFormat() throws Exception {
        checkAllFormats(PlotExamples.brazil(), "limits");
    }

    @Test
    void stackedPlotsRenderLinearAndLog() throws Exception {
        checkAllFormats(PlotExamples.stacked(true), "stacked_log");
        checkAllFormats(PlotExamples.stacked(false), "stacked_linear");
    }

    @Test
    void histogramPlotRenders() throws Exception {
        checkAllFormats(PlotExamples.histogram(), "histogram");
    }

    @Test
    void outputIsReproducible() throws Exception {
        PlotWriter w = new PlotWriter(400, 300, 1.0);
        assertThat(w.png(PlotExamples.brazil())).isEqualTo(w.png(PlotExamples.brazil()));
        byte[] pdf = w.pdf(PlotExamples.brazil());
        Thread.sleep(1100); // the PDF library stamps the time in seconds
        assertThat(w.pdf(PlotExamples.brazil())).isEqualTo(pdf);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/CreationDate (D:19700101000000");
    }

    @Test
    void blankImageHasNoVariance() {
        // guards the non-blank check above: a white image must fail it
        BufferedImage white = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = white.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 50, 50);
        g.dispose();
        assertThat(greyVariance(white)).isZero();
    }

    @Test
    void pngSizeFollowsTheScale() {
        PlotWriter w = new PlotWriter(600, 450, 3.0);
        assertThat(w.pngWidth()).isEqualTo(1800);
        assertThat(w.image(PlotExamples.histogram()).getHeight()).isEqualTo(1350);
    }
}

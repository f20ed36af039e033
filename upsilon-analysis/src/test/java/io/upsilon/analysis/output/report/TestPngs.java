package io.upsilon.analysis.output.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small PNG files for the report tests. */
final class TestPngs {
    private TestPngs() {}

    /** Writes a {@code width} × {@code height} PNG: a blue frame around a diagonal red line. */
    static Path write(Path file, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.drawRect(0, 0, width - 1, height - 1);
        g.setColor(Color.RED);
        g.drawLine(0, height - 1, width - 1, 0);
        g.dispose();
        try {
            if (!ImageIO.write(img, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}

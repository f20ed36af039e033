package io.upsilon.analysis.output.plot;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import io.upsilon.analysis.output.AtomicFiles;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Writes charts to PNG, PDF and SVG, each file atomically. Charts are laid out at a drawing size in
 * points (default {@value #DEFAULT_WIDTH} × {@value #DEFAULT_HEIGHT}); PNGs are rendered at {@link
 * #DEFAULT_SCALE} times that many pixels, so fonts and lines keep their proportions at any
 * resolution. Output depends only on the chart: rerunning writes identical PNG, PDF and SVG bytes.
 */
public final class PlotWriter {
    /** Default drawing width in points. */
    public static final int DEFAULT_WIDTH = 800;

    /** Default drawing height in points. */
    public static final int DEFAULT_HEIGHT = 600;

    /** Default PNG scale: 1600 × 1200 pixels for the default size. */
    public static final double DEFAULT_SCALE = 2.0;

    private final int width;
    private final int height;
    private final double pngScale;

    /** A writer at the default size and scale. */
    public PlotWriter() {
        this(DEFAULT_WIDTH, DEFAULT_HEIGHT, DEFAULT_SCALE);
    }

    /**
     * @param width drawing width in points (at least 100)
     * @param height drawing height in points (at least 100)
     * @param pngScale pixels per point in PNGs (0.5 to 8)
     */
    public PlotWriter(int width, int height, double pngScale) {
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("plot size must be 100..10000 points, got " + width + "x" + height);
        }
        if (!(pngScale >= 0.5 && pngScale <= 8)) {
            throw new IllegalArgumentException("PNG scale must be in [0.5, 8], got " + pngScale);
        }
        this.width = width;
        this.height = height;
        this.pngScale = pngScale;
    }

    /** PNG width in pixels. */
    public int pngWidth() {
        return (int) Math.round(width * pngScale);
    }

    /** PNG height in pixels. */
    public int pngHeight() {
        return (int) Math.round(height * pngScale);
    }

    /** The chart rendered as an image of {@link #pngWidth()} × {@link #pngHeight()} pixels. */
    public BufferedImage image(JFreeChart chart) {
        return chart.createBufferedImage(pngWidth(), pngHeight(), width, height, null);
    }

    /** The chart as PNG bytes. */
    public byte[] png(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(chart), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart as PDF bytes (one page of the drawing size; text as vector outlines). */
    public byte[] pdf(JFreeChart chart) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle("Upsilon plot");
        doc.setAuthor("Upsilon");
        Page page = doc.createPage(new Rectangle(width, height));
        PDFGraphics2D g2 = page.getGraphics2D();
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return fixPdfDates(doc.getPDFBytes());
    }

    private static final Pattern PDF_DATE = Pattern.compile("/(CreationDate|ModDate) \\(D:(\\d{14})");

    /**
     * OrsonPDF stamps the wall-clock time into the document information; replace the 14 digits by
     * 1970-01-01 00:00:00 (same length, so the cross-reference offsets stay valid) to make the PDF a
     * pure function of the chart.
     */
    static byte[] fixPdfDates(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = PDF_DATE.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, "/" + m.group(1) + " (D:19700101000000");
        }
        m.appendTail(sb);
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The chart as an SVG document. */
    public String svg(JFreeChart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /** Writes a PNG to {@code file}, atomically. */
    public void writePng(JFreeChart chart, Path file) {
        AtomicFiles.writeBytes(file, png(chart));
    }

    /** Writes a PDF to {@code file}, atomically. */
    public void writePdf(JFreeChart chart, Path file) {
        AtomicFiles.writeBytes(file, pdf(chart));
    }

    /** Writes an SVG to {@code file}, atomically. */
    public void writeSvg(JFreeChart chart, Path file) {
        AtomicFiles.writeString(file, svg(chart));
    }

    /**
     * Writes {@code dir/baseName.ext} for each format.
     *
     * @return the files written, in {@link PlotFormat} order
     */
    public List<Path> write(JFreeChart chart, Path dir, String baseName, Set<PlotFormat> formats) {
        Objects.requireNonNull(chart, "chart");
        if (baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("base name must be a plain file name, got " + baseName);
        }
        List<Path> written = new ArrayList<>();
        for (PlotFormat f : EnumSet.copyOf(formats)) {
            Path file = dir.resolve(baseName + "." + f.extension());
            switch (f) {
                case PNG -> writePng(chart, file);
                case PDF -> writePdf(chart, file);
                case SVG -> AtomicFiles.writeBytes(file, svg(chart).getBytes(StandardCharsets.UTF_8));
            }
            written.add(file);
        }
        return written;
    }
}

package io.upsilon.analysis.output.plot;

/** File formats a plot can be written in. */
public enum PlotFormat {
    /** Raster image, rendered at a scale factor for print-quality resolution. */
    PNG("png"),
    /** Vector PDF (OrsonPDF); text drawn as outlines. */
    PDF("pdf"),
    /** Vector SVG (JFreeSVG). */
    SVG("svg");

    private final String extension;

    PlotFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }
}

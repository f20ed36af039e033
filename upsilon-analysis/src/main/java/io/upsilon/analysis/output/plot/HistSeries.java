package io.upsilon.analysis.output.plot;

import io.upsilon.core.hist.Hist1D;
import java.awt.Color;
import java.util.Objects;

/**
 * A histogram with its legend text and colour, as a component of a plot.
 *
 * @param label legend text (plain Unicode)
 * @param hist the histogram (not copied: do not fill it while plotting)
 * @param colour fill or line colour, or null for the plot's palette
 */
public record HistSeries(String label, Hist1D hist, Color colour) {

    /** Validates: non-null label and histogram. */
    public HistSeries {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hist, "hist");
    }

    /** A series coloured from the plot's palette. */
    public static HistSeries of(String label, Hist1D hist) {
        return new HistSeries(label, hist, null);
    }
}

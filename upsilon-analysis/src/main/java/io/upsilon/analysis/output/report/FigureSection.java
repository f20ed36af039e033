package io.upsilon.analysis.output.report;

import java.util.List;

/**
 * A section of figures, embedded in the page.
 *
 * @param heading the section heading
 * @param figures the figures in page order (at least one)
 */
public record FigureSection(String heading, List<Figure> figures) implements Section {
    /** Validates and copies the list. */
    public FigureSection {
        Section.requireHeading(heading);
        figures = List.copyOf(figures);
        if (figures.isEmpty()) {
            throw new IllegalArgumentException("section '" + heading + "' has no figures");
        }
    }
}

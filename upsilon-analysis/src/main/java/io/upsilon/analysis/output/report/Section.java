package io.upsilon.analysis.output.report;

/**
 * One numbered part of a {@link HtmlReport}, listed in the page's table of contents under its
 * {@link #heading()}.
 */
public sealed interface Section permits TableSection, FigureSection, TextSection {
    /** The section's heading, as shown in the page and its table of contents (not blank). */
    String heading();

    /** Rejects null and blank headings; shared by the section records' constructors. */
    static String requireHeading(String heading) {
        if (heading == null || heading.isBlank()) {
            throw new IllegalArgumentException("section heading must not be blank");
        }
        return heading;
    }
}

package io.upsilon.analysis.output.report;

import java.util.List;

/**
 * A section of plain-text paragraphs (escaped, never interpreted as HTML).
 *
 * @param heading the section heading
 * @param paragraphs the paragraphs in page order (at least one, none blank)
 */
public record TextSection(String heading, List<String> paragraphs) implements Section {
    /** Validates and copies the list. */
    public TextSection {
        Section.requireHeading(heading);
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("section '" + heading + "' has no paragraphs");
        }
        for (String p : paragraphs) {
            if (p.isBlank()) {
                throw new IllegalArgumentException("section '" + heading + "' has a blank paragraph");
            }
        }
    }
}

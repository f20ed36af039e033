package io.upsilon.analysis.output.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A PNG plot and its caption. The file is read when the page is rendered and embedded as a {@code
 * data:image/png;base64,...} URI, so the page does not refer to it afterwards.
 *
 * @param png the PNG file
 * @param caption what the figure shows (may be empty, not null)
 */
public record Figure(Path png, String caption) {
    /** Validates the fields. */
    public Figure {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(caption, "caption");
    }
}

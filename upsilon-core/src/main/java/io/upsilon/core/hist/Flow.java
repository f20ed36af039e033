package io.upsilon.core.hist;

import java.util.Locale;

/** The three bins of a histogram that lie outside the axis range. */
public enum Flow {
    /** Values below the axis' {@code lo} (including {@code -Infinity}). */
    UNDERFLOW,
    /** Values at or above the axis' {@code hi} (including {@code +Infinity}). */
    OVERFLOW,
    /** {@code NaN} values; kept apart from the axis and left out of every integral. */
    NAN;

    /** Lower-case label used in CSV and JSON output: {@code underflow}, {@code overflow}, {@code nan}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

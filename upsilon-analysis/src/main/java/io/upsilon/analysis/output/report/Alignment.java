package io.upsilon.analysis.output.report;

/** Horizontal alignment of a table column: numbers are right-aligned so their digits line up. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT;

    /** The CSS class the page's style sheet defines for this alignment ("" for the default, left). */
    String cssClass() {
        return switch (this) {
            case LEFT -> "";
            case CENTER -> "c";
            case RIGHT -> "r";
        };
    }
}

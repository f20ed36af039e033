package io.upsilon.analysis.output.report;

/** What a {@link TableSection} holds; the page styles the kinds differently (cut flows are denser). */
public enum TableKind {
    /** Final numbers: limits, fitted values, efficiencies. */
    RESULTS("results"),
    /** Selection steps down the rows, samples across the columns. */
    CUT_FLOW("cutflow");

    private final String cssClass;

    TableKind(String cssClass) {
        this.cssClass = cssClass;
    }

    /** The CSS class of the section's tables. */
    String cssClass() {
        return cssClass;
    }
}

package io.upsilon.analysis.output.report;

import java.util.List;
import java.util.Objects;

/**
 * A section of tables of one kind: the results, or the cut flow.
 *
 * @param heading the section heading
 * @param kind results or cut flow
 * @param tables the tables in page order (at least one)
 */
public record TableSection(String heading, TableKind kind, List<Table> tables) implements Section {
    /** Validates and copies the list. */
    public TableSection {
        Section.requireHeading(heading);
        Objects.requireNonNull(kind, "kind");
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("section '" + heading + "' has no tables");
        }
    }

    /** A results section. */
    public static TableSection results(String heading, List<Table> tables) {
        return new TableSection(heading, TableKind.RESULTS, tables);
    }

    /** A cut-flow section. */
    public static TableSection cutFlow(String heading, List<Table> tables) {
        return new TableSection(heading, TableKind.CUT_FLOW, tables);
    }
}

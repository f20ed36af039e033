package io.upsilon.analysis.output.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table of text cells: a header row and body rows of the same width, a caption above it and notes
 * (paragraphs) below it. Cells are shown as given (escaped); numbers are formatted by the caller.
 *
 * @param caption shown above the table after "Table n." (may be empty, not null)
 * @param header column names (at least one)
 * @param rows body rows, each as wide as the header (may be none)
 * @param alignments one per column
 * @param notes paragraphs shown under the table, e.g. what the numbers mean (may be none)
 */
public record Table(
        String caption, List<String> header, List<List<String>> rows, List<Alignment> alignments, List<String> notes) {

    /**
     * A cell that reads as a number: an optional sign, digits, then only characters of numbers,
     * uncertainties, ranges and units that keep the column numeric ("1.302e+06 ± 1.9e+04", "6.35%",
     * "0.9881 / 0.9109", "1109, 879").
     */
    private static final Pattern NUMERIC = Pattern.compile("[-+\u2212]?(\\d|\\.\\d)[0-9.eE+\\-\u2212%±/, ]*");

    /** Placeholders for a missing number that leave a column numeric. */
    private static final Set<String> NUMERIC_PLACEHOLDERS = Set.of("-", "\u2013", "\u2014", "nan", "NaN", "inf", "n/a");

    /** Validates the shape and copies the lists. */
    public Table {
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = List.copyOf(rows.get(i));
            if (row.size() != header.size()) {
                throw new IllegalArgumentException(
                        "row " + (i + 1) + " has " + row.size() + " cells, the header has " + header.size());
            }
            copied.add(row);
        }
        rows = List.copyOf(copied);
        alignments = List.copyOf(alignments);
        if (alignments.size() != header.size()) {
            throw new IllegalArgumentException(
                    "got " + alignments.size() + " alignments for " + header.size() + " columns");
        }
        notes = List.copyOf(notes);
    }

    /**
     * A table without caption or notes whose columns are right-aligned where every non-empty body
     * cell reads as a number ({@link #numericAlignments}).
     */
    public static Table of(List<String> header, List<List<String>> rows) {
        return new Table("", header, rows, numericAlignments(header.size(), rows), List.of());
    }

    /** This table with another caption. */
    public Table withCaption(String newCaption) {
        return new Table(newCaption, header, rows, alignments, notes);
    }

    /** This table with other notes. */
    public Table withNotes(List<String> newNotes) {
        return new Table(caption, header, rows, alignments, newNotes);
    }

    /**
     * RIGHT for columns with at least one number and nothing but numbers (or placeholders such as
     * "-" and "nan") in their non-empty body cells, LEFT otherwise.
     *
     * @param columns the number of columns
     * @param rows the body rows (rows shorter than {@code columns} count as empty cells)
     */
    public static List<Alignment> numericAlignments(int columns, List<List<String>> rows) {
        List<Alignment> result = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            boolean anyNumber = false;
            boolean allNumeric = true;
            for (List<String> row : rows) {
                String cell = c < row.size() ? row.get(c).strip() : "";
                if (cell.isEmpty() || NUMERIC_PLACEHOLDERS.contains(cell)) {
                    continue;
                }
                if (NUMERIC.matcher(cell).matches()) {
                    anyNumber = true;
                } else {
                    allNumeric = false;
                }
            }
            result.add(anyNumber && allNumeric ? Alignment.RIGHT : Alignment.LEFT);
        }
        return result;
    }
}

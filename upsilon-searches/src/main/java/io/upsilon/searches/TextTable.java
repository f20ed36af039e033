package io.upsilon.searches;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A plain-text table for the terminal: a header and rows of cells, right-aligned in columns. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** A table with these column headings. */
    public static TextTable of(String... header) {
        return new TextTable(Arrays.asList(header));
    }

    /** Adds a row of cells formatted with {@link Locale#ROOT} ({@code format} has one conversion per cell). */
    public TextTable row(String format, Object... values) {
        String[] cells = String.format(Locale.ROOT, format, values).split("\t", -1);
        if (cells.length > header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    /** The table, one line per row (header first), columns two spaces apart. */
    @Override
    public String toString() {
        int[] width = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                b.append(i == 0 ? "" : "  ")
                        .append(" ".repeat(width[i] - r.get(i).length()))
                        .append(r.get(i));
            }
            b.append('\n');
        }
        return b.toString();
    }
}

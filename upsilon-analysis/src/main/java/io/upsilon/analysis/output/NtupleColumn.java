package io.upsilon.analysis.output;

import java.util.Objects;

/**
 * One column of an ntuple: its name, value type, whether it holds one value per row or a list
 * (one value per particle of an event row), its unit and what it means (what the format page,
 * docs/ntuples.md, lists).
 *
 * @param name the column name
 * @param type the value type (of the elements, for a list column)
 * @param list true for a list column ({@code list<type>}: one element per particle of the row's event)
 * @param unit the unit ("" for a dimensionless number)
 * @param meaning one line on what the column holds
 */
public record NtupleColumn(String name, ColumnType type, boolean list, String unit, String meaning) {
    /** Validates the fields. */
    public NtupleColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(meaning, "meaning");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a column needs a name");
        }
    }

    /** A column with one value per row. */
    public static NtupleColumn scalar(String name, ColumnType type, String unit, String meaning) {
        return new NtupleColumn(name, type, false, unit, meaning);
    }

    /** This column as a list column (same name, type, unit and meaning). */
    public NtupleColumn asList() {
        return new NtupleColumn(name, type, true, unit, meaning);
    }

    /** The type as DuckDB's DESCRIBE shows it, e.g. {@code INTEGER} or {@code DOUBLE[]}. */
    public String sqlType() {
        return list ? type.sql() + "[]" : type.sql();
    }
}

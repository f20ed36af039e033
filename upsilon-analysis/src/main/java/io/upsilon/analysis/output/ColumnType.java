package io.upsilon.analysis.output;

import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The value type of an ntuple column: integers stay integers (a PDG id read back as 11.0 is a
 * trap in pandas and SQL), real numbers are IEEE doubles.
 */
public enum ColumnType {
    /** 32-bit signed integer (PDG ids, status codes, indices, counts). */
    INT32(PrimitiveTypeName.INT32, "INTEGER"),
    /** 64-bit signed integer (event numbers: a job may hold up to 1e12 events). */
    INT64(PrimitiveTypeName.INT64, "BIGINT"),
    /** IEEE 754 double (momenta, energies, positions, times, weights, variables). */
    DOUBLE(PrimitiveTypeName.DOUBLE, "DOUBLE");

    private final PrimitiveTypeName parquet;
    private final String sql;

    ColumnType(PrimitiveTypeName parquet, String sql) {
        this.parquet = parquet;
        this.sql = sql;
    }

    /** The Parquet physical type. */
    public PrimitiveTypeName parquet() {
        return parquet;
    }

    /** The SQL type name a reader such as DuckDB reports for a column of this type. */
    public String sql() {
        return sql;
    }
}

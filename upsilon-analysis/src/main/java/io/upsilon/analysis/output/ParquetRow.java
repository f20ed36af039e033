package io.upsilon.analysis.output;

import java.util.List;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * The values of one Parquet record, written column by column, in schema order, straight into
 * parquet-hadoop's {@link RecordConsumer} (no intermediate objects per value: the writers stream
 * 1e8 events). Every column of the schema must be written once per record; list columns are the
 * standard three-level Parquet LIST ({@code group NAME (LIST) { repeated group list { required
 * element } }}), which pyarrow, DuckDB and awkward read as list columns.
 */
public final class ParquetRow {
    private static final String LIST = "list";
    private static final String ELEMENT = "element";

    private final String[] names;
    private final ColumnType[] types;
    private final boolean[] lists;
    private RecordConsumer consumer;

    ParquetRow(List<NtupleColumn> columns) {
        int n = columns.size();
        names = new String[n];
        types = new ColumnType[n];
        lists = new boolean[n];
        for (int i = 0; i < n; i++) {
            names[i] = columns.get(i).name();
            types[i] = columns.get(i).type();
            lists[i] = columns.get(i).list();
        }
    }

    void attach(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    /** Writes the INT32 column {@code column}. */
    public void int32(int column, int value) {
        check(column, ColumnType.INT32, false);
        consumer.startField(names[column], column);
        consumer.addInteger(value);
        consumer.endField(names[column], column);
    }

    /** Writes the INT64 column {@code column}. */
    public void int64(int column, long value) {
        check(column, ColumnType.INT64, false);
        consumer.startField(names[column], column);
        consumer.addLong(value);
        consumer.endField(names[column], column);
    }

    /** Writes the DOUBLE column {@code column}. */
    public void float64(int column, double value) {
        check(column, ColumnType.DOUBLE, false);
        consumer.startField(names[column], column);
        consumer.addDouble(value);
        consumer.endField(names[column], column);
    }

    /** Writes the first {@code n} values of {@code values} as the list column {@code column} of INT32. */
    public void int32List(int column, int[] values, int n) {
        check(column, ColumnType.INT32, true);
        startList(column, n);
        for (int i = 0; i < n; i++) {
            consumer.startGroup();
            consumer.startField(ELEMENT, 0);
            consumer.addInteger(values[i]);
            consumer.endField(ELEMENT, 0);
            consumer.endGroup();
        }
        endList(column, n);
    }

    /** Writes the first {@code n} values of {@code values} as the list column {@code column} of DOUBLE. */
    public void float64List(int column, double[] values, int n) {
        check(column, ColumnType.DOUBLE, true);
        startList(column, n);
        for (int i = 0; i < n; i++) {
            consumer.startGroup();
            consumer.startField(ELEMENT, 0);
            consumer.addDouble(values[i]);
            consumer.endField(ELEMENT, 0);
            consumer.endGroup();
        }
        endList(column, n);
    }

    private void startList(int column, int n) {
        consumer.startField(names[column], column);
        consumer.startGroup();
        // An empty list is the LIST group without its repeated field.
        if (n > 0) {
            consumer.startField(LIST, 0);
        }
    }

    private void endList(int column, int n) {
        if (n > 0) {
            consumer.endField(LIST, 0);
        }
        consumer.endGroup();
        consumer.endField(names[column], column);
    }

    private void check(int column, ColumnType type, boolean list) {
        if (types[column] != type || lists[column] != list) {
            throw new IllegalArgumentException("column " + names[column] + " is "
                    + (lists[column] ? "a list of " : "") + types[column] + ", not "
                    + (list ? "a list of " : "") + type);
        }
    }
}

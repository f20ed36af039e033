package io.upsilon.analysis.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parquet ntuple with one row per candidate, written by a {@link ParquetRecordWriter}: required
 * INT64 {@code event}, DOUBLE {@code weight}, INT32 {@code candidate} and {@code ncandidates} (or
 * other names for the row index within its event and the row count of the event), then one
 * required DOUBLE per variable; Snappy compression, 32 MiB row groups.
 */
public final class ParquetNtupleWriter implements NtupleWriter {
    private static final int EVENT = 0;
    private static final int WEIGHT = 1;
    private static final int INDEX = 2;
    private static final int COUNT = 3;
    private static final int FIRST_VARIABLE = 4;

    private final int nValues;
    private final ParquetRecordWriter writer;
    private NtupleRow current;
    private final ParquetRecordWriter.Record record = this::writeCurrent;

    /** Opens the temporary file (index columns {@code candidate}, {@code ncandidates}). */
    public ParquetNtupleWriter(Path target, List<String> variableColumns) throws IOException {
        this(target, variableColumns, ColumnNames.CANDIDATE, ColumnNames.N_CANDIDATES);
    }

    /**
     * Opens the temporary file, with the row-index and row-count columns named {@code indexColumn}
     * and {@code countColumn}.
     */
    public ParquetNtupleWriter(Path target, List<String> variableColumns, String indexColumn, String countColumn)
            throws IOException {
        this(target, variableColumns, indexColumn, countColumn, Map.of());
    }

    /** As above, with key-value metadata (e.g. provenance) stored in the file footer. */
    public ParquetNtupleWriter(
            Path target,
            List<String> variableColumns,
            String indexColumn,
            String countColumn,
            Map<String, String> metadata)
            throws IOException {
        this.nValues = variableColumns.size();
        this.writer = new ParquetRecordWriter(target, columns(variableColumns, indexColumn, countColumn), metadata);
    }

    /** The columns of a candidate ntuple with these variable columns. */
    public static List<NtupleColumn> columns(List<String> variableColumns, String indexColumn, String countColumn) {
        List<NtupleColumn> out = new ArrayList<>();
        out.add(NtupleColumn.scalar(ColumnNames.EVENT, ColumnType.INT64, "", "event number in the job"));
        out.add(NtupleColumn.scalar(ColumnNames.WEIGHT, ColumnType.DOUBLE, "", "event weight"));
        out.add(NtupleColumn.scalar(indexColumn, ColumnType.INT32, "", "index of the row within its event"));
        out.add(NtupleColumn.scalar(countColumn, ColumnType.INT32, "", "number of rows of the event"));
        for (String c : variableColumns) {
            out.add(NtupleColumn.scalar(c, ColumnType.DOUBLE, "", "variable"));
        }
        return out;
    }

    @Override
    public void write(NtupleRow row) throws IOException {
        if (row.values().length != nValues) {
            throw new IllegalArgumentException("row has " + row.values().length + " values, the ntuple " + nValues);
        }
        current = row;
        writer.write(record);
    }

    private void writeCurrent(ParquetRow row) {
        row.int64(EVENT, current.event());
        row.float64(WEIGHT, current.weight());
        row.int32(INDEX, current.candidate());
        row.int32(COUNT, current.nCandidates());
        for (int i = 0; i < nValues; i++) {
            row.float64(FIRST_VARIABLE + i, current.value(i));
        }
    }

    @Override
    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}

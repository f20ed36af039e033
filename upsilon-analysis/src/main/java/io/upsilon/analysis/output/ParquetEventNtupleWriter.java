package io.upsilon.analysis.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Parquet ntuple with one row per event ({@link NtupleLayout#EVENT}): INT64 {@code event}, DOUBLE
 * {@code weight}, INT32 {@code ncandidates}, then one {@code list<double>} per variable with one
 * element per candidate of the event. The rows of an event are collected until {@link
 * #endEvent(long, double)}, which writes the event's row, also for an event without candidates
 * (empty lists), so the table has one row per event processed.
 */
public final class ParquetEventNtupleWriter implements NtupleWriter {
    private static final int FIRST_VARIABLE = 3;

    private final int nValues;
    private final ParquetRecordWriter writer;
    private double[][] values;
    private int n;
    private long event;
    private double weight;
    private final ParquetRecordWriter.Record record = this::writeEvent;

    /** Opens the temporary file, with key-value {@code metadata} for its footer. */
    public ParquetEventNtupleWriter(Path target, List<String> variableColumns, Map<String, String> metadata)
            throws IOException {
        this.nValues = variableColumns.size();
        this.values = new double[nValues][8];
        this.writer = new ParquetRecordWriter(target, columns(variableColumns), metadata);
    }

    /** The columns: event, weight, ncandidates, then one list column per variable. */
    public static List<NtupleColumn> columns(List<String> variableColumns) {
        List<NtupleColumn> out = new ArrayList<>();
        out.add(NtupleColumn.scalar(ColumnNames.EVENT, ColumnType.INT64, "", "event number in the job"));
        out.add(NtupleColumn.scalar(ColumnNames.WEIGHT, ColumnType.DOUBLE, "", "event weight"));
        out.add(NtupleColumn.scalar(ColumnNames.N_CANDIDATES, ColumnType.INT32, "", "number of candidates"));
        for (String c : variableColumns) {
            out.add(new NtupleColumn(c, ColumnType.DOUBLE, true, "", "variable, one value per candidate"));
        }
        return out;
    }

    /** Collects one candidate of the current event; rows of another event need an {@link #endEvent} first. */
    @Override
    public void write(NtupleRow row) throws IOException {
        double[] v = row.values();
        if (v.length != nValues) {
            throw new IllegalArgumentException("row has " + v.length + " values, the ntuple " + nValues);
        }
        if (n > 0 && row.event() != event) {
            throw new IllegalStateException("row of event " + row.event() + " before the end of event " + event);
        }
        if (n == values[0].length) {
            for (int k = 0; k < nValues; k++) {
                values[k] = Arrays.copyOf(values[k], 2 * n);
            }
        }
        for (int k = 0; k < nValues; k++) {
            values[k][n] = v[k];
        }
        event = row.event();
        weight = row.weight();
        n++;
    }

    /** Writes the row of event {@code eventNumber} with the candidates collected since the last one. */
    @Override
    public void endEvent(long eventNumber, double eventWeight) throws IOException {
        if (n > 0 && eventNumber != event) {
            throw new IllegalStateException("end of event " + eventNumber + " after rows of event " + event);
        }
        event = eventNumber;
        weight = eventWeight;
        writer.write(record);
        n = 0;
    }

    private void writeEvent(ParquetRow row) {
        row.int64(0, event);
        row.float64(1, weight);
        row.int32(2, n);
        for (int k = 0; k < nValues; k++) {
            row.float64List(FIRST_VARIABLE + k, values[k], n);
        }
    }

    /** Writes the row of a last event whose end was not marked, then finishes the file. */
    @Override
    public void commit() throws IOException {
        if (n > 0) {
            endEvent(event, weight);
        }
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}

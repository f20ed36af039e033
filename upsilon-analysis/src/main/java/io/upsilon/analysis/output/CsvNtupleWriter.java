package io.upsilon.analysis.output;

import io.upsilon.core.exec.TemporaryFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV ntuple: a header line with the column names, then one line per row; numbers as Java writes
 * them ({@code Double.toString}: shortest text that reads back to the same double; {@code NaN},
 * {@code Infinity}).
 */
public final class CsvNtupleWriter implements NtupleWriter {
    private final Path target;
    private final Path tmp;
    private final int nValues;
    private final BufferedWriter out;
    private boolean committed;

    /** Opens the temporary file and writes the header. */
    public CsvNtupleWriter(Path target, List<String> variableColumns) throws IOException {
        this.target = target;
        this.tmp = NtupleWriter.temporaryBeside(target);
        this.nValues = variableColumns.size();
        List<String> header = new ArrayList<>(
                List.of(ColumnNames.EVENT, ColumnNames.WEIGHT, ColumnNames.CANDIDATE, ColumnNames.N_CANDIDATES));
        for (String c : variableColumns) {
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                throw new IllegalArgumentException("CSV column name must not contain ',', '\"' or a newline: " + c);
            }
            header.add(c);
        }
        this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
        out.write(String.join(",", header));
        out.write('\n');
    }

    @Override
    public void write(NtupleRow row) throws IOException {
        if (row.values().length != nValues) {
            throw new IllegalArgumentException("row has " + row.values().length + " values, the ntuple " + nValues);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(row.event())
                .append(',')
                .append(row.weight())
                .append(',')
                .append(row.candidate())
                .append(',')
                .append(row.nCandidates());
        for (int i = 0; i < nValues; i++) {
            sb.append(',').append(row.value(i));
        }
        sb.append('\n');
        out.write(sb.toString());
    }

    @Override
    public void commit() throws IOException {
        out.close();
        TemporaryFiles.moveIntoPlace(tmp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            out.close();
            Files.deleteIfExists(tmp);
        }
    }
}

package io.upsilon.analysis.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes ntuple rows to a temporary file beside the target; {@link #commit()} renames it into place,
 * {@link #close()} without a commit deletes it. Columns: {@link ColumnNames#EVENT}, {@link
 * ColumnNames#WEIGHT}, {@link ColumnNames#CANDIDATE}, {@link ColumnNames#N_CANDIDATES}, then one per
 * variable. Not thread-safe.
 */
public interface NtupleWriter extends AutoCloseable {
    /** Appends one row; its values must match the variable columns. */
    void write(NtupleRow row) throws IOException;

    /**
     * Marks the end of an event's rows. Writers with one row per candidate ignore it; {@link
     * ParquetEventNtupleWriter} writes the event's row here (also for an event without rows).
     */
    default void endEvent(long event, double weight) throws IOException {}

    /** Finishes the file and moves it to its target path (replacing an existing file). */
    void commit() throws IOException;

    /** Deletes the temporary file unless committed. */
    @Override
    void close() throws IOException;

    /**
     * A writer chosen by the file extension: {@code .parquet} or {@code .csv}.
     *
     * @param variableColumns the variable column names (see {@link ColumnNames#of(String)})
     * @throws IllegalArgumentException for any other extension
     */
    static NtupleWriter open(Path target, List<String> variableColumns) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return new ParquetNtupleWriter(target, variableColumns);
        }
        if (name.endsWith(".csv")) {
            return new CsvNtupleWriter(target, variableColumns);
        }
        throw new IllegalArgumentException("ntuple file must end in .parquet or .csv, got " + target);
    }

    /**
     * A writer chosen by the file extension and the layout: {@link NtupleLayout#PARTICLE} as {@link
     * #open(Path, List)} (one row per candidate), {@link NtupleLayout#EVENT} one row per event with
     * list columns ({@code .parquet} only: CSV has no lists).
     *
     * @throws IllegalArgumentException for another extension, or CSV with the event layout
     */
    static NtupleWriter open(Path target, List<String> variableColumns, NtupleLayout layout) throws IOException {
        if (layout == NtupleLayout.PARTICLE) {
            return open(target, variableColumns);
        }
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return new ParquetEventNtupleWriter(target, variableColumns, java.util.Map.of());
        }
        throw new IllegalArgumentException(
                "an ntuple with one row per event (list columns) must be a .parquet file, got " + target);
    }

    /** A fresh temporary path beside {@code target} (not created). */
    static Path temporaryBeside(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling("." + abs.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }
}

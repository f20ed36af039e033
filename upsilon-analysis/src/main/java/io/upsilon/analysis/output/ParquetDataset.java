package io.upsilon.analysis.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A Parquet dataset: a directory with one file per partition of a job, {@code part-00000.parquet},
 * {@code part-00001.parquet}, ..., all with the same schema, and {@value #PROVENANCE} (how it was
 * made) written last. pyarrow ({@code pd.read_parquet(DIR)}), awkward ({@code ak.from_parquet(DIR)})
 * and DuckDB ({@code SELECT * FROM 'DIR/*.parquet'}) read the directory as one table: pyarrow skips
 * names starting with {@code _} or {@code .}, and the glob matches only the partition files.
 *
 * <p>Each partition file is written once, complete, by whoever runs that partition, and appears in
 * one rename ({@link ParquetRecordWriter#commit()}), so a reader or a later resumed job sees a
 * partition either whole or not at all; its name depends only on the partition index. A dataset
 * without {@value #PROVENANCE} is incomplete (the run stopped before its end).
 */
public final class ParquetDataset {
    /** The provenance file, written after the last partition. */
    public static final String PROVENANCE = "_provenance.json";

    private final Path directory;

    private ParquetDataset(Path directory) {
        this.directory = directory;
    }

    /**
     * Prepares {@code dir} for a new dataset: refuses what {@link OutputDirectory#checkReplaceable}
     * refuses (a file, a non-empty directory Upsilon did not write, the current directory), creates
     * it with the {@link OutputDirectory#MARKER}, and removes the partition files and provenance of
     * an earlier dataset there (a run with fewer partitions must not leave old ones in the table),
     * with the temporary files of partitions a killed job was writing.
     *
     * @param option how the user named the directory, for error messages (e.g. "--out")
     * @throws io.upsilon.core.error.InputException when the directory may not be written
     */
    public static ParquetDataset prepare(Path dir, String option) {
        return prepare(dir, option, false);
    }

    /**
     * As {@link #prepare(Path, String)}, but when {@code resuming} the partition files already there
     * are kept (a killed job resumed with the same arguments: its checkpoint says which of them are
     * finished, and the others are written again); only the provenance is removed, so the dataset
     * reads as incomplete until the job ends.
     *
     * @param dir the dataset directory
     * @param option how the user named the directory, for error messages (e.g. "--out")
     * @param resuming keep the partition files of the job being resumed
     * @throws io.upsilon.core.error.InputException when the directory may not be written
     */
    public static ParquetDataset prepare(Path dir, String option, boolean resuming) {
        Path abs = OutputDirectory.checkReplaceable(dir, option);
        try {
            Files.createDirectories(abs);
            Files.writeString(abs.resolve(OutputDirectory.MARKER), OutputDirectory.MARKER_TEXT);
            try (Stream<Path> s = Files.list(abs)) {
                for (Path p : s.toList()) {
                    String name = p.getFileName().toString();
                    // A partition file being written when a job was killed stays behind as a hidden
                    // temporary file (NtupleWriter.temporaryBeside): never part of the table.
                    if ((!resuming && isPartitionFile(name))
                            || name.equals(PROVENANCE)
                            || name.matches("\\.part-[0-9]{5,}\\.parquet\\..+\\.tmp")) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + abs + ": " + e.getMessage(), e);
        }
        return new ParquetDataset(abs);
    }

    /** The file name of partition {@code index}: {@code part-} and at least five digits. */
    public static String partitionFileName(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("partition index must not be negative, got " + index);
        }
        return String.format(Locale.ROOT, "part-%05d.parquet", index);
    }

    /** Whether {@code name} is the name of a partition file. */
    public static boolean isPartitionFile(String name) {
        return name.matches("part-[0-9]{5,}\\.parquet");
    }

    /** The dataset directory (absolute). */
    public Path directory() {
        return directory;
    }

    /** The file of partition {@code index}. */
    public Path partitionFile(int index) {
        return directory.resolve(partitionFileName(index));
    }

    /** Writes {@value #PROVENANCE} (atomically); call after every partition is committed. */
    public void writeProvenance(String json) {
        AtomicFiles.writeString(directory.resolve(PROVENANCE), json);
    }
}

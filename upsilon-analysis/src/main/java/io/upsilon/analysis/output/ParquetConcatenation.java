package io.upsilon.analysis.output;

import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Joins Parquet files of one schema into one file by copying their row groups as they are
 * (parquet-hadoop's {@link ParquetFileWriter#appendFile}: no decoding or re-encoding), so that
 * partitions written in parallel become one file at the cost of a file copy.
 */
public final class ParquetConcatenation {
    private ParquetConcatenation() {}

    /**
     * Writes the row groups of {@code parts}, in order, to {@code target} (through a temporary file
     * renamed into place under the commit lock) with {@code metadata} in its footer.
     *
     * @param columns the columns every part was written with
     */
    public static void concatenate(
            List<Path> parts, Path target, List<NtupleColumn> columns, Map<String, String> metadata)
            throws IOException {
        Path tmp = TemporaryFiles.register(NtupleWriter.temporaryBeside(target));
        try {
            ParquetFileWriter writer = new ParquetFileWriter(
                    new LocalOutputFile(tmp),
                    ParquetRecordWriter.schema(columns),
                    ParquetFileWriter.Mode.OVERWRITE,
                    ParquetRecordWriter.ROW_GROUP_BYTES,
                    ParquetWriter.MAX_PADDING_SIZE_DEFAULT);
            writer.start();
            for (Path part : parts) {
                writer.appendFile(new RandomAccessInputFile(part));
            }
            writer.end(Collections.unmodifiableMap(new LinkedHashMap<>(metadata)));
            TemporaryFiles.moveIntoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
            TemporaryFiles.release(tmp);
        }
    }
}

package io.upsilon.analysis.output;

import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Parquet ntuple (parquet-hadoop's example object model, written through {@link LocalOutputFile}):
 * required INT64 {@code __event__}, DOUBLE {@code __weight__}, INT32 {@code __candidate__} and
 * {@code __ncandidates__} (or other names for the row index within its event and the row count of
 * the event, e.g. {@code __particle__}/{@code __nparticles__} for a particle list), then one
 * required DOUBLE per variable; Snappy compression.
 */
public final class ParquetNtupleWriter implements NtupleWriter {
    private final Path target;
    private final Path tmp;
    private final List<String> columns;
    private final String indexColumn;
    private final String countColumn;
    private final SimpleGroupFactory groups;
    private final ParquetWriter<Group> writer;
    private boolean closed;
    private boolean committed;

    /** Opens the temporary file (candidate ntuple: index columns {@code __candidate__}, {@code __ncandidates__}). */
    public ParquetNtupleWriter(Path target, List<String> variableColumns) throws IOException {
        this(target, variableColumns, ColumnNames.CANDIDATE, ColumnNames.N_CANDIDATES);
    }

    /**
     * Opens the temporary file, with the row-index and row-count columns named {@code indexColumn}
     * and {@code countColumn}.
     */
    public ParquetNtupleWriter(Path target, List<String> variableColumns, String indexColumn, String countColumn)
            throws IOException {
        this(target, variableColumns, indexColumn, countColumn, java.util.Map.of());
    }

    /**
     * As above, with key-value metadata (e.g. provenance) stored in the file footer.
     */
    public ParquetNtupleWriter(
            Path target,
            List<String> variableColumns,
            String indexColumn,
            String countColumn,
            java.util.Map<String, String> metadata)
            throws IOException {
        this.target = target;
        this.tmp = NtupleWriter.temporaryBeside(target);
        this.columns = List.copyOf(variableColumns);
        this.indexColumn = indexColumn;
        this.countColumn = countColumn;
        MessageType schema = schema(columns, indexColumn, countColumn);
        this.groups = new SimpleGroupFactory(schema);
        this.writer = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                .withType(schema)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withExtraMetaData(java.util.Map.copyOf(metadata))
                .build();
    }

    /** The file schema for these variable columns (candidate ntuple). */
    public static MessageType schema(List<String> variableColumns) {
        return schema(variableColumns, ColumnNames.CANDIDATE, ColumnNames.N_CANDIDATES);
    }

    /** The file schema for these variable columns and index/count column names. */
    public static MessageType schema(List<String> variableColumns, String indexColumn, String countColumn) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        b.required(PrimitiveTypeName.INT64).named(ColumnNames.EVENT);
        b.required(PrimitiveTypeName.DOUBLE).named(ColumnNames.WEIGHT);
        b.required(PrimitiveTypeName.INT32).named(indexColumn);
        b.required(PrimitiveTypeName.INT32).named(countColumn);
        for (String c : variableColumns) {
            b.required(PrimitiveTypeName.DOUBLE).named(c);
        }
        return b.named("ntuple");
    }

    @Override
    public void write(NtupleRow row) throws IOException {
        if (row.values().length != columns.size()) {
            throw new IllegalArgumentException(
                    "row has " + row.values().length + " values, the ntuple " + columns.size());
        }
        Group g = groups.newGroup()
                .append(ColumnNames.EVENT, row.event())
                .append(ColumnNames.WEIGHT, row.weight())
                .append(indexColumn, row.candidate())
                .append(countColumn, row.nCandidates());
        for (int i = 0; i < columns.size(); i++) {
            g.append(columns.get(i), row.value(i));
        }
        writer.write(g);
    }

    @Override
    public void commit() throws IOException {
        closed = true;
        writer.close();
        TemporaryFiles.moveIntoPlace(tmp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                if (!closed) {
                    closed = true;
                    writer.close();
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}

package io.upsilon.analysis.output;

import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * Streams typed records into one Parquet file (parquet-hadoop through {@link LocalOutputFile}, no
 * Hadoop file system): a temporary file beside the target, which {@link #commit()} renames into
 * place under the commit lock ({@link TemporaryFiles#moveIntoPlace}), so the target appears
 * complete or not at all; {@link #close()} without a commit deletes it. Snappy compression.
 *
 * <p>Memory is bounded by the row group: parquet-hadoop keeps the current row group's pages in
 * memory and flushes them to the file when they reach {@link #ROW_GROUP_BYTES}, so the heap needed
 * does not grow with the number of rows. Not thread-safe.
 */
public final class ParquetRecordWriter implements AutoCloseable {
    /**
     * Row-group size in bytes. parquet-hadoop's default (128 MiB) would hold a quarter of a 512 MiB
     * heap per open file; 32 MiB keeps two writers (one per thread) well inside 256 MiB and still
     * gives readers large sequential reads.
     */
    public static final int ROW_GROUP_BYTES = 32 << 20;

    /** Writes the values of one record into a {@link ParquetRow}, every column once, in order. */
    @FunctionalInterface
    public interface Record {
        /** Writes this record's columns. */
        void writeTo(ParquetRow row);
    }

    private final Path target;
    private final Path tmp;
    private final ParquetWriter<Record> writer;
    private long rows;
    private boolean closed;
    private boolean committed;

    /**
     * Opens the temporary file for a table with these columns.
     *
     * @param target the file to create on {@link #commit()}
     * @param columns the columns, in order (names must be distinct)
     * @param metadata key-value pairs for the file footer (provenance)
     */
    public ParquetRecordWriter(Path target, List<NtupleColumn> columns, Map<String, String> metadata)
            throws IOException {
        ColumnNames.requireDistinct(columns.stream().map(NtupleColumn::name).toList());
        this.target = target;
        this.tmp = TemporaryFiles.register(NtupleWriter.temporaryBeside(target));
        MessageType schema = schema(columns);
        ParquetWriter<Record> w;
        try {
            Builder builder = new Builder(
                            new LocalOutputFile(tmp),
                            schema,
                            Collections.unmodifiableMap(new LinkedHashMap<>(metadata)),
                            new ParquetRow(columns))
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withRowGroupSize((long) ROW_GROUP_BYTES);
            for (NtupleColumn c : columns) {
                // Dictionaries pay for integers with few distinct values (PDG ids, status, indices);
                // momenta and positions are all distinct, so a dictionary only costs memory and time
                // before parquet-hadoop falls back to plain encoding.
                builder.withDictionaryEncoding(columnPath(c), c.type() != ColumnType.DOUBLE);
            }
            w = builder.build();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            TemporaryFiles.release(tmp);
            throw e;
        }
        this.writer = w;
    }

    /** The Parquet schema of a table with these columns (all required; lists as standard LIST groups). */
    public static MessageType schema(List<NtupleColumn> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (NtupleColumn c : columns) {
            if (c.list()) {
                b.requiredList().requiredElement(c.type().parquet()).named(c.name());
            } else {
                b.required(c.type().parquet()).named(c.name());
            }
        }
        return b.named("ntuple");
    }

    /** The dotted column path of a column's values: {@code px}, or {@code px.list.element} for a list. */
    private static String columnPath(NtupleColumn c) {
        return c.list() ? c.name() + ".list.element" : c.name();
    }

    /** Appends one record. */
    public void write(Record record) throws IOException {
        writer.write(record);
        rows++;
    }

    /** The number of records written so far. */
    public long rows() {
        return rows;
    }

    /** Finishes the file and renames it onto the target (replacing an existing file). */
    public void commit() throws IOException {
        closed = true;
        writer.close();
        TemporaryFiles.moveIntoPlace(tmp, target);
        committed = true;
    }

    /** Deletes the temporary file unless committed. */
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
                TemporaryFiles.release(tmp);
            }
        }
    }

    /** parquet-hadoop's writer builder for {@link Record}s. */
    private static final class Builder extends ParquetWriter.Builder<Record, Builder> {
        private final MessageType schema;
        private final Map<String, String> metadata;
        private final ParquetRow row;

        Builder(OutputFile file, MessageType schema, Map<String, String> metadata, ParquetRow row) {
            super(file);
            this.schema = schema;
            this.metadata = metadata;
            this.row = row;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Record> getWriteSupport(Configuration conf) {
            return new RecordWriteSupport(schema, metadata, row);
        }
    }

    /** Hands each record the row view over the record consumer, between start and end of message. */
    private static final class RecordWriteSupport extends WriteSupport<Record> {
        private final MessageType schema;
        private final Map<String, String> metadata;
        private final ParquetRow row;
        private RecordConsumer consumer;

        RecordWriteSupport(MessageType schema, Map<String, String> metadata, ParquetRow row) {
            this.schema = schema;
            this.metadata = metadata;
            this.row = row;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(schema, metadata);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.consumer = recordConsumer;
            row.attach(recordConsumer);
        }

        @Override
        public void write(Record record) {
            consumer.startMessage();
            record.writeTo(row);
            consumer.endMessage();
        }
    }
}

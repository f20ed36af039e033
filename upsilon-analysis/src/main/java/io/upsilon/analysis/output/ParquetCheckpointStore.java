package io.upsilon.analysis.output;

import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.CheckpointKey;
import io.upsilon.core.exec.CheckpointStore;
import io.upsilon.core.exec.TemporaryFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A {@link CheckpointStore} in a directory: one small Parquet file per finished partition, {@code
 * job-00003-part-00012.parquet}, one row with the partition's provenance (the run's fingerprint and
 * the inputs it digests, the job's position, name, master seed, events and partition size, the
 * partition's index, first event and events) and its serialized result as a BINARY column with the
 * result's SHA-256. pyarrow and DuckDB read the directory as one table, which shows what a killed
 * run had finished.
 *
 * <p>Each file is written to a temporary file (PID-tagged, deleted by the Ctrl-C hook, removed by
 * the next run after a kill), forced to the disk, renamed into place and the directory forced too,
 * so after a crash a file is either complete or absent. A file is used only if it reads as Parquet,
 * holds exactly one row, matches the key in every column and its result matches the checksum: a
 * truncated or corrupt file, or one of another run, is recomputed and overwritten, never trusted.
 *
 * <p>The directory also holds {@value #FINGERPRINT_FILE}, the run's fingerprint: a checkpoint made
 * with other arguments (or by another version) is removed when a run opens the directory, with one
 * note saying so. The directory is created with the first checkpoint, so a run that stops on bad
 * input before it finishes a partition writes nothing.
 */
public final class ParquetCheckpointStore implements CheckpointStore {
    /** The file with the fingerprint of the run the directory belongs to. */
    public static final String FINGERPRINT_FILE = "_fingerprint.txt";

    /** Version of the file layout below; a file of another layout is not used. */
    static final int FORMAT_VERSION = 1;

    private static final String TMP_PREFIX = ".";
    private static final String TMP_SUFFIX = ".tmp";

    /** The Parquet schema of a checkpoint file. */
    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.INT32)
            .named("format_version")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("run_fingerprint")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("run_inputs")
            .required(PrimitiveTypeName.INT32)
            .named("job_position")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("job_name")
            .required(PrimitiveTypeName.INT64)
            .named("master_seed")
            .required(PrimitiveTypeName.INT64)
            .named("job_events")
            .required(PrimitiveTypeName.INT64)
            .named("events_per_partition")
            .required(PrimitiveTypeName.INT32)
            .named("partition_index")
            .required(PrimitiveTypeName.INT64)
            .named("first_event")
            .required(PrimitiveTypeName.INT64)
            .named("partition_events")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("result_sha256")
            .required(PrimitiveTypeName.BINARY)
            .named("result")
            .named("checkpoint");

    /**
     * One Hadoop configuration for every file: parquet-hadoop otherwise makes a new one per reader
     * and writer, which parses Hadoop's default XML resources again each time. Writers set the
     * example schema in it, the same {@link #SCHEMA} every time ({@code Configuration.set} is
     * synchronized).
     */
    private static final Configuration CONF = new Configuration();

    private final Path directory;
    private final String fingerprint;
    private final String inputs;
    private final int found;
    private boolean created;

    private ParquetCheckpointStore(Path directory, String fingerprint, String inputs, int found) {
        this.directory = directory;
        this.fingerprint = fingerprint;
        this.inputs = inputs;
        this.found = found;
        this.created = found > 0;
    }

    /**
     * The checkpoint directory of a run writing {@code out}: its hidden sibling {@code
     * .NAME.checkpoint}, so that a rerun with the same {@code --out} finds it.
     */
    public static Path besideOutput(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        if (abs.getFileName() == null) {
            throw new IllegalArgumentException("an output at the file-system root has no sibling: " + out);
        }
        return abs.resolveSibling("." + abs.getFileName() + ".checkpoint");
    }

    /**
     * Opens the checkpoint directory {@code dir} for the run {@code fingerprint} (created with the
     * first checkpoint): removes the temporary files of killed runs, and removes the directory when
     * {@code fresh} is set or when it belongs to another run (with a note).
     *
     * @param dir the directory
     * @param fingerprint digest of the run's inputs
     * @param inputs the digested inputs, one {@code key=value} per line (provenance in each file)
     * @param fresh ignore (and remove) what is there
     * @param notes receives one-line notes for the user
     * @throws InputException when {@code dir} exists and is not a directory
     */
    public static ParquetCheckpointStore open(
            Path dir, String fingerprint, String inputs, boolean fresh, Consumer<String> notes) {
        if (fingerprint.isBlank()) {
            throw new IllegalArgumentException("fingerprint must not be blank");
        }
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException(abs.toString(), "", "expected the checkpoint directory, found a file");
        }
        try {
            if (Files.isDirectory(abs)) {
                removeDeadTemporaries(abs);
                Path print = abs.resolve(FINGERPRINT_FILE);
                boolean had = countCheckpoints(abs) > 0;
                if (fresh) {
                    if (had) {
                        notes.accept("not resuming (--fresh): removing the checkpoint " + abs);
                    }
                    TemporaryFiles.deleteTree(abs);
                } else if (!Files.isRegularFile(print)) {
                    // Not a complete checkpoint directory (killed while it was being created).
                    TemporaryFiles.deleteTree(abs);
                } else if (!Files.readString(print).strip().equals(fingerprint)) {
                    notes.accept("the checkpoint " + abs + " was made with other arguments or another version;"
                            + " not used, starting afresh");
                    TemporaryFiles.deleteTree(abs);
                }
            }
            int found = Files.isDirectory(abs) ? countCheckpoints(abs) : 0;
            return new ParquetCheckpointStore(abs, fingerprint, inputs, found);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the checkpoint directory " + abs + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the directory and its fingerprint file before the first checkpoint: a run that stops
     * on bad input before any partition is finished leaves nothing behind.
     */
    private synchronized void createDirectory() throws IOException {
        if (!created) {
            Files.createDirectories(directory);
            AtomicFiles.writeString(directory.resolve(FINGERPRINT_FILE), fingerprint + "\n");
            created = true;
        }
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /** The number of checkpoint files found when the store was opened (not yet verified). */
    public int found() {
        return found;
    }

    /** The file of {@code key}. */
    public Path file(CheckpointKey key) {
        return directory.resolve(key.fileStem() + ".parquet");
    }

    @Override
    public Optional<byte[]> load(CheckpointKey key) {
        Path file = file(key);
        if (!key.runFingerprint().equals(fingerprint) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ParquetReader<Group> reader =
                new GroupReader(new RandomAccessInputFile(file)).withConf(CONF).build()) {
            Group g = reader.read();
            if (g == null || reader.read() != null || !matches(g, key)) {
                return Optional.empty();
            }
            byte[] result = g.getBinary("result", 0).getBytes();
            return Sha256.of(result).equals(g.getString("result_sha256", 0)) ? Optional.of(result) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Truncated by a kill, corrupted, or not a checkpoint at all: recompute it.
            return Optional.empty();
        }
    }

    private static boolean matches(Group g, CheckpointKey key) {
        return g.getInteger("format_version", 0) == FORMAT_VERSION
                && g.getString("run_fingerprint", 0).equals(key.runFingerprint())
                && g.getInteger("job_position", 0) == key.jobPosition()
                && g.getString("job_name", 0).equals(key.job().name())
                && g.getLong("master_seed", 0) == key.job().masterSeed()
                && g.getLong("job_events", 0) == key.job().events()
                && g.getLong("events_per_partition", 0) == key.job().eventsPerPartition()
                && g.getInteger("partition_index", 0) == key.partition()
                && g.getLong("first_event", 0) == key.firstEvent()
                && g.getLong("partition_events", 0) == key.events();
    }

    @Override
    public void save(CheckpointKey key, byte[] result) {
        if (!key.runFingerprint().equals(fingerprint)) {
            throw new IllegalArgumentException("a key of another run: " + key.runFingerprint());
        }
        Path target = file(key);
        Path tmp = directory.resolve(TMP_PREFIX + TemporaryFiles.pidTag() + "-" + key.fileStem() + TMP_SUFFIX);
        try {
            createDirectory();
            TemporaryFiles.register(tmp);
            Group g = new SimpleGroupFactory(SCHEMA).newGroup();
            g.add("format_version", FORMAT_VERSION);
            g.add("run_fingerprint", fingerprint);
            g.add("run_inputs", inputs);
            g.add("job_position", key.jobPosition());
            g.add("job_name", key.job().name());
            g.add("master_seed", key.job().masterSeed());
            g.add("job_events", key.job().events());
            g.add("events_per_partition", key.job().eventsPerPartition());
            g.add("partition_index", key.partition());
            g.add("first_event", key.firstEvent());
            g.add("partition_events", key.events());
            g.add("result_sha256", Sha256.of(result));
            g.add("result", Binary.fromConstantByteArray(result));
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                    .withConf(CONF)
                    .withType(SCHEMA)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .build()) {
                w.write(g);
            }
            // Durable before visible: the data reach the disk before the rename publishes them.
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            TemporaryFiles.moveIntoPlace(tmp, target);
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left for the next run's clean-up
            }
            TemporaryFiles.release(tmp);
        }
    }

    /** Removes the directory and everything in it (after the run's outputs are committed). */
    public void delete() {
        TemporaryFiles.deleteTree(directory);
    }

    /** Forces the directory entry of the rename to the disk (Linux allows it; elsewhere it is skipped). */
    private void forceDirectory() {
        try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can open a directory; the file itself is already on the disk.
        }
    }

    private static int countCheckpoints(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return (int)
                    s.filter(p -> isCheckpointFile(p.getFileName().toString())).count();
        }
    }

    private static boolean isCheckpointFile(String name) {
        return name.matches("job-[0-9]{5,}-part-[0-9]{5,}\\.parquet");
    }

    /** Temporary files of runs that were killed (their PID no longer runs). */
    private static void removeDeadTemporaries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(TMP_PREFIX)
                        && name.endsWith(TMP_SUFFIX)
                        && TemporaryFiles.startsWithDeadPid(name.substring(TMP_PREFIX.length()))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** parquet-hadoop's reader of example {@link Group}s from an {@link InputFile}. */
    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file);
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    /** For tests: the text in {@code file}'s {@code run_inputs} column. */
    static String runInputs(Path file) throws IOException {
        try (ParquetReader<Group> reader =
                new GroupReader(new RandomAccessInputFile(file)).withConf(CONF).build()) {
            return new String(reader.read().getBinary("run_inputs", 0).getBytes(), StandardCharsets.UTF_8);
        }
    }
}

package io.upsilon.cli.stats;

import io.upsilon.core.error.InputException;
import io.upsilon.core.exec.TemporaryFiles;
import io.upsilon.stats.fit.FitStatus;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.toys.ToyEnsemble;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Toy ensembles as Parquet (the {@code --save-toys} / {@code --merge-toys} files): one row per toy
 * with columns {@code hypothesis} (sb or b), {@code test_stat} (pyhf name), {@code poi_test},
 * {@code poi_generated}, {@code source} (the random-stream family, e.g. {@code seed=42}), {@code
 * toy} (index in that family), {@code retried} (INT32 1 if a fit needed the retry ladder, else 0),
 * {@code value} (test statistic, NaN for a failed toy), {@code free_fit_status} and {@code
 * conditional_fit_status}; provenance in the footer: {@code upsilon.format = upsilon-toys/1},
 * {@code upsilon.version}, {@code upsilon.workspace}, {@code upsilon.poi}, {@code
 * upsilon.model_fingerprint} (SHA-256 of the compiled model, so toys of another model are
 * refused), and the run's settings. The last column is a string: with this parquet-mr and {@link
 * LocalInputFile}, a small PLAIN-encoded numeric column chunk at the end of the file did not read
 * back (BufferUnderflowException), a dictionary-encoded string column does.
 */
final class ToyFiles {

    /** The footer value that marks a toy file, with its format version. */
    static final String FORMAT = "upsilon-toys/1";

    private ToyFiles() {}

    private static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("hypothesis")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("test_stat")
            .required(PrimitiveTypeName.DOUBLE)
            .named("poi_test")
            .required(PrimitiveTypeName.DOUBLE)
            .named("poi_generated")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("source")
            .required(PrimitiveTypeName.INT64)
            .named("toy")
            .required(PrimitiveTypeName.INT32)
            .named("retried")
            .required(PrimitiveTypeName.DOUBLE)
            .named("value")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("free_fit_status")
            .required(PrimitiveTypeName.BINARY)
            .as(LogicalTypeAnnotation.stringType())
            .named("conditional_fit_status")
            .named("toys");

    /** SHA-256 over the parameter names, bounds, observed data and expected data at the suggested init. */
    static String fingerprint(Model m) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String n : m.parameterNames()) {
                md.update(n.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (double[] v : new double[][] {
                m.lowerBounds(), m.upperBounds(), m.observedData(), m.expectedData(m.suggestedInit())
            }) {
                ByteBuffer b = ByteBuffer.allocate(8 * v.length);
                for (double x : v) {
                    b.putDouble(x);
                }
                md.update(b.array());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** Writes {@code ensembles} to {@code target} (through a temporary file moved into place). */
    static void write(Path target, List<ToyEnsemble> ensembles, Model m, Map<String, String> settings) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("upsilon.format", FORMAT);
        meta.put("upsilon.version", version());
        meta.put("upsilon.poi", m.poiName());
        meta.put("upsilon.model_fingerprint", fingerprint(m));
        settings.forEach((k, v) -> meta.put("upsilon." + k, v));
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try {
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp))
                    .withType(SCHEMA)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withExtraMetaData(meta)
                    .build()) {
                for (ToyEnsemble e : ensembles) {
                    ToyEnsemble.Key k = e.key();
                    for (ToyEnsemble.Toy t : e.toys()) {
                        w.write(groups.newGroup()
                                .append("hypothesis", k.hypothesis())
                                .append("test_stat", k.testStatistic().pyhfName())
                                .append("poi_test", k.testedPoi())
                                .append("poi_generated", k.generatedPoi())
                                .append("source", t.source())
                                .append("toy", t.index())
                                .append("retried", t.retried() ? 1 : 0)
                                .append("value", t.value())
                                .append("free_fit_status", t.freeFit().name())
                                .append(
                                        "conditional_fit_status",
                                        t.conditionalFit().name()));
                    }
                }
            }
            TemporaryFiles.moveIntoPlace(tmp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the write error is the one to report
            }
            throw new InputException(target.toString(), "", "a writable file for the toys (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads the ensembles of a toy file written for model {@code m}; an {@link InputException}
     * (file, what was expected) for a file that is not one, or that was written for another model.
     */
    static List<ToyEnsemble> read(Path file, Model m) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "", "an existing toy file (.parquet) from --save-toys");
        }
        Map<String, String> meta;
        try (ParquetFileReader r = ParquetFileReader.open(new LocalInputFile(file))) {
            meta = r.getFileMetaData().getKeyValueMetaData();
        } catch (IOException | RuntimeException e) {
            throw new InputException(
                    file.toString(), "", "a Parquet toy file from --save-toys (" + e.getMessage() + ")");
        }
        if (!FORMAT.equals(meta.get("upsilon.format"))) {
            throw new InputException(
                    file.toString(),
                    "footer",
                    "upsilon.format = " + FORMAT + " (a file from --save-toys), got " + meta.get("upsilon.format"));
        }
        if (!fingerprint(m).equals(meta.get("upsilon.model_fingerprint"))) {
            throw new InputException(
                    file.toString(),
                    "footer upsilon.model_fingerprint",
                    "toys of this workspace (with these patches and options); the file's toys were thrown for"
                            + " another model (workspace " + meta.get("upsilon.workspace") + ")");
        }
        Map<ToyEnsemble.Key, List<ToyEnsemble.Toy>> byKey = new LinkedHashMap<>();
        long row = 0;
        try (ParquetReader<Group> r = new GroupReader(new LocalInputFile(file)).build()) {
            for (Group g = r.read(); g != null; g = r.read(), row++) {
                ToyEnsemble.Key k = new ToyEnsemble.Key(
                        g.getString("hypothesis", 0),
                        TestStatistic.parse(g.getString("test_stat", 0)),
                        g.getDouble("poi_test", 0),
                        g.getDouble("poi_generated", 0));
                byKey.computeIfAbsent(k, x -> new ArrayList<>())
                        .add(new ToyEnsemble.Toy(
                                g.getString("source", 0),
                                g.getLong("toy", 0),
                                g.getDouble("value", 0),
                                FitStatus.valueOf(g.getString("free_fit_status", 0)),
                                FitStatus.valueOf(g.getString("conditional_fit_status", 0)),
                                g.getInteger("retried", 0) != 0));
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(
                    file.toString(), "row " + row, "a toy row as --save-toys writes it (" + describe(e) + ")");
        }
        List<ToyEnsemble> out = new ArrayList<>();
        try {
            byKey.forEach((k, toys) -> out.add(ToyEnsemble.of(k, toys)));
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), "", "each toy once (" + e.getMessage() + ")");
        }
        return out;
    }

    /** The message of {@code e} and of its root cause (Parquet wraps the informative one). */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + root;
    }

    private static String version() {
        String v = ToyFiles.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file);
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}

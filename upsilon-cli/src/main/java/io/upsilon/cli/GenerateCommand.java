package io.upsilon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.analysis.output.GenParticleNtuple;
import io.upsilon.analysis.output.NtupleColumn;
import io.upsilon.analysis.output.NtupleLayout;
import io.upsilon.analysis.output.OutputDirectory;
import io.upsilon.analysis.output.ParquetConcatenation;
import io.upsilon.analysis.output.ParquetDataset;
import io.upsilon.analysis.output.provenance.Sha256;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.exec.ConsoleProgress;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.exec.Partition;
import io.upsilon.core.exec.TaskContext;
import io.upsilon.core.exec.TemporaryFiles;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.io.HepMC3Writer;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code upsilon generate}: events of a registered process written to a HepMC3 file, a Parquet
 * table, or a Parquet dataset (a directory with one file per partition). Parquet tables are {@link
 * GenParticleNtuple}s in the layout of {@code --layout}: {@code event} (default: one row per event,
 * the particles' PDG ids, status, four-momenta, masses, vertices, times and mother/daughter indices
 * in list columns) or {@code particle} (one row per particle); provenance in each file's key-value
 * metadata. The format comes from {@code --format hepmc3|parquet}, else from {@code --out}: a
 * directory ({@code DIR/} with a trailing slash, or an existing directory) is a {@link
 * ParquetDataset}, a name ending in {@code .parquet} one Parquet file, {@code .hepmc}/{@code .hepmc3}
 * HepMC3.
 *
 * <p>Into a dataset, each partition writes its own file {@code part-NNNNN.parquet} (temporary file,
 * then one rename), in parallel, and {@code _provenance.json} follows the last. For one file, each
 * partition writes its events into a chunk file in the hidden checkpoint directory {@code
 * .NAME.checkpoint} beside the output (HepMC3 text, or Parquet); the chunks are then concatenated in
 * partition order (Parquet: their row groups copied as they are by {@link ParquetConcatenation}).
 * Either way each finished partition is recorded in that checkpoint ({@link Checkpointing}): a job
 * killed and started again with the same arguments keeps the finished partitions' files, generates
 * the rest and writes the same bytes as an uninterrupted job; {@code --fresh} starts afresh. The
 * output is the same for any thread
 * count and the memory needed does not grow with the number of events. Event numbers are the
 * events' global indices in the job; the random streams are those of {@code upsilon xsec} ({@code
 * beam} and {@code process/NAME} of each partition), so the same seed gives the same events in both.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate weighted events of a process and write them as HepMC3, a Parquet table or a"
                + " Parquet dataset (one file per partition; weights in nb).")
public final class GenerateCommand implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 4096;

    @CommandLine.Mixin
    ProcessSelection selection;

    @Option(
            names = "--events",
            required = true,
            converter = EventCount.class,
            description = "Number of events, e.g. 1e6 (at most 1e12).")
    long events;

    @Option(
            names = "--partition-size",
            defaultValue = "100000",
            description = "Events per partition (default ${DEFAULT-VALUE}); changes the random streams.")
    long partitionSize;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "FILE|DIR/",
            description = "Output: .hepmc or .hepmc3 (HepMC3 ASCII), .parquet (one Parquet file), or a directory"
                    + " (DIR/ or an existing directory: a Parquet dataset, part-00000.parquet ... and"
                    + " _provenance.json).")
    String outArgument;

    @Option(
            names = "--layout",
            defaultValue = "event",
            paramLabel = "LAYOUT",
            description = "Parquet layout: event (default; one row per event, list columns) or particle (one row"
                    + " per particle).")
    String layoutName;

    /** The output path ({@link #outArgument} as a path). */
    private Path out;

    @Option(
            names = "--decay-file",
            paramLabel = "PATH",
            description = "Hadron decay table in EvtGen's DEC format, read on top of the bundled one for this run"
                    + " (its tables replace the bundled ones of the same particles, the others are added).")
    Path decayFile;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Output format, hepmc3 or parquet (default: from the --out extension).")
    String format;

    /** The output formats. */
    enum Format {
        HEPMC3,
        PARQUET
    }

    /**
     * Whether {@code --out} names a dataset directory: it ends with a separator ({@code DIR/}) or is
     * an existing directory.
     */
    static boolean isDataset(String outArgument) {
        return outArgument.endsWith("/")
                || outArgument.endsWith(File.separator)
                || Files.isDirectory(Path.of(outArgument));
    }

    /** The layout named by --layout; an {@link InputException} for another name. */
    static NtupleLayout layout(String name) {
        try {
            return NtupleLayout.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InputException("--layout", "", e.getMessage());
        }
    }

    /**
     * The format from --format, else from --out (a dataset directory is Parquet); an {@link
     * InputException} otherwise.
     */
    static Format format(String option, Path out, boolean dataset) {
        Format f = dataset && option == null ? Format.PARQUET : format(option, out);
        if (dataset && f != Format.PARQUET) {
            throw new InputException(
                    "--out " + out, "", "a directory output is a Parquet dataset; HepMC3 needs a .hepmc3 file name");
        }
        return f;
    }

    /** The format from --format, else from the extension of --out; an {@link InputException} otherwise. */
    static Format format(String option, Path out) {
        if (option != null) {
            return switch (option.toLowerCase(Locale.ROOT)) {
                case "hepmc3", "hepmc" -> Format.HEPMC3;
                case "parquet" -> Format.PARQUET;
                default ->
                    throw new InputException(
                            "--format", "", "unknown format '" + option + "': expected hepmc3 or parquet");
            };
        }
        String name =
                out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".parquet")) {
            return Format.PARQUET;
        }
        EventOutput.requireHepMC3(out, "--out");
        return Format.HEPMC3;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Checkpointing checkpointing;

    /**
     * The files one or more partitions wrote, in partition order (names relative to the directory
     * they were written in), with their event counts and sizes and the sums of their event weights;
     * serializable, so that a finished partition's result is kept in the checkpoint.
     */
    record Chunks(List<String> files, List<Long> counts, List<Long> sizes, double sumW, double sumW2)
            implements Serializable {
        static final Chunks EMPTY = new Chunks(List.of(), List.of(), List.of(), 0, 0);

        /** One partition's file. */
        static Chunks of(Path file, long events, double[] sums) {
            try {
                return new Chunks(
                        List.of(file.getFileName().toString()),
                        List.of(events),
                        List.of(Files.size(file)),
                        sums[0],
                        sums[1]);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
            }
        }

        Chunks merge(Chunks o) {
            return new Chunks(
                    concat(files, o.files),
                    concat(counts, o.counts),
                    concat(sizes, o.sizes),
                    sumW + o.sumW,
                    sumW2 + o.sumW2);
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }

        /**
         * The files in {@code dir}, each checked to be there with the size it had when its partition
         * finished: a resumed job never joins a chunk that changed after it was checkpointed.
         *
         * @throws InputException naming the file and the checkpoint when one is missing or changed
         */
        List<Path> verifiedIn(Path dir, Path checkpoint) {
            List<Path> out = new ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Path f = dir.resolve(files.get(i));
                long size;
                try {
                    size = Files.size(f);
                } catch (IOException e) {
                    size = -1;
                }
                if (size != sizes.get(i)) {
                    throw new InputException(
                            f.toString(),
                            "",
                            "a finished partition's file is missing or changed (expected " + sizes.get(i)
                                    + " bytes, as recorded in the checkpoint " + checkpoint
                                    + "); run again with --fresh");
                }
                out.add(f);
            }
            return out;
        }
    }

    /**
     * What the events depend on, for the checkpoint's fingerprint: the provenance, the output's
     * kind and format, and the contents of the decay file and of any parameter that names a file
     * (a signal DEC overlay).
     */
    private static List<String> fingerprintInputs(
            Map<String, String> provenance, boolean dataset, Format fmt, Path decayFile, ProcessParameters values) {
        List<String> lines = new ArrayList<>();
        provenance.forEach((k, v) -> lines.add(k + "=" + v));
        lines.add("output=" + (dataset ? "dataset" : "file") + " " + fmt.name().toLowerCase(Locale.ROOT));
        if (decayFile != null) {
            lines.add("decay_file_sha256=" + Sha256.ofFile(decayFile));
        }
        values.texts().forEach((k, v) -> {
            if (!v.isEmpty() && Files.isRegularFile(Path.of(v))) {
                lines.add("param_" + k + "_sha256=" + Sha256.ofFile(Path.of(v)));
            }
        });
        return lines;
    }

    @Override
    public Integer call() {
        ProcessSelection.requirePositiveEvents(events);
        if (partitionSize < 1) {
            throw new InputException("--partition-size", "", "expected a positive number, got " + partitionSize);
        }
        int nThreads = selection.threadCount(spec.commandLine().getErr());
        out = Path.of(outArgument);
        boolean dataset = isDataset(outArgument);
        Format fmt = dataset ? format(format, out, true) : format(format, out);
        NtupleLayout layout = layout(layoutName);
        Process process = selection.process();
        ProcessParameters values = selection.parameters(process);
        Beam beam = selection.beam();
        long seed = selection.seed();
        // Read first so that a bad table stops the run before any output (one line, exit 2).
        DecFile decays = decayFile == null ? null : HadronDecayTables.forRun(decayFile);
        GeneratorOptions options = selection.options().withDecays(decays);
        Job job = new Job("generate-" + process.name(), seed, events, partitionSize);

        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("upsilon_version", EventOutput.version());
        provenance.put("process", process.name());
        values.asMap().forEach((k, v) -> provenance.put("param_" + k, String.valueOf(v)));
        values.texts().forEach((k, v) -> {
            if (!v.isEmpty()) {
                provenance.put("param_" + k, v); // e.g. the signal overlay
            }
        });
        provenance.put("radiation", String.valueOf(options.radiation()));
        provenance.put("beam", beam.name());
        provenance.put("seed", Long.toString(seed));
        provenance.put("events", Long.toString(events));
        provenance.put("partition_size", Long.toString(partitionSize));
        provenance.put("weight_unit", "nb");
        if (decays != null) {
            provenance.put("decay_file", decayFile.toString());
            provenance.put("decay_tables", Integer.toString(decays.decays().size()));
        }

        if (fmt == Format.PARQUET) {
            provenance.put("layout", layout.optionName());
        }
        // Checked before any work: a dataset directory Upsilon may replace, a file's directory.
        if (dataset) {
            OutputDirectory.checkReplaceable(out, "--out");
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new InputException(out.toString(), "", "cannot write: no such directory " + parent);
            }
        }
        List<String> inputs = fingerprintInputs(provenance, dataset, fmt, decayFile, values);
        PrintWriter err = spec.commandLine().getErr();
        LocalExecutor local = new LocalExecutor(nThreads, ConsoleProgress.forStderr());
        long t0 = System.nanoTime();
        boolean parquet = fmt == Format.PARQUET;
        // Finished partitions are kept in the hidden .NAME.checkpoint beside the output (a dataset's
        // partition files are its own; a single file's chunks live in the checkpoint directory), so a
        // killed job started again with the same arguments resumes (docs/reliability.md). The merge
        // and the final rename run inside the cancellable section: an interrupt during them either
        // lets them finish (the output is complete, exit 0) or prevents the rename.
        Chunks chunks = Interrupts.runCancellable(
                local,
                () -> checkpointing.run(
                        "upsilon generate", inputs, out, local, err, (executor, checkpointDir, resuming) -> {
                            if (dataset) {
                                ParquetDataset datasetDir = ParquetDataset.prepare(out, "--out", resuming);
                                return writeDataset(
                                        job,
                                        process,
                                        values,
                                        options,
                                        beam,
                                        provenance,
                                        layout,
                                        executor,
                                        datasetDir,
                                        checkpointDir);
                            }
                            createDirectories(checkpointDir);
                            Chunks written = executor.run(
                                    job,
                                    (p, ctx) -> parquet
                                            ? writePartitionChunk(
                                                    process, values, options, beam, p, ctx, checkpointDir, layout)
                                            : writePartition(process, values, options, beam, p, ctx, checkpointDir),
                                    Chunks::merge,
                                    Chunks.EMPTY);
                            List<Path> files = written.verifiedIn(checkpointDir, checkpointDir);
                            if (parquet) {
                                concatenateParquet(files, layout, provenance);
                            } else {
                                writeHepMC3(files, written.counts(), provenance);
                            }
                            return written;
                        }));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double mean = chunks.sumW() / events;
        double var = Math.max(0, chunks.sumW2() / events - mean * mean);
        err.printf(
                "generate: %d %s events -> %s; sum of weights / N = %.6g +- %.2g nb (cross section estimate);"
                        + " %.2f s on %d threads%n",
                events, process.name(), out, mean, Math.sqrt(var / events), seconds, nThreads);
        err.flush();
        return 0;
    }

    private void concatenateParquet(List<Path> files, NtupleLayout layout, Map<String, String> provenance) {
        try {
            ParquetConcatenation.concatenate(files, out, GenParticleNtuple.columns(layout), footer(provenance));
        } catch (IOException e) {
            throw new InputException(out.toString(), "", "cannot write: " + e.getMessage(), e);
        }
    }

    private void writeHepMC3(List<Path> files, List<Long> counts, Map<String, String> provenance) {
        try (HepMC3Writer writer = HepMC3Writer.create(
                out, new String[] {"upsilon", EventOutput.version(), "Upsilon event generator"}, provenance)) {
            for (int i = 0; i < files.size(); i++) {
                writer.appendChunk(files.get(i), counts.get(i));
            }
            writer.commit();
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The footer metadata of a Parquet file: the generator and the provenance, keys prefixed {@code upsilon.}. */
    private static Map<String, String> footer(Map<String, String> provenance) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("generator", "upsilon " + EventOutput.version());
        provenance.forEach((k, v) -> metadata.put("upsilon." + k, v));
        return metadata;
    }

    private Chunks writeDataset(
            Job job,
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Map<String, String> provenance,
            NtupleLayout layout,
            Executor executor,
            ParquetDataset dataset,
            Path checkpointDir) {
        Chunks sums = executor.run(
                job,
                (p, ctx) -> writePartitionFile(process, values, options, beam, p, ctx, dataset, layout, provenance),
                Chunks::merge,
                Chunks.EMPTY);
        sums.verifiedIn(dataset.directory(), checkpointDir);
        ObjectNode json = Json.object();
        provenance.forEach(json::put);
        json.put("format", "parquet dataset");
        json.put("partitions", job.partitionCount());
        json.put("sum_weights", sums.sumW());
        json.put("sum_weights_squared", sums.sumW2());
        ArrayNode files = json.putArray("files");
        for (int i = 0; i < job.partitionCount(); i++) {
            files.add(ParquetDataset.partitionFileName(i));
        }
        ArrayNode columns = json.putArray("columns");
        for (NtupleColumn c : GenParticleNtuple.columns(layout)) {
            columns.addObject()
                    .put("name", c.name())
                    .put(
                            "type",
                            c.list()
                                    ? "list<" + c.type().name().toLowerCase(Locale.ROOT) + ">"
                                    : c.type().name().toLowerCase(Locale.ROOT))
                    .put("unit", c.unit())
                    .put("meaning", c.meaning());
        }
        dataset.writeProvenance(Json.write(json) + "\n");
        return sums;
    }

    /** Generates one partition straight into its own file of the dataset, committed when complete. */
    static Chunks writePartitionFile(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            ParquetDataset dataset,
            NtupleLayout layout,
            Map<String, String> provenance) {
        Map<String, String> metadata = footer(provenance);
        metadata.put("upsilon.partition", Integer.toString(partition.index()));
        metadata.put("upsilon.first_event", Long.toString(partition.firstEvent()));
        metadata.put("upsilon.partition_events", Long.toString(partition.events()));
        Path file = dataset.partitionFile(partition.index());
        try (GenParticleNtuple ntuple = GenParticleNtuple.openParquet(file, layout, metadata)) {
            double[] sums = generate(process, values, options, beam, partition, ctx, ntuple::fill);
            ntuple.commit();
            return Chunks.of(file, partition.events(), sums);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The name of partition {@code index}'s chunk in the checkpoint directory. */
    static String chunkName(int index, String extension) {
        return String.format(Locale.ROOT, "chunk-%05d.%s", index, extension);
    }

    /** Generates one partition into a Parquet chunk in the checkpoint directory, joined to the file later. */
    static Chunks writePartitionChunk(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            Path checkpointDir,
            NtupleLayout layout) {
        Path chunk = checkpointDir.resolve(chunkName(partition.index(), "parquet"));
        try (GenParticleNtuple ntuple = GenParticleNtuple.openParquet(chunk, layout, Map.of())) {
            double[] sums = generate(process, values, options, beam, partition, ctx, ntuple::fill);
            ntuple.commit();
            return Chunks.of(chunk, partition.events(), sums);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + chunk + ": " + e.getMessage(), e);
        }
    }

    /** Receives the events of a partition, in order. */
    @FunctionalInterface
    interface EventSink {
        /** Takes one event. */
        void accept(GenEvent event) throws IOException;
    }

    /**
     * Generates the events of {@code partition} into {@code sink} (event numbers are global indices
     * in the job), reporting progress and honouring cancellation.
     *
     * @return the sum of the weights and the sum of their squares
     */
    static double[] generate(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            EventSink sink)
            throws IOException {
        EventGenerator gen = process.newGenerator(beam, values, options);
        RandomStream beamRng = partition.streams().stream("beam");
        RandomStream rng = partition.streams().stream("process/" + process.name());
        EventBuffer buf = new EventBuffer(16);
        double sw = 0;
        double sw2 = 0;
        long n = partition.events();
        long sinceReport = 0;
        for (long i = 0; i < n; i++) {
            double weight = gen.generate(beamRng, rng, buf);
            sw += weight;
            sw2 += weight * weight;
            sink.accept(buf.toEvent(partition.firstEvent() + i));
            if (++sinceReport == PROGRESS_EVERY) {
                ctx.advance(sinceReport);
                sinceReport = 0;
                ctx.checkCancelled();
            }
        }
        ctx.advance(sinceReport);
        return new double[] {sw, sw2};
    }

    /**
     * Generates one partition into a HepMC3 text chunk in the checkpoint directory: written to a
     * PID-tagged temporary file (removed by the Ctrl-C hook, or by the next run after a kill), then
     * renamed, so a chunk the checkpoint lists is complete.
     */
    static Chunks writePartition(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            Path checkpointDir) {
        HepMC3Writer.EventFormatter formatter = new HepMC3Writer.EventFormatter();
        StringBuilder sb = new StringBuilder(1 << 16);
        String name = chunkName(partition.index(), "hepmc3");
        Path chunk = checkpointDir.resolve(name);
        Path temp = TemporaryFiles.register(checkpointDir.resolve("." + TemporaryFiles.pidTag() + "-" + name + ".tmp"));
        try {
            double[] sums;
            try (Writer w = new BufferedWriter(
                    new java.io.OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16)) {
                sums = generate(process, values, options, beam, partition, ctx, e -> {
                    formatter.append(e, sb);
                    if (sb.length() > (1 << 15)) {
                        w.append(sb);
                        sb.setLength(0);
                    }
                });
                w.append(sb);
            }
            TemporaryFiles.moveIntoPlace(temp, chunk);
            return Chunks.of(chunk, partition.events(), sums);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + chunk + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A leftover temporary file carries our PID: the next run removes it.
            }
            TemporaryFiles.release(temp);
        }
    }
}

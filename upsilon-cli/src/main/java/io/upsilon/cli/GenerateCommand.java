package io.upsilon.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.analysis.output.GenParticleNtuple;
import io.upsilon.analysis.output.NtupleColumn;
import io.upsilon.analysis.output.NtupleLayout;
import io.upsilon.analysis.output.ParquetConcatenation;
import io.upsilon.analysis.output.ParquetDataset;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.exec.ConsoleProgress;
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
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
 * partition writes its events into a hidden chunk file beside the output (HepMC3 text, or Parquet);
 * the chunks are then concatenated in partition order (Parquet: their row groups copied as they are
 * by {@link ParquetConcatenation}). Either way the output is the same for any thread
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

    /** The chunks one or more partitions wrote, in partition order, with their event weights. */
    record Chunks(List<Path> files, List<Long> counts, double sumW, double sumW2) {
        static final Chunks EMPTY = new Chunks(List.of(), List.of(), 0, 0);

        Chunks merge(Chunks o) {
            List<Path> f = new ArrayList<>(files);
            f.addAll(o.files);
            List<Long> c = new ArrayList<>(counts);
            c.addAll(o.counts);
            return new Chunks(f, c, sumW + o.sumW, sumW2 + o.sumW2);
        }
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
        // A dataset directory is checked (and an earlier dataset in it cleared) before any work.
        ParquetDataset datasetDir = dataset ? ParquetDataset.prepare(out, "--out") : null;
        Path dir = dataset ? datasetDir.directory() : out.toAbsolutePath().getParent();
        if (!dataset && dir != null && Files.isDirectory(dir)) {
            removeStaleChunks(dir);
        }
        Set<Path> created = ConcurrentHashMap.newKeySet();
        LocalExecutor executor = new LocalExecutor(nThreads, ConsoleProgress.forStderr());
        long t0 = System.nanoTime();
        Chunks chunks;
        boolean parquet = fmt == Format.PARQUET;
        try {
            // The merge and the final rename run inside the cancellable section: an interrupt during
            // them either lets them finish (the output is complete, exit 0) or prevents the rename.
            chunks = Interrupts.runCancellable(executor, () -> {
                if (dataset) {
                    return writeDataset(job, process, values, options, beam, provenance, layout, executor, datasetDir);
                }
                if (parquet) {
                    return writeParquet(
                            job, process, values, options, beam, provenance, layout, executor, dir, created);
                }
                try (HepMC3Writer writer = HepMC3Writer.create(
                        out, new String[] {"upsilon", EventOutput.version(), "Upsilon event generator"}, provenance)) {
                    Chunks written = executor.run(
                            job,
                            (p, ctx) -> writePartition(process, values, options, beam, p, ctx, dir, created),
                            Chunks::merge,
                            Chunks.EMPTY);
                    for (int i = 0; i < written.files().size(); i++) {
                        writer.appendChunk(
                                written.files().get(i), written.counts().get(i));
                        delete(written.files().get(i));
                    }
                    writer.commit();
                    return written;
                }
            });
        } finally {
            for (Path p : created) {
                delete(p);
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        double mean = chunks.sumW() / events;
        double var = Math.max(0, chunks.sumW2() / events - mean * mean);
        PrintWriter err = spec.commandLine().getErr();
        err.printf(
                "generate: %d %s events -> %s; sum of weights / N = %.6g +- %.2g nb (cross section estimate);"
                        + " %.2f s on %d threads%n",
                events, process.name(), out, mean, Math.sqrt(var / events), seconds, nThreads);
        err.flush();
        return 0;
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
            LocalExecutor executor,
            ParquetDataset dataset) {
        Chunks sums = executor.run(
                job,
                (p, ctx) -> writePartitionFile(process, values, options, beam, p, ctx, dataset, layout, provenance),
                Chunks::merge,
                Chunks.EMPTY);
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
            return new Chunks(List.of(), List.of(), sums[0], sums[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private Chunks writeParquet(
            Job job,
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Map<String, String> provenance,
            NtupleLayout layout,
            LocalExecutor executor,
            Path dir,
            Set<Path> created) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new InputException(out.toString(), "", "cannot write: no such directory " + dir);
        }
        Chunks chunks = executor.run(
                job,
                (p, ctx) -> writePartitionChunk(process, values, options, beam, p, ctx, dir, created, layout),
                Chunks::merge,
                Chunks.EMPTY);
        try {
            ParquetConcatenation.concatenate(
                    chunks.files(), out, GenParticleNtuple.columns(layout), footer(provenance));
        } catch (IOException e) {
            throw new InputException(out.toString(), "", "cannot write: " + e.getMessage(), e);
        }
        for (Path chunk : chunks.files()) {
            delete(chunk);
        }
        return chunks;
    }

    /** Generates one partition into a hidden Parquet chunk beside the output, joined to the file later. */
    static Chunks writePartitionChunk(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            Path dir,
            Set<Path> created,
            NtupleLayout layout) {
        Path chunk = newChunk(dir, partition, created);
        try (GenParticleNtuple ntuple = GenParticleNtuple.openParquet(chunk, layout, Map.of())) {
            double[] sums = generate(process, values, options, beam, partition, ctx, ntuple::fill);
            ntuple.commit();
            return new Chunks(List.of(chunk), List.of(partition.events()), sums[0], sums[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new hidden chunk file in {@code dir} for {@code partition}, registered for deletion. */
    private static Path newChunk(Path dir, Partition partition, Set<Path> created) {
        try {
            Path chunk = TemporaryFiles.register(Files.createTempFile(
                    dir, CHUNK_PREFIX + TemporaryFiles.pidTag() + "-" + partition.index() + "-", ".part"));
            created.add(chunk);
            return chunk;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    static Chunks writePartition(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            Path dir,
            Set<Path> created) {
        HepMC3Writer.EventFormatter formatter = new HepMC3Writer.EventFormatter();
        StringBuilder sb = new StringBuilder(1 << 16);
        Path chunk = newChunk(dir, partition, created);
        double[] sums;
        try (Writer w = new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(chunk), StandardCharsets.UTF_8), 1 << 16)) {
            sums = generate(process, values, options, beam, partition, ctx, e -> {
                formatter.append(e, sb);
                if (sb.length() > (1 << 15)) {
                    w.append(sb);
                    sb.setLength(0);
                }
            });
            w.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chunks(List.of(chunk), List.of(partition.events()), sums[0], sums[1]);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover hidden .part file is harmless; nothing more can be done here.
        }
        TemporaryFiles.release(p);
    }

    /** Prefix of the per-partition event chunks ({@code .upsilon-chunk.p<PID>-<partition>-*.part}). */
    static final String CHUNK_PREFIX = ".upsilon-chunk.";

    /** Deletes chunk files left in {@code dir} by generate runs that no longer run (killed outright). */
    static void removeStaleChunks(Path dir) {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith(CHUNK_PREFIX)
                        && f.endsWith(".part")
                        && TemporaryFiles.startsWithDeadPid(f.substring(CHUNK_PREFIX.length()))) {
                    delete(p);
                }
            }
        } catch (IOException e) {
            // Stale chunks are hidden and harmless; the run goes on.
        }
    }
}

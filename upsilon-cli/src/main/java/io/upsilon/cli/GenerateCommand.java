package io.upsilon.cli;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.error.InputException;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.exec.ConsoleProgress;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.LocalExecutor;
import io.upsilon.core.exec.Partition;
import io.upsilon.core.exec.TaskContext;
import io.upsilon.core.random.RandomStream;
import io.upsilon.sim.io.HepMC3Writer;
import io.upsilon.sim.process.EventGenerator;
import io.upsilon.sim.process.GeneratorOptions;
import io.upsilon.sim.process.Process;
import io.upsilon.sim.process.ProcessParameters;
import java.io.BufferedWriter;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code upsilon generate}: events of a registered process written to a HepMC3 file.
 *
 * <p>Each partition formats its events into a temporary chunk file beside the output; the chunks
 * are then concatenated in partition order, so the file is the same for any thread count and the
 * memory needed does not grow with the number of events. Event numbers are the events' global
 * indices in the job; the random streams are those of {@code upsilon xsec} ({@code beam} and
 * {@code process/NAME} of each partition), so the same seed gives the same events in both.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate weighted events of a process and write them as HepMC3 (weights in nb).")
public final class GenerateCommand implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 4096;

    @CommandLine.Mixin
    ProcessSelection selection;

    @Option(names = "--events", required = true, description = "Number of events.")
    long events;

    @Option(
            names = "--partition-size",
            defaultValue = "100000",
            description = "Events per partition (default ${DEFAULT-VALUE}); changes the random streams.")
    long partitionSize;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.hepmc or .hepmc3).")
    Path out;

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
        int nThreads = selection.threadCount();
        EventOutput.requireHepMC3(out, "--out");
        Process process = selection.process();
        ProcessParameters values = selection.parameters(process);
        Beam beam = selection.beam();
        GeneratorOptions options = selection.options();
        long seed = selection.seed();
        Job job = new Job("generate-" + process.name(), seed, events, partitionSize);

        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("upsilon_version", EventOutput.version());
        provenance.put("process", process.name());
        values.asMap().forEach((k, v) -> provenance.put("param_" + k, String.valueOf(v)));
        provenance.put("radiation", String.valueOf(options.radiation()));
        provenance.put("beam", beam.name());
        provenance.put("seed", Long.toString(seed));
        provenance.put("events", Long.toString(events));
        provenance.put("partition_size", Long.toString(partitionSize));
        provenance.put("weight_unit", "nb");

        Path dir = out.toAbsolutePath().getParent();
        Set<Path> created = ConcurrentHashMap.newKeySet();
        LocalExecutor executor = new LocalExecutor(nThreads, ConsoleProgress.forStderr());
        long t0 = System.nanoTime();
        Chunks chunks;
        try (HepMC3Writer writer = HepMC3Writer.create(
                out, new String[] {"upsilon", EventOutput.version(), "Upsilon event generator"}, provenance)) {
            chunks = Interrupts.runCancellable(
                    executor,
                    () -> executor.run(
                            job,
                            (p, ctx) -> writePartition(process, values, options, beam, p, ctx, dir, created),
                            Chunks::merge,
                            Chunks.EMPTY));
            for (int i = 0; i < chunks.files().size(); i++) {
                writer.appendChunk(chunks.files().get(i), chunks.counts().get(i));
                delete(chunks.files().get(i));
            }
            writer.commit();
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

    static Chunks writePartition(
            Process process,
            ProcessParameters values,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx,
            Path dir,
            Set<Path> created) {
        EventGenerator gen = process.newGenerator(beam, values, options);
        RandomStream beamRng = partition.streams().stream("beam");
        RandomStream rng = partition.streams().stream("process/" + process.name());
        EventBuffer buf = new EventBuffer(16);
        HepMC3Writer.EventFormatter formatter = new HepMC3Writer.EventFormatter();
        StringBuilder sb = new StringBuilder(1 << 16);
        double sw = 0;
        double sw2 = 0;
        Path chunk;
        try {
            chunk = Files.createTempFile(dir, ".upsilon-chunk-" + partition.index() + "-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        created.add(chunk);
        try (Writer w = new BufferedWriter(
                new java.io.OutputStreamWriter(Files.newOutputStream(chunk), StandardCharsets.UTF_8), 1 << 16)) {
            long n = partition.events();
            long sinceReport = 0;
            for (long i = 0; i < n; i++) {
                double weight = gen.generate(beamRng, rng, buf);
                sw += weight;
                sw2 += weight * weight;
                formatter.append(buf.toEvent(partition.firstEvent() + i), sb);
                if (sb.length() > (1 << 15)) {
                    w.append(sb);
                    sb.setLength(0);
                }
                if (++sinceReport == PROGRESS_EVERY) {
                    ctx.advance(sinceReport);
                    sinceReport = 0;
                    ctx.checkCancelled();
                }
            }
            w.append(sb);
            ctx.advance(sinceReport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chunks(List.of(chunk), List.of(partition.events()), sw, sw2);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A leftover hidden .part file is harmless; nothing more can be done here.
        }
    }
}

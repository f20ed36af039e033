package io.upsilon.sim.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.Partition;
import io.upsilon.core.exec.TaskContext;
import io.upsilon.core.random.RandomStream;

/** Estimates a process's cross section by generating weighted events over a partitioned job. */
public final class CrossSectionRun {
    private static final int PROGRESS_EVERY = 16_384;

    private CrossSectionRun() {}

    /**
     * Generates {@code job.events()} events of {@code process} and returns the merged estimate.
     * Each partition draws beam smearing from its stream {@code beam} and the process's numbers
     * from {@code process/NAME}.
     */
    public static CrossSectionEstimate run(
            Process process,
            ProcessParameters params,
            GeneratorOptions options,
            Beam beam,
            Job job,
            Executor executor) {
        return executor.run(
                job,
                (partition, ctx) -> runPartition(process, params, options, beam, partition, ctx),
                CrossSectionEstimate::merge,
                CrossSectionEstimate.EMPTY);
    }

    static CrossSectionEstimate runPartition(
            Process process,
            ProcessParameters params,
            GeneratorOptions options,
            Beam beam,
            Partition partition,
            TaskContext ctx) {
        EventGenerator gen = process.newGenerator(beam, params, options);
        RandomStream beamRng = partition.streams().stream("beam");
        RandomStream rng = partition.streams().stream("process/" + process.name());
        EventBuffer buf = new EventBuffer(16);
        double sw = 0;
        double sw2 = 0;
        long n = partition.events();
        long sinceReport = 0;
        for (long i = 0; i < n; i++) {
            double w = gen.generate(beamRng, rng, buf);
            sw += w;
            sw2 += w * w;
            if (++sinceReport == PROGRESS_EVERY) {
                ctx.advance(sinceReport);
                sinceReport = 0;
                ctx.checkCancelled();
            }
        }
        ctx.advance(sinceReport);
        return new CrossSectionEstimate(n, sw, sw2);
    }
}

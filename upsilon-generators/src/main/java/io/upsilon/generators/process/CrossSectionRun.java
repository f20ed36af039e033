package io.upsilon.generators.process;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.Partition;
import io.upsilon.core.exec.TaskContext;
import io.upsilon.core.random.RandomStream;
import java.util.List;

/**
 * Estimates a process's cross section by generating weighted events over a partitioned job, in
 * total and in fiducial regions.
 */
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

    /**
     * As {@link #run}, also estimating the cross section inside each of {@code regions}: element 0
     * of the result is the total, element i+1 region i.
     */
    public static CrossSectionEstimate[] runWithRegions(
            Process process,
            ProcessParameters params,
            GeneratorOptions options,
            Beam beam,
            List<FiducialRegion> regions,
            Job job,
            Executor executor) {
        return executor.run(
                job,
                (partition, ctx) -> runPartition(process, params, options, beam, regions, partition, ctx),
                CrossSectionRun::mergeAll,
                emptyArray(regions.size() + 1));
    }

    private static CrossSectionEstimate[] emptyArray(int n) {
        CrossSectionEstimate[] a = new CrossSectionEstimate[n];
        java.util.Arrays.fill(a, CrossSectionEstimate.EMPTY);
        return a;
    }

    private static CrossSectionEstimate[] mergeAll(CrossSectionEstimate[] a, CrossSectionEstimate[] b) {
        CrossSectionEstimate[] out = new CrossSectionEstimate[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].merge(b[i]);
        }
        return out;
    }

    static CrossSectionEstimate[] runPartition(
            Process process,
            ProcessParameters params,
            GeneratorOptions options,
            Beam beam,
            List<FiducialRegion> regions,
            Partition partition,
            TaskContext ctx) {
        EventGenerator gen = process.newGenerator(beam, params, options);
        RandomStream beamRng = partition.streams().stream("beam");
        RandomStream rng = partition.streams().stream("process/" + process.name());
        EventBuffer buf = new EventBuffer(16);
        int k = regions.size() + 1;
        double[] sw = new double[k];
        double[] sw2 = new double[k];
        long n = partition.events();
        long sinceReport = 0;
        for (long i = 0; i < n; i++) {
            double w = gen.generate(beamRng, rng, buf);
            sw[0] += w;
            sw2[0] += w * w;
            if (w != 0) {
                for (int r = 1; r < k; r++) {
                    if (regions.get(r - 1).accepts().test(buf)) {
                        sw[r] += w;
                        sw2[r] += w * w;
                    }
                }
            }
            if (++sinceReport == PROGRESS_EVERY) {
                ctx.advance(sinceReport);
                sinceReport = 0;
                ctx.checkCancelled();
            }
        }
        ctx.advance(sinceReport);
        CrossSectionEstimate[] out = new CrossSectionEstimate[k];
        for (int r = 0; r < k; r++) {
            out[r] = new CrossSectionEstimate(n, sw[r], sw2[r]);
        }
        return out;
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

package io.upsilon.searches;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.Partition;
import io.upsilon.core.exec.TaskContext;
import io.upsilon.core.random.RandomStream;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import java.util.Objects;

/**
 * Runs one simulated sample as a partitioned job: generate weighted events, hand each to an
 * {@link EventAnalysis} together with the partition's detector simulation, merge the partial
 * results in partition order. Each partition draws the beam from its stream {@code beam}, the
 * process from {@code process/NAME} and the detector modules from {@code detector/MODULE}, so the
 * result is the same for any thread count.
 *
 * <p>Event weights are scaled to the luminosity: an event generated with weight w (nb) enters with
 * w × L / N, where L is the luminosity in nb^-1 and N the number of generator calls, so that sums
 * of weights are expected event counts at L. A sample of N events makes N / a calls, where a is the
 * generator's {@link EventGenerator#expectedAcceptance() expected acceptance} (below 1 when it
 * unweights by accept-reject, e.g. the Upsilon(4S) processes), so that it holds about N events.
 */
public final class SampleProduction {
    private static final int PROGRESS_EVERY = 8192;
    private static final double NB_INV_PER_FB_INV = 1e6;

    private SampleProduction() {}

    /**
     * A sample to simulate.
     *
     * @param name short name, also the job name's suffix (random streams derive from it)
     * @param process the physics process
     * @param parameters its parameter values
     * @param options radiation on or off
     * @param events number of events to generate (events, not generator calls: see {@link #calls})
     */
    public record Sample(
            String name, Process process, ProcessParameters parameters, GeneratorOptions options, long events) {
        /** Validates. */
        public Sample {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(process, "process");
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(options, "options");
            if (events < 1) {
                throw new IllegalArgumentException("sample " + name + ": events must be >= 1, got " + events);
            }
        }
    }

    /**
     * What an analysis does with the events of one partition. Implementations keep no state outside
     * their result objects, so partitions can run on any thread.
     *
     * @param <R> the partial result (mergeable)
     */
    public interface EventAnalysis<R> {
        /** An empty partial result. */
        R newResult();

        /**
         * One generated event.
         *
         * @param generated the event (lab frame), valid during the call
         * @param detector this partition's fast simulation: the analysis decides whether and how to
         *     simulate (e.g. {@code detector.process(generated)} then {@code lastEvent(...)})
         * @param number the event number within the sample
         * @param weight the event weight scaled to the luminosity (expected events)
         * @param result the partition's result to add to
         */
        void accept(EventBuffer generated, SimulationRun detector, long number, double weight, R result);

        /** Merges two partial results, {@code a} coming first. */
        R merge(R a, R b);
    }

    /**
     * Runs {@code sample} and returns the merged result.
     *
     * @param jobName the job's name (its random streams derive from it and the seed)
     * @param luminosityFbInv the luminosity the weights are scaled to, fb^-1
     */
    public static <R> R run(
            String jobName,
            Sample sample,
            Beam beam,
            FastSimulation detector,
            double luminosityFbInv,
            long seed,
            EventAnalysis<R> analysis,
            Executor executor) {
        long calls = calls(sample, beam);
        Job job = Job.of(jobName, seed, calls);
        double scale = luminosityFbInv * NB_INV_PER_FB_INV / calls;
        return executor.run(
                job,
                (partition, ctx) -> runPartition(sample, beam, detector, scale, analysis, partition, ctx),
                analysis::merge,
                analysis.newResult());
    }

    /**
     * The number of generator calls for {@code sample}: its events over the generator's expected
     * acceptance (the events themselves for a generator that never rejects).
     */
    public static long calls(Sample sample, Beam beam) {
        double acceptance = sample.process()
                .newGenerator(beam, sample.parameters(), sample.options())
                .expectedAcceptance();
        if (!(acceptance > 0 && acceptance <= 1)) {
            throw new IllegalStateException(
                    sample.process().name() + ": expected acceptance must be in (0, 1], got " + acceptance);
        }
        return acceptance == 1.0 ? sample.events() : (long) Math.ceil(sample.events() / acceptance);
    }

    private static <R> R runPartition(
            Sample sample,
            Beam beam,
            FastSimulation detector,
            double scale,
            EventAnalysis<R> analysis,
            Partition partition,
            TaskContext ctx) {
        EventGenerator gen = sample.process().newGenerator(beam, sample.parameters(), sample.options());
        RandomStream beamRng = partition.streams().stream("beam");
        RandomStream rng =
                partition.streams().stream("process/" + sample.process().name());
        SimulationRun sim = detector.start(partition.streams());
        EventBuffer buf = new EventBuffer(32);
        R result = analysis.newResult();
        long n = partition.events();
        long since = 0;
        for (long i = 0; i < n; i++) {
            double w = gen.generate(beamRng, rng, buf);
            if (w != 0) {
                analysis.accept(buf, sim, partition.firstEvent() + i, w * scale, result);
            }
            if (++since == PROGRESS_EVERY) {
                ctx.advance(since);
                since = 0;
                ctx.checkCancelled();
            }
        }
        ctx.advance(since);
        return result;
    }
}

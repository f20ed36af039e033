package io.upsilon.spark;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.event.RecoTrack;
import io.upsilon.core.exec.DriverProgram;
import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.detector.DetectorCard;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.CrossSectionEstimate;
import io.upsilon.generators.process.CrossSectionRun;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.SelectionResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real job for the engine tests, shaped like a search: a pilot cross-section run of
 * e+e- → μ+μ−(γ) in 4 partitions, then a sample whose size depends on the pilot's result (so a
 * worker's replay needs the recorded pilot), generated, run through the Belle II fast simulation
 * and selected into a cut flow and the selected events' summed track momentum. The outputs are the
 * pilot and the selection, serialized into {@code out/result.bin}; the summary is its SHA-256.
 *
 * @param seed master seed
 * @param failOnce throw in the first attempt of the sample's partition 1 (a Spark task retry must
 *     give the same result)
 */
record DimuonProgram(long seed, boolean failOnce) implements DriverProgram {
    /** Partition 1 of the sample starts here ({@link Job#DEFAULT_EVENTS_PER_PARTITION}). */
    private static final long FIRST_EVENT_OF_PARTITION_1 = Job.DEFAULT_EVENTS_PER_PARTITION;

    /** Injected failures so far (tests in local mode run their tasks in this JVM). */
    static final AtomicInteger INJECTED_FAILURES = new AtomicInteger();

    @Override
    public String run(Executor executor, Path out) {
        Beam beam = Beam.preset("Y4S");
        Process mumu = ProcessRegistry.standard().get("ee-mumu");
        ProcessParameters none = ProcessParameters.none();
        CrossSectionEstimate pilot = CrossSectionRun.run(
                mumu, none, GeneratorOptions.DEFAULT, beam, new Job("dimuon/pilot", seed, 20_000, 5_000), executor);
        // The sample's size depends on the pilot, as a luminosity-sized search sample does.
        long events = 110_000 + pilot.events() % 7 + (long) (pilot.sumWeights() * 1000) % 1000;
        SampleProduction.Sample sample =
                new SampleProduction.Sample("mumu", mumu, none, GeneratorOptions.DEFAULT, events);
        SelectionResult selected = SampleProduction.run(
                "dimuon/mumu",
                sample,
                beam,
                new FastSimulation(DetectorCard.belle2(), beam),
                1.0,
                seed,
                new TwoTracks(failOnce),
                executor);
        byte[] bytes = JavaSerialization.write(List.of(pilot, selected));
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("result.bin"), bytes);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events with exactly two reconstructed tracks of opposite charge; observable: |p1| + |p2|. */
    record TwoTracks(boolean failOnce) implements SampleProduction.EventAnalysis<SelectionResult> {
        @Override
        public SelectionResult newResult() {
            return SelectionResult.empty(List.of("generated", "two tracks", "opposite charge"), 1);
        }

        @Override
        public void accept(EventBuffer generated, SimulationRun detector, long number, double w, SelectionResult r) {
            if (failOnce && number == FIRST_EVENT_OF_PARTITION_1) {
                org.apache.spark.TaskContext task = org.apache.spark.TaskContext.get();
                if (task != null && task.attemptNumber() == 0) {
                    INJECTED_FAILURES.incrementAndGet();
                    throw new IllegalStateException("injected failure in the first attempt of partition 1");
                }
            }
            RecoEvent reco = detector.simulate(generated, number, false);
            List<RecoTrack> tracks = reco.tracks();
            if (tracks.size() != 2) {
                r.flow().pass(0, w);
                return;
            }
            if (tracks.get(0).charge() == tracks.get(1).charge()) {
                r.flow().pass(1, w);
                return;
            }
            r.flow().pass(2, w);
            double sum =
                    tracks.get(0).momentum().mag() + tracks.get(1).momentum().mag();
            r.events().add(number, sum, w, new float[] {
                (float) tracks.get(0).momentum().mag()
            });
        }

        @Override
        public SelectionResult merge(SelectionResult a, SelectionResult b) {
            return a.merge(b);
        }
    }
}

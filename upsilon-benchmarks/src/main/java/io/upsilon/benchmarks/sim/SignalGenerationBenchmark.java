package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.sim.process.EventGenerator;
import io.upsilon.sim.process.GeneratorOptions;
import io.upsilon.sim.process.Process;
import io.upsilon.sim.process.ProcessParameters;
import io.upsilon.sim.process.ProcessRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Weighted-event generation of the signal and QED Born processes on one thread (one core): for
 * {@code ee-mumu-zprime} every event evaluates the exact 2 -&gt; 3 helicity amplitudes (2 electron x 4
 * muon helicities x 3 Z' polarisations), builds the event in the CM frame, boosts it to the lab and
 * decays the Z'. Reports events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignalGenerationBenchmark {
    private static final int BATCH = 10_000;

    @Param({"ee-mumu-zprime", "ee-gamma-darkphoton", "ee-gamma-alp", "ee-ee", "ee-gammagamma"})
    public String process;

    private EventGenerator generator;
    private RandomStream beamRng;
    private RandomStream rng;
    private EventBuffer buffer;

    @Setup
    public void setUp() {
        Beam beam = Beam.preset("Y4S");
        Process p = ProcessRegistry.standard().get(process);
        ProcessParameters params = ProcessParameters.parse(p.name(), p.parameters(), Map.of(), "benchmark");
        generator = p.newGenerator(beam, params, GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(1).child("bench");
        beamRng = streams.stream("beam");
        rng = streams.stream("process");
        buffer = new EventBuffer(8);
    }

    /** Events per second: one operation is one generated event. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double generateEvents() {
        double sum = 0;
        for (int i = 0; i < BATCH; i++) {
            sum += generator.generate(beamRng, rng, buffer);
        }
        return sum;
    }
}

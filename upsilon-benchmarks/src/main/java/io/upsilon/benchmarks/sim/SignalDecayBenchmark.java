package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
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
 * Signal events per second on one thread: {@code y4s-bpbm --param signal=b-knunu} (one B to K+ nu
 * nubar by {@code KNUNU}, the other generic) and {@code y4s-b0b0bar --param signal=b0-kstarmumu}
 * (one B0 to K*0 mu+ mu- with the full angular distribution of {@code BTOSLL_BSZ}), the whole event
 * into a reused EventBuffer with the bundled decay tables.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignalDecayBenchmark {
    private static final int BATCH = 2_000;

    /** Process and signal: {@code y4s-bpbm:b-knunu} or {@code y4s-b0b0bar:b0-kstarmumu}. */
    @Param({"y4s-bpbm:b-knunu", "y4s-b0b0bar:b0-kstarmumu"})
    public String sample;

    private EventGenerator generator;
    private RandomStream beamRng;
    private RandomStream rng;
    private EventBuffer buffer;

    @Setup
    public void setUp() {
        String[] parts = sample.split(":");
        Process process = ProcessRegistry.standard().get(parts[0]);
        ProcessParameters values =
                ProcessParameters.parse(process.name(), process.parameters(), Map.of("signal", parts[1]), "bench");
        generator = process.newGenerator(Beam.preset("Y4S"), values, GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(1).child("bench");
        beamRng = streams.stream("beam");
        rng = streams.stream("process");
        buffer = new EventBuffer(64);
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

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
import io.upsilon.generators.process.TauPairProcesses;
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
 * Generation of decayed tau pairs ({@code ee-tautau}: ISR, FSR, vacuum polarisation, both taus
 * and their hadrons decayed) on one thread, with the tau+ tau- spin correlations on ({@code spin
 * = 1}, the default: accept-reject of the decayed pair with mean acceptance 1/2, so the tau decays
 * are generated twice on average) and off ({@code spin = 0}, independent unpolarised decays).
 * Reports events per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TauPairBenchmark {
    private static final int BATCH = 2_000;

    /** The spin switch of the tau-pair process: 1 on, 0 off. */
    @Param({"1", "0"})
    public String spin;

    private EventGenerator generator;
    private RandomStream beamRng;
    private RandomStream rng;
    private EventBuffer buffer;

    @Setup
    public void setUp() {
        Process p = ProcessRegistry.standard().get("ee-tautau");
        ProcessParameters params =
                ProcessParameters.parse(p.name(), p.parameters(), Map.of(TauPairProcesses.SPIN, spin), "benchmark");
        generator = p.newGenerator(Beam.preset("Y4S"), params, GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(1).child("bench");
        beamRng = streams.stream("beam");
        rng = streams.stream("process");
        buffer = new EventBuffer(32);
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

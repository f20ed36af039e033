package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.sim.process.EventGenerator;
import io.upsilon.sim.process.GeneratorOptions;
import io.upsilon.sim.process.ProcessParameters;
import io.upsilon.sim.process.ProcessRegistry;
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
 * ee-tautau with both taus decayed (TauDecayer: PDG 2024 table, V-A, rho and a1 currents, phase
 * space, pi0 -&gt; gamma gamma, flight lengths): the tau pair, then the decays, into a reused
 * EventBuffer. Reports events per second on one thread (one core).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TauPairDecayBenchmark {
    private static final int BATCH = 2_000;

    @Param({"ee-tautau"})
    public String process;

    /** With ISR/FSR (the default) or Born pairs: the difference shows the cost of the pair itself. */
    @Param({"true", "false"})
    public boolean radiation;

    private EventGenerator generator;
    private RandomStream beamRng;
    private RandomStream rng;
    private EventBuffer buffer;

    @Setup
    public void setUp() {
        Beam beam = Beam.preset("Y4S");
        generator = ProcessRegistry.standard()
                .get(process)
                .newGenerator(
                        beam, ProcessParameters.none(), radiation ? GeneratorOptions.DEFAULT : GeneratorOptions.BORN);
        RandomStreams streams = RandomStreams.of(1).child("bench");
        beamRng = streams.stream("beam");
        rng = streams.stream("process");
        buffer = new EventBuffer(32);
    }

    /** Events per second: one operation is one generated event with both taus decayed. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int generateEvents() {
        int particles = 0;
        for (int i = 0; i < BATCH; i++) {
            generator.generate(beamRng, rng, buffer);
            particles += buffer.size();
        }
        return particles;
    }
}

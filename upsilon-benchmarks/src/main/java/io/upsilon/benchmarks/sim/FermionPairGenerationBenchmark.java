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
 * The generate+boost inner loop of the fermion-pair generators: beam-energy smearing, vertex,
 * (ISR photon, vacuum polarisation, FSR photon), cos(theta*) and phi, the pair in its frame, boosts
 * to the lab, event weight. Reports events per second on one thread (one core).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FermionPairGenerationBenchmark {
    private static final int BATCH = 10_000;

    @Param({"ee-mumu"})
    public String process;

    /** false: Born level (the foundation's generate+boost loop); true: with ISR, FSR and vacuum polarisation. */
    @Param({"false", "true"})
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
                .newGenerator(beam, ProcessParameters.none(), new GeneratorOptions(radiation));
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

package io.upsilon.benchmarks.sim;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.fragmentation.StringFragmentation;
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
 * Lund string fragmentation (Belle II tune) of one back-to-back q qbar string at 10.58 GeV on one
 * thread, into a reused EventBuffer: primary hadrons only, no decays. Reports strings per second.
 * Select the flavour with {@code -p quark=2} (1 d, 2 u, 3 s, 4 c).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FragmentationBenchmark {
    private static final int BATCH = 2_000;
    private static final double SQRT_S = 10.58;

    /** Quark flavour of the string (PDG code). */
    @Param({"2", "4"})
    public int quark;

    private StringFragmentation fragmentation;
    private RandomStream rng;
    private EventBuffer buffer;
    private double pz;
    private double e;

    @Setup
    public void setUp() {
        fragmentation = StringFragmentation.belle2();
        rng = RandomStreams.of(1).child("bench").stream("fragmentation");
        buffer = new EventBuffer(64);
        double mass = quark == 4 ? 1.5 : 0;
        e = SQRT_S / 2;
        pz = Math.sqrt(e * e - mass * mass);
    }

    /** Strings per second: one operation is one fragmented string. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int fragmentStrings() {
        int hadrons = 0;
        for (int i = 0; i < BATCH; i++) {
            buffer.clear();
            buffer.add(quark, GenParticle.DOCUMENTATION, 0, 0, pz, e);
            buffer.add(-quark, GenParticle.DOCUMENTATION, 0, 0, -pz, e);
            fragmentation.fragment(buffer, 0, 1, rng);
            hadrons += buffer.size();
        }
        return hadrons;
    }
}

package io.upsilon.benchmarks.sim;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.pdg.ParticleData;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.decay.HadronDecayer;
import io.upsilon.generators.decay.TauDecayer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generic B decay table (bundled b-decays.dec and hadron-decays.dec, taus included) on one
 * thread: a B+ B- pair and a B0 anti-B0 pair (incoherent here; mixing is the Upsilon(4S) model's)
 * back to back at the Upsilon(4S) momentum p* = 0.33 GeV, decayed down to the detector's
 * particles, quark-level lines fragmented. Reports B pairs per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BDecayBenchmark {
    private static final int BATCH = 1_000;
    private static final double P_STAR = 0.33;

    private HadronDecayer decayer;
    private RandomStream rng;
    private EventBuffer buffer;
    private final ParticleData[] first = new ParticleData[2];
    private final ParticleData[] second = new ParticleData[2];

    @Setup
    public void setUp() {
        decayer = new HadronDecayer(
                HadronDecayTables.bundled().orElseThrow(), HadronDecayer.DEFAULT_LEFT_TO_DETECTOR, new TauDecayer());
        rng = RandomStreams.of(1).child("bench").stream("b-decays");
        buffer = new EventBuffer(256);
        ParticleTable table = ParticleTable.standard();
        first[0] = table.byName("B+");
        second[0] = table.byName("B-");
        first[1] = table.byName("B0");
        second[1] = table.byName("anti-B0");
    }

    /** B pairs per second: one operation is one decayed pair (B+B- and B0 anti-B0 alternately). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int decayPairs() {
        int particles = 0;
        for (int i = 0; i < BATCH; i++) {
            ParticleData a = first[i & 1];
            ParticleData b = second[i & 1];
            buffer.clear();
            buffer.add(a.id(), GenParticle.FINAL, 0, 0, P_STAR, Math.sqrt(P_STAR * P_STAR + a.mass() * a.mass()));
            buffer.add(b.id(), GenParticle.FINAL, 0, 0, -P_STAR, Math.sqrt(P_STAR * P_STAR + b.mass() * b.mass()));
            decayer.decay(buffer, rng);
            particles += buffer.size();
        }
        return particles;
    }
}

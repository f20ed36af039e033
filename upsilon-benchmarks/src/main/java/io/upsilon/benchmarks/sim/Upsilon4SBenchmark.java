package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.decay.DecFile;
import io.upsilon.generators.decay.DecFileParser;
import io.upsilon.generators.decay.HadronDecayTables;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.io.StringReader;
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
 * {@code y4s-bbbar} events per second on one thread (one core), the whole event into a reused
 * EventBuffer: beam smearing, ISR, the Upsilon(4S) line shape, Upsilon(4S) -&gt; B Bbar with coherent
 * B0 mixing, and the decays of the B's and all their unstable products. {@code -p table=bundled}
 * uses the bundled decay tables (whatever B tables they hold); {@code -p table=two-body} puts a small
 * B table on top ({@value #TWO_BODY_B_TABLE}), the throughput of the production and mixing machinery
 * with a short decay chain.
 *
 * <p>One operation is one B pair (an event of non-zero weight). {@code -p weighting=unweighted} (the
 * default form of the process) rejects trials on the cheap kinematics before any decay; {@code -p
 * weighting=weighted} ({@code --param weighted=1}) decays every trial and returns its weight. The
 * weighted sample's effective size is (sum w)^2 / sum w^2 = 0.73 of its events, the unweighted one's
 * all of them, so the time per effective event is the weighted time / 0.73 against the unweighted
 * time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Upsilon4SBenchmark {
    private static final int BATCH = 2_000;

    /** Each B to flavour-specific two-body modes and B0 -&gt; J/psi K_S0 (CP), D's decayed by the bundled table. */
    static final String TWO_BODY_B_TABLE = "Define dm 0.5069e12 Decay B0 0.6 D- pi+ PHSP;"
            + " 0.4 J/psi K_S0 SSD_CP dm 0.0 1.0 -0.7881 1.0 0.0 -1.0 0.0; Enddecay CDecay anti-B0"
            + " Decay B+ 1.0 anti-D0 pi+ PHSP; Enddecay CDecay B- End";

    /** Which decay tables: {@code bundled} or {@code two-body}. */
    @Param({"bundled", "two-body"})
    public String table;

    /** {@code unweighted} (the default of the process) or {@code weighted}. */
    @Param({"unweighted", "weighted"})
    public String weighting;

    private EventGenerator generator;
    private RandomStream beamRng;
    private RandomStream rng;
    private EventBuffer buffer;

    @Setup
    public void setUp() {
        DecFile bundled = HadronDecayTables.bundled().orElseThrow();
        DecFile decays = table.equals("bundled")
                ? bundled
                : DecFileParser.parse(new StringReader(TWO_BODY_B_TABLE), "two-body-b.dec", bundled);
        Process process = ProcessRegistry.standard().get("y4s-bbbar");
        generator = process.newGenerator(
                Beam.preset("Y4S"),
                weighting.equals("weighted")
                        ? ProcessParameters.parse("y4s-bbbar", process.parameters(), Map.of("weighted", "1"), "bench")
                        : ProcessParameters.none(),
                GeneratorOptions.DEFAULT.withDecays(decays));
        RandomStreams streams = RandomStreams.of(1).child("bench");
        beamRng = streams.stream("beam");
        rng = streams.stream("process");
        buffer = new EventBuffer(64);
    }

    /** B pairs per second: one operation is one event of non-zero weight (rejected trials included in its time). */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public double generateEvents() {
        double sum = 0;
        for (int pairs = 0; pairs < BATCH; ) {
            double w = generator.generate(beamRng, rng, buffer);
            sum += w;
            pairs += w > 0 ? 1 : 0;
        }
        return sum;
    }
}

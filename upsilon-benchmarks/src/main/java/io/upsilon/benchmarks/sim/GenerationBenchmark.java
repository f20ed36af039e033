package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.PartonHadronizer;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import io.upsilon.generators.process.QuarkPairProcess;
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
 * Weighted-event generation of a registered process on one thread (one core), the whole event into
 * a reused EventBuffer: beam smearing and vertex, the hard process (and ISR/FSR/VP, decays where
 * the process has them), boosts to the lab, the weight. Reports events per second. Select with
 * {@code -p process=ee-mumu -p radiation=false}; processes without radiation give the same number
 * for both settings. {@value #QQBAR_PARTONS} is e+e- -&gt; q qbar (u, d, s, c by cross section) at parton
 * level: ISR, vacuum polarisation, K_QCD and the matrix-element-corrected parton shower, no hadronisation;
 * {@code ee-qqbar} is the registered process, the same plus Lund string fragmentation and the decays of
 * all unstable hadrons (the full hadron-level continuum event).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GenerationBenchmark {
    private static final int BATCH = 2_000;

    /** The parton-level continuum generator (not a registered process: its hadronisation is plugged in later). */
    static final String QQBAR_PARTONS = "ee-qqbar-partons";

    @Param({
        "ee-mumu",
        "ee-tautau",
        "ee-gammagamma",
        "ee-ee",
        "ee-eemumu",
        "ee-mumu-zprime",
        "ee-gamma-darkphoton",
        QQBAR_PARTONS,
        "ee-qqbar"
    })
    public String process;

    /** true: ISR, FSR and vacuum polarisation where modelled; false: tree level (--no-radiation). */
    @Param({"true", "false"})
    public boolean radiation;

    private EventGenerator generator;
    private RandomStream beamRng;
    private RandomStream rng;
    private EventBuffer buffer;

    @Setup
    public void setUp() {
        Process p = process.equals(QQBAR_PARTONS)
                ? new QuarkPairProcess(QQBAR_PARTONS, "u, d, s, c", new int[] {2, 1, 3, 4}, o -> PartonHadronizer.NONE)
                : ProcessRegistry.standard().get(process);
        ProcessParameters params = ProcessParameters.parse(p.name(), p.parameters(), Map.of(), "benchmark");
        generator = p.newGenerator(Beam.preset("Y4S"), params, new GeneratorOptions(radiation));
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

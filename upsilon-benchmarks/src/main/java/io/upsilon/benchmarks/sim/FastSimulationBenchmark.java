package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.DetectorCard;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.util.ArrayList;
import java.util.List;
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
 * The Belle II fast simulation (tracking, ECL, KLM, PID, trigger) on events of a registered process
 * generated once in the setup: events per second on one thread, full {@link RecoEvent} output
 * (records and truth link) from {@link GenEvent} input. {@code -p process=ee-mumu}: e+e- -&gt;
 * mu+mu-(gamma); {@code -p process=ee-qqbar}: hadron-level continuum events (about 11 final-state
 * particles, K_S0 and Lambda decayed by the generator).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FastSimulationBenchmark {
    private static final int EVENTS = 10_000;

    /** The registered process whose events are simulated. */
    @Param({"ee-mumu", "ee-qqbar"})
    public String process;

    private List<GenEvent> events;
    private SimulationRun run;

    @Setup
    public void setUp() {
        Beam beam = Beam.preset("Y4S");
        EventGenerator gen = ProcessRegistry.standard()
                .get(process)
                .newGenerator(beam, ProcessParameters.none(), new GeneratorOptions(true));
        RandomStreams streams = RandomStreams.of(1).child("bench");
        RandomStream beamRng = streams.stream("beam");
        RandomStream rng = streams.stream("process");
        EventBuffer buffer = new EventBuffer(8);
        events = new ArrayList<>(EVENTS);
        long number = 0;
        while (events.size() < EVENTS) {
            if (gen.generate(beamRng, rng, buffer) > 0) {
                events.add(buffer.toEvent(number++));
            }
        }
        run = new FastSimulation(DetectorCard.belle2(), beam).start(streams);
    }

    /** Events per second, full RecoEvent output (records, truth link). */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int simulateRecoEvents() {
        int bits = 0;
        for (GenEvent g : events) {
            RecoEvent r = run.simulate(g);
            bits += r.triggerBits() + r.tracks().size();
        }
        return bits;
    }
}

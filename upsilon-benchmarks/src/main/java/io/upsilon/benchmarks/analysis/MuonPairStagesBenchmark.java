package io.upsilon.benchmarks.analysis;

import io.upsilon.analysis.particles.CandidateCombiner;
import io.upsilon.analysis.particles.DecayString;
import io.upsilon.analysis.particles.ParticleList;
import io.upsilon.analysis.particles.ParticleListName;
import io.upsilon.analysis.particles.ParticleLists;
import io.upsilon.analysis.select.CutExpression;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.pdg.ParticleTable;
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
 * The per-event stages of the zprime-invisible chain after generation, on events of one registered
 * process generated once in the setup (lab frame, one thread): {@link #detector} is the fast
 * simulation's allocation-free pass ({@code SimulationRun.process}); {@link #muonPair} builds the
 * reconstructed event of a simulated two-track event and makes the search's μ+μ− candidate (the
 * muon list with its cut, then {@code vpho -> mu+:good mu-:good}). Nanoseconds per event; {@code
 * -p process=ee-mumu} (most events reach the candidate) or {@code ee-tautau} (most fail the muon
 * cut).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MuonPairStagesBenchmark {
    private static final int EVENTS = 5_000;
    /** The muon list cut of the bundled zprime-invisible.yaml. */
    private static final String MUON_CUT = "muonID > 0.9 and p > 0.7 and abs(d0) < 0.5 and abs(z0) < 2";

    /** The registered process whose events are simulated. */
    @Param({"ee-mumu", "ee-tautau"})
    public String process;

    private final ParticleTable table = ParticleTable.standard();
    private final CandidateCombiner combiner = new CandidateCombiner(table);
    private final ParticleListName muonList = ParticleListName.parse("mu+:good", table);
    private final DecayString candidate = DecayString.parse("vpho -> mu+:good mu-:good", table);
    private final CutExpression muonCut = CutExpression.parse(MUON_CUT);
    private Beam beam;
    private List<EventBuffer> generated;
    private SimulationRun run;

    @Setup
    public void setUp() {
        beam = Beam.preset("Y4S");
        EventGenerator gen = ProcessRegistry.standard()
                .get(process)
                .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(1).child("bench");
        RandomStream beamRng = streams.stream("beam");
        RandomStream rng = streams.stream("process");
        generated = new ArrayList<>(EVENTS);
        while (generated.size() < EVENTS) {
            EventBuffer buffer = new EventBuffer(32);
            if (gen.generate(beamRng, rng, buffer) > 0) {
                generated.add(buffer);
            }
        }
        run = new FastSimulation(DetectorCard.belle2(), beam).start(streams);
    }

    /** The fast simulation without output records, per event. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int detector() {
        int tracks = 0;
        for (EventBuffer g : generated) {
            tracks += run.process(g).trackCount();
        }
        return tracks;
    }

    /**
     * Simulation, then for two-track events the reconstructed event, the muon list and the pair
     * candidate, per event (the simulation included: its state feeds the records).
     */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int muonPair() {
        int pairs = 0;
        for (int i = 0; i < generated.size(); i++) {
            if (run.process(generated.get(i)).trackCount() != 2) {
                continue;
            }
            RecoEvent event = run.lastEvent(i, false);
            EventContext ctx = new EventContext(event, beam, table);
            ParticleList muons = ParticleList.fromTracks(muonList, event, muonCut.in(ctx));
            pairs += combiner.combine(candidate, new ParticleLists().add(muons), p -> true)
                    .size();
        }
        return pairs;
    }
}

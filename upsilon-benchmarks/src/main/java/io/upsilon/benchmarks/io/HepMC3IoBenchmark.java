package io.upsilon.benchmarks.io;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenEvent;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.io.HepMC3Reader;
import io.upsilon.generators.io.HepMC3Writer;
import io.upsilon.generators.process.EventGenerator;
import io.upsilon.generators.process.GeneratorOptions;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.generators.process.ProcessRegistry;
import java.io.IOException;
import java.io.StringReader;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HepMC3 ASCII formatting and parsing of ee-mumu events (4 particles, 1 vertex), in memory so that
 * the disk does not enter: events per second on one thread. Formatting is what {@code upsilon
 * generate} does per event; parsing is what {@link HepMC3Reader} does per event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HepMC3IoBenchmark {
    private static final int BATCH = 10_000;

    private final List<GenEvent> events = new ArrayList<>();
    private final HepMC3Writer.EventFormatter formatter = new HepMC3Writer.EventFormatter();
    private final StringBuilder sb = new StringBuilder(1 << 22);
    private String file;

    @Setup
    public void setUp() throws IOException {
        Beam beam = Beam.preset("Y4S");
        EventGenerator gen = ProcessRegistry.standard()
                .get("ee-mumu")
                .newGenerator(beam, ProcessParameters.none(), GeneratorOptions.DEFAULT);
        RandomStreams streams = RandomStreams.of(1).child("bench");
        RandomStream beamRng = streams.stream("beam");
        RandomStream rng = streams.stream("process");
        EventBuffer buf = new EventBuffer(8);
        for (int i = 0; i < BATCH; i++) {
            gen.generate(beamRng, rng, buf);
            events.add(buf.toEvent(i));
        }
        StringBuilder f = new StringBuilder("HepMC::Version 3.02.06\nHepMC::Asciiv3-START_EVENT_LISTING\n");
        for (GenEvent e : events) {
            formatter.append(e, f);
        }
        file = f.append("HepMC::Asciiv3-END_EVENT_LISTING\n\n").toString();
    }

    /** Events formatted per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int write() {
        sb.setLength(0);
        for (GenEvent e : events) {
            formatter.append(e, sb);
        }
        return sb.length();
    }

    /** Events parsed per second. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long read() {
        long n = 0;
        try (HepMC3Reader r = new HepMC3Reader(new StringReader(file), "bench")) {
            for (GenEvent e = r.next(); e != null; e = r.next()) {
                n += e.size();
            }
        }
        return n;
    }
}

package io.upsilon.benchmarks.sim;

import io.upsilon.core.beam.Beam;
import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.event.GenParticle;
import io.upsilon.core.event.RecoEvent;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.DetectorCard;
import io.upsilon.detector.DetectorState;
import io.upsilon.detector.FastSimulation;
import io.upsilon.detector.SimulationRun;
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
 * The Belle II fast simulation on synthetic hadronic events (no hadron generator is needed): each
 * event has 6-10 prompt charged hadrons (pi, K, p), two pi0 -> gamma gamma, a K_S0 -> pi+ pi-
 * decaying at 0-40 cm, a K_L0 and a neutron: 16-20 generated particles, 13-17 of them final state.
 * Events per second on one thread, for the allocation-free path ({@link SimulationRun#process}) and
 * with full {@link RecoEvent} records.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HadronicFastSimulationBenchmark {
    private static final int EVENTS = 5_000;
    private static final int[] CHARGED = {211, -211, 211, -211, 321, -321, 2212, -2212};

    private List<EventBuffer> events;
    private SimulationRun run;

    @Setup
    public void setUp() {
        ParticleTable table = ParticleTable.standard();
        RandomStreams streams = RandomStreams.of(1).child("bench");
        RandomStream rng = streams.stream("hadronic-events");
        events = new ArrayList<>(EVENTS);
        for (int e = 0; e < EVENTS; e++) {
            EventBuffer b = new EventBuffer(24);
            int charged = 6 + (int) (5 * rng.nextDouble());
            for (int k = 0; k < charged; k++) {
                add(b, table, CHARGED[k % CHARGED.length], 0.1 + 1.5 * rng.nextDouble(), rng, 0);
            }
            for (int k = 0; k < 2; k++) {
                int pi0 = add(b, table, 111, 0.2 + rng.nextDouble(), rng, GenParticle.DECAYED);
                twoBody(b, table, pi0, 22, 22, 0, rng);
            }
            int ks = add(b, table, 310, 0.3 + 1.5 * rng.nextDouble(), rng, GenParticle.DECAYED);
            twoBody(b, table, ks, 211, -211, 40 * rng.nextDouble(), rng);
            add(b, table, 130, 0.3 + 2 * rng.nextDouble(), rng, 0);
            add(b, table, 2112, 0.3 + rng.nextDouble(), rng, 0);
            events.add(b);
        }
        run = new FastSimulation(DetectorCard.belle2(), Beam.preset("Y4S")).start(streams);
    }

    /** A particle of momentum p in a random direction from the origin; status FINAL unless given. */
    private static int add(EventBuffer b, ParticleTable table, int pdg, double p, RandomStream rng, int status) {
        double cos = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        double sin = Math.sqrt(1 - cos * cos);
        double m = table.byId(Math.abs(pdg)).mass();
        int i = b.add(
                pdg,
                status == 0 ? GenParticle.FINAL : status,
                p * sin * Math.cos(phi),
                p * sin * Math.sin(phi),
                p * cos,
                Math.sqrt(p * p + m * m));
        b.setVertex(i, 0, 0, 0, 0);
        return i;
    }

    /** Decays particle {@code k} isotropically into two daughters at transverse radius r along its flight. */
    private static void twoBody(
            EventBuffer b, ParticleTable table, int k, int pdg1, int pdg2, double r, RandomStream rng) {
        double m = table.byId(b.pdgId(k)).mass();
        double m1 = table.byId(Math.abs(pdg1)).mass();
        double m2 = table.byId(Math.abs(pdg2)).mass();
        double q = Math.sqrt((m * m - (m1 + m2) * (m1 + m2)) * (m * m - (m1 - m2) * (m1 - m2))) / (2 * m);
        double cos = 2 * rng.nextDouble() - 1;
        double phi = 2 * Math.PI * rng.nextDouble();
        double sin = Math.sqrt(1 - cos * cos);
        double[] a = {q * sin * Math.cos(phi), q * sin * Math.sin(phi), q * cos};
        double bx = b.px(k) / b.e(k);
        double by = b.py(k) / b.e(k);
        double bz = b.pz(k) / b.e(k);
        double pt = Math.hypot(b.px(k), b.py(k));
        double scale = pt > 0 ? r / pt : 0;
        int first = -1;
        for (int s = 0; s < 2; s++) {
            double sign = s == 0 ? 1 : -1;
            double mass = s == 0 ? m1 : m2;
            double[] d = boost(sign * a[0], sign * a[1], sign * a[2], Math.sqrt(q * q + mass * mass), bx, by, bz);
            int i = b.add(s == 0 ? pdg1 : pdg2, GenParticle.FINAL, d[0], d[1], d[2], d[3]);
            b.setVertex(i, scale * b.px(k), scale * b.py(k), scale * b.pz(k), 0);
            b.setMothers(i, k, k);
            first = first < 0 ? i : first;
        }
        b.setDaughters(k, first, first + 1);
    }

    private static double[] boost(double px, double py, double pz, double e, double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        double gamma = 1 / Math.sqrt(1 - b2);
        double bp = bx * px + by * py + bz * pz;
        double g2 = b2 > 0 ? (gamma - 1) / b2 : 0;
        return new double[] {
            px + g2 * bp * bx + gamma * bx * e,
            py + g2 * bp * by + gamma * by * e,
            pz + g2 * bp * bz + gamma * bz * e,
            gamma * (e + bp)
        };
    }

    /** Events per second, allocation-free path (detector state only). */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int processHadronicEvents() {
        int n = 0;
        for (EventBuffer b : events) {
            DetectorState s = run.process(b);
            n += s.trackCount() + s.clusterCount();
        }
        return n;
    }

    /** Events per second, full RecoEvent output (records, no truth copy). */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public int simulateHadronicRecoEvents() {
        int n = 0;
        long number = 0;
        for (EventBuffer b : events) {
            RecoEvent r = run.simulate(b, number++, false);
            n += r.tracks().size() + r.clusters().size();
        }
        return n;
    }
}

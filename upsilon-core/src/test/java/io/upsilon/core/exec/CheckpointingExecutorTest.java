package io.upsilon.core.exec;

import static org.assertj.core.api.Assertions.assertThat;

import io.upsilon.core.random.RandomStream;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckpointingExecutorTest {
    private static final String RUN = "fingerprint-of-the-run";

    /** A store in memory; a test may replace what it holds. */
    private static final class MemoryStore implements CheckpointStore {
        final Map<CheckpointKey, byte[]> entries = new ConcurrentHashMap<>();

        @Override
        public Optional<byte[]> load(CheckpointKey key) {
            return Optional.ofNullable(entries.get(key)).map(byte[]::clone);
        }

        @Override
        public void save(CheckpointKey key, byte[] result) {
            entries.put(key, result.clone());
        }
    }

    /** A floating-point sum whose bits depend on the order of additions, with a counter of calls. */
    private static PartitionFunction<double[]> counting(AtomicInteger calls) {
        return (p, ctx) -> {
            calls.incrementAndGet();
            RandomStream r = p.streams().stream("x");
            double s = 0;
            for (long i = 0; i < p.events(); i++) {
                s += Math.exp(10 * r.nextDouble());
            }
            return new double[] {s, p.events()};
        };
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1]};
    }

    private static final Job JOB = new Job("sample/bhabha", 17, 200_003, 10_000);

    private static double[] run(CheckpointingExecutor ex, AtomicInteger calls) {
        return ex.run(JOB, counting(calls), CheckpointingExecutorTest::add, new double[2]);
    }

    @Test
    void aResumedRunLoadsTheFinishedPartitionsAndGivesTheSameBits() {
        MemoryStore full = new MemoryStore();
        AtomicInteger calls = new AtomicInteger();
        CheckpointingExecutor first = new CheckpointingExecutor(LocalExecutor.ofThreads(1), full, RUN);
        double[] uninterrupted = run(first, calls);
        assertThat(calls.get()).isEqualTo(21);
        assertThat(first.computed()).isEqualTo(21);
        assertThat(full.entries).hasSize(21);

        // A killed run had finished partitions 0, 3, 4 and 20 (the last, smaller one).
        MemoryStore partial = new MemoryStore();
        for (int i : new int[] {0, 3, 4, 20}) {
            CheckpointKey k = new CheckpointKey(RUN, 0, JOB, i);
            partial.entries.put(k, full.entries.get(k));
        }
        AtomicInteger rerunCalls = new AtomicInteger();
        CheckpointingExecutor rerun = new CheckpointingExecutor(LocalExecutor.ofThreads(2), partial, RUN);
        double[] resumed = run(rerun, rerunCalls);
        assertThat(rerunCalls.get())
                .as("finished partitions are not recomputed")
                .isEqualTo(17);
        assertThat(rerun.loaded()).isEqualTo(4);
        assertThat(rerun.computed()).isEqualTo(17);
        assertThat(Double.doubleToRawLongBits(resumed[0])).isEqualTo(Double.doubleToRawLongBits(uninterrupted[0]));
        assertThat(resumed[1]).isEqualTo(200_003);
        assertThat(partial.entries).as("the rerun kept what it computed").hasSize(21);
    }

    @Test
    void theResultDoesNotDependOnTheThreadCountOrOnCheckpointing() {
        double[] plain = LocalExecutor.ofThreads(1)
                .run(JOB, counting(new AtomicInteger()), CheckpointingExecutorTest::add, new double[2]);
        for (int threads : new int[] {1, 2, 3}) {
            double[] kept = run(
                    new CheckpointingExecutor(LocalExecutor.ofThreads(threads), new MemoryStore(), RUN),
                    new AtomicInteger());
            assertThat(Double.doubleToRawLongBits(kept[0])).isEqualTo(Double.doubleToRawLongBits(plain[0]));
        }
    }

    @Test
    void bytesThatDoNotDeserializeAreRecomputed() {
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < JOB.partitionCount(); i++) {
            store.entries.put(new CheckpointKey(RUN, 0, JOB, i), new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2});
        }
        AtomicInteger calls = new AtomicInteger();
        CheckpointingExecutor ex = new CheckpointingExecutor(LocalExecutor.ofThreads(2), store, RUN);
        double[] r = run(ex, calls);
        assertThat(calls.get()).isEqualTo(21);
        assertThat(ex.loaded()).isZero();
        assertThat(r[1]).isEqualTo(200_003);
    }

    @Test
    void anotherRunsFingerprintOrAnotherPositionFindsNothing() {
        MemoryStore store = new MemoryStore();
        run(new CheckpointingExecutor(LocalExecutor.ofThreads(1), store, RUN), new AtomicInteger());

        AtomicInteger calls = new AtomicInteger();
        CheckpointingExecutor other = new CheckpointingExecutor(LocalExecutor.ofThreads(1), store, "another-run");
        run(other, calls);
        assertThat(calls.get()).isEqualTo(21);
        assertThat(other.loaded()).isZero();

        // The same job twice in one run: the second is position 1 and loads nothing of position 0.
        CheckpointingExecutor twice = new CheckpointingExecutor(LocalExecutor.ofThreads(1), store, RUN);
        AtomicInteger firstCalls = new AtomicInteger();
        AtomicInteger secondCalls = new AtomicInteger();
        run(twice, firstCalls);
        run(twice, secondCalls);
        assertThat(firstCalls.get()).isZero();
        assertThat(secondCalls.get()).isEqualTo(21);
        assertThat(twice.jobs()).isEqualTo(2);
    }

    /** Not serializable: used as computed, never kept. */
    private record Opaque(double value) {}

    /** Serializable, of a class the deserialization filter allows (io.upsilon). */
    private record Sum(double value, long events) implements Serializable {}

    @Test
    void aResultThatCannotBeSerializedIsUsedButNotKept() {
        MemoryStore store = new MemoryStore();
        CheckpointingExecutor ex = new CheckpointingExecutor(LocalExecutor.ofThreads(2), store, RUN);
        Opaque r = ex.run(
                JOB, (p, ctx) -> new Opaque(p.events()), (a, b) -> new Opaque(a.value() + b.value()), new Opaque(0));
        assertThat(r.value()).isEqualTo(200_003);
        assertThat(ex.notKept()).isEqualTo(21);
        assertThat(store.entries).isEmpty();

        Sum s = ex.run(
                JOB,
                (p, ctx) -> new Sum(p.index(), p.events()),
                (a, b) -> new Sum(a.value() + b.value(), a.events() + b.events()),
                new Sum(0, 0));
        assertThat(s).isEqualTo(new Sum(210, 200_003));
        assertThat(store.entries).hasSize(21);
    }

    @Test
    void theFilterRefusesClassesOutsideUpsilonAndJavaUtil() throws Exception {
        // A serialized javax.management value: an allowed-looking stream of a class outside the list.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new javax.management.ObjectName("a:b=c"));
        }
        MemoryStore store = new MemoryStore();
        for (int i = 0; i < JOB.partitionCount(); i++) {
            store.entries.put(new CheckpointKey(RUN, 0, JOB, i), bytes.toByteArray());
        }
        AtomicInteger calls = new AtomicInteger();
        CheckpointingExecutor ex = new CheckpointingExecutor(LocalExecutor.ofThreads(1), store, RUN);
        run(ex, calls);
        assertThat(ex.loaded()).isZero();
        assertThat(calls.get()).isEqualTo(21);
    }
}

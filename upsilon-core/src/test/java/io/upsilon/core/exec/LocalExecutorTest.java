package io.upsilon.core.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalExecutorTest {
    /** A floating-point sum whose value depends on the order of additions: a sensitive probe. */
    private static double[] partial(Partition p, TaskContext ctx) {
        RandomStream r = p.streams().stream("x");
        double s = 0;
        for (long i = 0; i < p.events(); i++) {
            s += Math.exp(10 * r.nextDouble());
        }
        ctx.advance(p.events());
        return new double[] {s, p.events()};
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1]};
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        Job job = new Job("test", 99, 1_000_003, 10_000);
        double[] one =
                LocalExecutor.ofThreads(1).run(job, LocalExecutorTest::partial, LocalExecutorTest::add, new double[2]);
        for (int t : new int[] {2, 3, 8}) {
            double[] many = LocalExecutor.ofThreads(t)
                    .run(job, LocalExecutorTest::partial, LocalExecutorTest::add, new double[2]);
            assertThat(Double.doubleToRawLongBits(many[0])).isEqualTo(Double.doubleToRawLongBits(one[0]));
            assertThat(many[1]).isEqualTo(1_000_003);
        }
    }

    @Test
    void partitionsCoverTheJobExactly() {
        Job job = new Job("cover", 1, 25, 10);
        List<Partition> ps = job.partitions();
        assertThat(ps).extracting(Partition::events).containsExactly(10L, 10L, 5L);
        assertThat(ps).extracting(Partition::firstEvent).containsExactly(0L, 10L, 20L);
        assertThat(new Job("none", 1, 0, 10).partitionCount()).isZero();
        assertThat(LocalExecutor.ofThreads(2).run(new Job("none", 1, 0, 10), (p, c) -> 1, Integer::sum, 0))
                .isZero();
    }

    @Test
    void mergeIsInPartitionOrder() {
        Job job = new Job("order", 1, 100, 7);
        List<Integer> order = LocalExecutor.ofThreads(4)
                .run(
                        job,
                        (p, c) -> new ArrayList<>(List.of(p.index())),
                        (a, b) -> {
                            a.addAll(b);
                            return a;
                        },
                        new ArrayList<>());
        assertThat(order).isSorted().hasSize(job.partitionCount());
    }

    @Test
    void cancellationStopsTheJob() {
        LocalExecutor ex = LocalExecutor.ofThreads(2);
        Job job = new Job("cancel", 1, 1000, 1);
        assertThatThrownBy(() -> ex.run(
                        job,
                        (p, c) -> {
                            if (p.index() == 3) {
                                ex.cancel();
                            }
                            c.checkCancelled();
                            return 1;
                        },
                        Integer::sum,
                        0))
                .isInstanceOf(JobCancelledException.class);
    }

    @Test
    void partitionFailureIsReported() {
        assertThatThrownBy(() -> LocalExecutor.ofThreads(2)
                        .run(
                                new Job("fail", 1, 10, 1),
                                (p, c) -> {
                                    if (p.index() == 5) {
                                        throw new IllegalStateException("boom in 5");
                                    }
                                    return 1;
                                },
                                Integer::sum,
                                0))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("boom in 5");
        assertThatThrownBy(() -> new Job("bad", 1, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalExecutor.ofThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

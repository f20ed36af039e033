package io.upsilon.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.PartitionFunction;
import io.upsilon.core.exec.TaskContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worker-side replay: recorded answers, the captured function, and a diverging program. */
class ReplayExecutorTest {
    private static final Job FIRST = new Job("first", 1, 10, 5);
    private static final Job SECOND = new Job("second", 1, 10, 5);

    /** A two-job program: the second job's events per partition come from the first's result. */
    private static PartitionFunction<?> captureSecond(List<RecordedJob> history, Job target) {
        ReplayExecutor replay = new ReplayExecutor(history, target);
        Executor ex = replay;
        try {
            long first = ex.run(FIRST, (p, c) -> p.events(), Long::sum, 0L);
            ex.run(
                    new Job("second", 1, first, 5),
                    (p, c) -> p.streams().stream("x").nextLong(),
                    Long::sum,
                    0L);
        } catch (ReplayExecutor.Captured expected) {
            return replay.captured();
        }
        return null;
    }

    @Test
    void answersEarlierJobsWithTheirRecordedResultsAndCapturesTheTarget() {
        List<RecordedJob> history = List.of(new RecordedJob(FIRST, JavaSerialization.write(10L)));
        PartitionFunction<?> fn = captureSecond(history, SECOND);
        assertThat(fn).isNotNull();
        // The captured function draws from the partition's own stream: the local engine's value.
        Object value = fn.apply(SECOND.partition(1), TaskContext.NONE);
        assertThat(value).isEqualTo(SECOND.partition(1).streams().stream("x").nextLong());
    }

    @Test
    void aProgramThatDivergesFromTheRecordFails() {
        // The record says the first job returned 12, so the program asks for a 12-event second job.
        List<RecordedJob> history = List.of(new RecordedJob(FIRST, JavaSerialization.write(12L)));
        assertThatThrownBy(() -> captureSecond(history, SECOND))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("diverged")
                .hasMessageContaining("second");
    }

    @Test
    void aRecordedJobOfAnotherNameFails() {
        List<RecordedJob> history = List.of(new RecordedJob(new Job("other", 1, 10, 5), JavaSerialization.write(10L)));
        assertThatThrownBy(() -> captureSecond(history, SECOND))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("job #0");
    }
}

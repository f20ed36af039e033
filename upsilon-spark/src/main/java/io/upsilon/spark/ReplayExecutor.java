package io.upsilon.spark;

import io.upsilon.core.exec.Executor;
import io.upsilon.core.exec.Job;
import io.upsilon.core.exec.PartitionFunction;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * The executor a worker gives to a replayed {@link io.upsilon.core.exec.DriverProgram}: it answers
 * the program's earlier jobs with the results the driver recorded, and at the job being
 * distributed it captures the partition function the program passes and stops the program. Each
 * call is checked against the driver's record (same {@link Job}: name, seed, events, partition
 * size), so a program that is not deterministic fails instead of computing something else.
 */
final class ReplayExecutor implements Executor {
    private final List<RecordedJob> history;
    private final Job target;
    private int calls;
    private PartitionFunction<?> captured;

    /** Thrown to stop the program once the partition function is captured. */
    static final class Captured extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Captured() {
            super("partition function captured", null, false, false);
        }
    }

    /**
     * @param history the jobs the driver ran before, with their merged results, in order
     * @param target the job whose partition function is wanted (the next one after {@code history})
     */
    ReplayExecutor(List<RecordedJob> history, Job target) {
        this.history = List.copyOf(history);
        this.target = target;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R run(Job job, PartitionFunction<R> fn, BinaryOperator<R> merge, R empty) {
        int call = calls++;
        if (call < history.size()) {
            RecordedJob rec = history.get(call);
            check(call, rec.job(), job);
            return rec.result() == null ? empty : (R) JavaSerialization.read(rec.result());
        }
        check(call, target, job);
        captured = fn;
        throw new Captured();
    }

    private static void check(int call, Job expected, Job got) {
        if (!expected.equals(got)) {
            throw new IllegalStateException("the program replayed on a worker diverged from the driver at job #"
                    + call + ": expected " + expected + ", got " + got
                    + " (a driver program must be deterministic)");
        }
    }

    /** The captured partition function, or null while the target job has not been reached. */
    PartitionFunction<?> captured() {
        return captured;
    }
}

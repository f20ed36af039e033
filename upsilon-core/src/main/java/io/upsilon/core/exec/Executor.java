package io.upsilon.core.exec;

import java.util.function.BinaryOperator;

/**
 * Runs every partition of a job and merges the partial results in partition order, so that the
 * merged result does not depend on how the partitions were scheduled. The local executor runs
 * them on a thread pool; a cluster executor runs the very same {@link PartitionFunction}.
 */
public interface Executor {
    /**
     * Runs {@code fn} on every partition of {@code job} and folds the results left to right in
     * partition order with {@code merge}. A job with no partitions returns {@code empty}.
     */
    <R> R run(Job job, PartitionFunction<R> fn, BinaryOperator<R> merge, R empty);
}

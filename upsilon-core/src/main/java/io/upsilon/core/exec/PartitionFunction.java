package io.upsilon.core.exec;

/**
 * The work done on one partition: a pure function of the partition (its events and random
 * streams) returning a mergeable result. It reports progress and checks for cancellation through
 * the {@link TaskContext}.
 *
 * @param <R> the partial result
 */
@FunctionalInterface
public interface PartitionFunction<R> {
    R apply(Partition partition, TaskContext context);
}

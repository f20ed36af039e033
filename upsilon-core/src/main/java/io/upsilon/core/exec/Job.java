package io.upsilon.core.exec;

import io.upsilon.core.random.RandomStreams;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A unit of work split into partitions: a name, a master seed and a number of events, cut into
 * partitions of a fixed size. The partitioning depends only on the job, never on the executor or
 * the thread count, so the same job and seed give bit-identical results everywhere. A job is
 * serializable, so that a cluster engine can name it to its workers.
 *
 * @param name what the job does, for provenance and progress bars (also part of the stream path)
 * @param masterSeed the job's one master seed
 * @param events total number of events
 * @param eventsPerPartition events per partition (the last one may be smaller)
 */
public record Job(String name, long masterSeed, long events, long eventsPerPartition) implements Serializable {
    /** Default partition size: large enough to amortise overhead, small enough to balance two cores. */
    public static final long DEFAULT_EVENTS_PER_PARTITION = 100_000;

    public Job {
        Objects.requireNonNull(name, "name");
        if (events < 0) {
            throw new IllegalArgumentException("number of events must be >= 0, got " + events);
        }
        if (eventsPerPartition <= 0) {
            throw new IllegalArgumentException("events per partition must be > 0, got " + eventsPerPartition);
        }
        if (partitions(events, eventsPerPartition) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many partitions: " + events + " / " + eventsPerPartition);
        }
    }

    /** A job with the default partition size. */
    public static Job of(String name, long masterSeed, long events) {
        return new Job(name, masterSeed, events, DEFAULT_EVENTS_PER_PARTITION);
    }

    /** Number of partitions. */
    public int partitionCount() {
        return (int) partitions(events, eventsPerPartition);
    }

    /** ceil(events / perPartition) without the overflow of (events + perPartition - 1) near Long.MAX_VALUE. */
    private static long partitions(long events, long perPartition) {
        return events / perPartition + (events % perPartition == 0 ? 0 : 1);
    }

    /** The random-stream family of this job (root of every partition's streams). */
    public RandomStreams streams() {
        return RandomStreams.of(masterSeed).child(name);
    }

    /** Partition {@code index}: a pure function of (job, index). */
    public Partition partition(int index) {
        int n = partitionCount();
        if (index < 0 || index >= n) {
            throw new IndexOutOfBoundsException("partition " + index + " of " + n);
        }
        long first = index * eventsPerPartition;
        long count = Math.min(eventsPerPartition, events - first);
        return new Partition(this, index, first, count, streams().child("partition", index));
    }

    /** All partitions, in order. */
    public List<Partition> partitions() {
        int n = partitionCount();
        List<Partition> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(partition(i));
        }
        return out;
    }
}

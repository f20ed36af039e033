package io.upsilon.core.exec;

import java.util.Locale;
import java.util.Objects;

/**
 * What identifies one partition's result within a run, so that a rerun finds it again and nothing
 * else: the run's fingerprint (a digest of everything the results depend on: configuration, seed,
 * options, version), the job's position in the run's sequence of jobs, the job itself (name, master
 * seed, events, partition size) and the partition's index. Two jobs of a run with the same name and
 * size still differ by their position.
 *
 * @param runFingerprint digest of the run's inputs (non-empty)
 * @param jobPosition the job's 0-based position in the run (the n-th call of {@link Executor#run})
 * @param job the job
 * @param partition the partition's index within the job
 */
public record CheckpointKey(String runFingerprint, int jobPosition, Job job, int partition) {
    /** Validates. */
    public CheckpointKey {
        Objects.requireNonNull(runFingerprint, "runFingerprint");
        Objects.requireNonNull(job, "job");
        if (runFingerprint.isBlank()) {
            throw new IllegalArgumentException("run fingerprint must not be blank");
        }
        if (jobPosition < 0) {
            throw new IllegalArgumentException("job position must be >= 0, got " + jobPosition);
        }
        if (partition < 0 || partition >= job.partitionCount()) {
            throw new IllegalArgumentException("partition " + partition + " of " + job.partitionCount());
        }
    }

    /** The partition's first event within the job. */
    public long firstEvent() {
        return partition * job.eventsPerPartition();
    }

    /** The partition's number of events. */
    public long events() {
        return Math.min(job.eventsPerPartition(), job.events() - firstEvent());
    }

    /**
     * A file-name stem unique within a run, {@code job-00003-part-00012}: position and index only,
     * because job names contain slashes; the rest of the key is stored inside and checked.
     */
    public String fileStem() {
        return String.format(Locale.ROOT, "job-%05d-part-%05d", jobPosition, partition);
    }
}

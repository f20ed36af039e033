package io.upsilon.spark;

import io.upsilon.core.exec.Job;
import java.io.Serializable;
import java.util.Objects;

/**
 * One job a program has run so far and its merged result, as the driver handed it back to the
 * program: what a worker's replay answers for that job.
 *
 * @param job the job
 * @param result the merged result's bytes, or null for a job with no partitions (answered with
 *     the caller's own empty value)
 */
record RecordedJob(Job job, byte[] result) implements Serializable {
    RecordedJob {
        Objects.requireNonNull(job, "job");
    }
}

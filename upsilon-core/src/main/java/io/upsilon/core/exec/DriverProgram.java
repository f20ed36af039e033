package io.upsilon.core.exec;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * The driver side of a run, in a form a cluster engine can ship to its workers. A {@link
 * PartitionFunction} usually captures large state that is not serializable (generators, detector
 * simulation, selections); instead of shipping it, a cluster executor ships this small description
 * and runs it again on a worker with an executor that answers the earlier jobs with their recorded
 * results, so that the worker rebuilds exactly the function the driver passed for the job at hand.
 *
 * <p>A program must therefore be deterministic: the same program and the same earlier results make
 * the same sequence of {@link Executor#run} calls with the same {@link Job}s. Everything a run
 * depends on (configuration text, seed, options) belongs in its fields, not in files that a worker
 * may not have.
 */
public interface DriverProgram extends Serializable {
    /**
     * Runs the program, sending every partitioned job to {@code executor}.
     *
     * @param executor the executor of this run (the cluster executor on the driver, a replaying one
     *     on a worker)
     * @param scratch a directory the program may write its outputs into (on a worker, a temporary
     *     directory that is deleted afterwards)
     * @return a short human-readable summary
     */
    String run(Executor executor, Path scratch);
}

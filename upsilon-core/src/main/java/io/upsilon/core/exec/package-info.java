/**
 * Jobs split into partitions, executors that run them and merge the results in order: {@link
 * io.upsilon.core.exec.LocalExecutor} on this machine's threads, and cluster engines found through
 * {@link io.upsilon.core.exec.ExecutorProvider} that run a {@link
 * io.upsilon.core.exec.DriverProgram}'s partitions elsewhere with the same result; {@link
 * io.upsilon.core.exec.CheckpointingExecutor} keeps finished partitions in a {@link
 * io.upsilon.core.exec.CheckpointStore} so that a killed run resumes where it stopped.
 */
package io.upsilon.core.exec;

/**
 * The Spark engine ({@code upsilon run --engine spark}): runs the partitions of Upsilon's jobs as
 * Spark tasks and merges them on the driver in partition order, so that results are bit-identical
 * to the local engine. Partition functions are not shipped: a worker rebuilds them by replaying the
 * {@link io.upsilon.core.exec.DriverProgram} against the driver's recorded results.
 */
package io.upsilon.spark;

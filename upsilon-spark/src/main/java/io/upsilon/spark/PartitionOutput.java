package io.upsilon.spark;

import java.io.Serializable;

/**
 * What one Spark task sends back: the partition's index and its partial result's bytes.
 *
 * @param index the partition's index in its job
 * @param result the partial result, serialized
 */
record PartitionOutput(int index, byte[] result) implements Serializable {}

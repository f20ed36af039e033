package io.upsilon.core.exec;

import io.upsilon.core.random.RandomStreams;

/**
 * One partition of a {@link Job}: a contiguous range of events with its own random streams.
 *
 * @param job the job it belongs to
 * @param index position in the job, 0-based
 * @param firstEvent number of its first event within the job
 * @param events number of events in this partition
 * @param streams the partition's random-stream family (derive one named stream per consumer)
 */
public record Partition(Job job, int index, long firstEvent, long events, RandomStreams streams) {}

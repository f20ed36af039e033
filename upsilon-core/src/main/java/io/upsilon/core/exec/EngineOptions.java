package io.upsilon.core.exec;

import java.util.Objects;

/**
 * How to reach a cluster engine.
 *
 * @param master the engine's master URL ({@code local[2]}, {@code spark://host:7077}), or null for
 *     the engine's default (the one a launcher such as {@code spark-submit} configured, else the
 *     local machine with {@code threads} threads)
 * @param threads threads for a local master when none is given, >= 1
 * @param progress where progress is reported
 */
public record EngineOptions(String master, int threads, ProgressReporter progress) {
    /** Validates. */
    public EngineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be >= 1, got " + threads);
        }
        Objects.requireNonNull(progress, "progress");
    }
}

package io.upsilon.searches;

import io.upsilon.core.exec.Executor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How to run a search.
 *
 * @param out the output directory (replaced as a whole when the run succeeds)
 * @param seed the master seed, overriding the configuration's {@code seed} when present
 * @param quick smoke mode: far fewer events and mass points, same code path
 * @param executor runs the partitioned jobs (thread count and progress live there)
 */
public record RunOptions(Path out, OptionalLong seed, boolean quick, Executor executor) {
    /** Validates. */
    public RunOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(executor, "executor");
    }
}

package io.upsilon.searches;

import io.upsilon.core.config.ConfigNode;

/**
 * A reproduced analysis: reads its configuration and runs end to end, writing its outputs into
 * {@link RunOptions#out()}. Implementations are registered in {@link Searches}.
 */
public interface Search {
    /** The name used by {@code upsilon run NAME} and by the {@code analysis:} key of a config. */
    String name();

    /** One line: which published analysis this reproduces. */
    String description();

    /**
     * Runs the analysis.
     *
     * @param config the root of the analysis configuration (the driver reads and checks every key)
     * @param configBytes the configuration file as read, for provenance hashes
     * @param options output directory, seed, threads, quick mode, progress
     * @return a short human-readable summary for the terminal
     * @throws io.upsilon.core.error.InputException for a bad configuration
     */
    String run(ConfigNode config, byte[] configBytes, RunOptions options);
}

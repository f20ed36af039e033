package io.upsilon.detector;

import io.upsilon.core.random.RandomStream;

/**
 * One step of the fast-simulation chain (tracking, ECL, KLM, PID, trigger). A module reads the
 * generated event and what earlier modules produced from the {@link DetectorState}, adds its own
 * objects, and draws only from its own named random stream.
 */
public interface DetectorModule {
    /** Name of the module; its random stream is {@code detector/<name>}. */
    String name();

    /** Processes one event. */
    void process(DetectorState state, RandomStream rng);
}

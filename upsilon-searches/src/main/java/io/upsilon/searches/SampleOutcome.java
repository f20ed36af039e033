package io.upsilon.searches;

import java.util.Objects;

/**
 * One simulated sample after the analysis ran over it.
 *
 * @param name the sample's short name
 * @param label its legend label
 * @param generatedEvents events generated
 * @param result the merged result of the search's event analysis
 * @param seconds wall time of the sample
 * @param <R> the search's result type
 */
public record SampleOutcome<R>(String name, String label, long generatedEvents, R result, double seconds) {
    /** Validates. */
    public SampleOutcome {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(result, "result");
    }
}

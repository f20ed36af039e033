package io.upsilon.stats.workspace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measurement: the parameter of interest and parameter settings.
 *
 * @param name measurement name
 * @param poi name of the parameter of interest
 * @param parameters per-parameter settings
 */
public record Measurement(String name, String poi, List<ParameterConfig> parameters) {
    /** Validates and copies. */
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(poi, "poi");
        parameters = List.copyOf(parameters);
    }

    /** The settings for the named parameter, if any. */
    public Optional<ParameterConfig> parameter(String parName) {
        return parameters.stream().filter(p -> p.name().equals(parName)).findFirst();
    }
}

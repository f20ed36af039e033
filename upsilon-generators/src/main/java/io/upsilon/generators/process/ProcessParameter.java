package io.upsilon.generators.process;

import java.util.Objects;

/**
 * A named, documented numeric parameter of a process (e.g. {@code mass} in GeV).
 *
 * @param name parameter name as given on the command line ({@code --param name=value})
 * @param unit unit, or empty for dimensionless
 * @param description what it means
 * @param defaultValue value when not given
 * @param min smallest allowed value (inclusive)
 * @param max largest allowed value (inclusive)
 */
public record ProcessParameter(
        String name, String unit, String description, double defaultValue, double min, double max) {
    public ProcessParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        if (!(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(
                    "parameter " + name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
    }
}

package io.upsilon.analysis.variables;

import io.upsilon.analysis.particles.Particle;
import java.util.Objects;

/**
 * A named, documented variable.
 *
 * @param name basf2 name (or the canonical spelling of a metavariable call, e.g. {@code
 *     useCMSFrame(p)})
 * @param description what it is, with its definition
 * @param unit unit ({@code GeV}, {@code GeV^2}, {@code rad}, {@code cm}, or empty if dimensionless)
 * @param function how it is computed
 */
public record Variable(String name, String description, String unit, VariableFunction function) {
    public Variable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(function, "function");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("variable name must not be empty");
        }
    }

    /** The value for {@code candidate} in {@code context}. */
    public double evaluate(Particle candidate, EventContext context) {
        return function.evaluate(candidate, context);
    }
}

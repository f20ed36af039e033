package io.upsilon.analysis.variables;

import java.util.List;
import java.util.Objects;

/**
 * A variable made from arguments: numbers and other variables ({@code useCMSFrame(p)}, {@code
 * daughter(0, E)}).
 *
 * @param name the name before the parenthesis
 * @param signature the arguments as documented, e.g. {@code (i, variable)}
 * @param description what it computes
 * @param factory builds the variable from the parsed arguments
 */
public record MetaVariable(String name, String signature, String description, Factory factory) {
    public MetaVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
    }

    /** One argument: a number or a variable (exactly one of the two is non-null). */
    public record Argument(Double number, Variable variable, int column) {}

    /** Builds the variable; throws {@link IllegalArgumentException} with a message for bad arguments. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @param canonicalName the call as it should be named, e.g. {@code daughter(0, p)}
         * @param arguments the parsed arguments
         */
        Variable create(String canonicalName, List<Argument> arguments);
    }
}

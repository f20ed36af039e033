package io.upsilon.analysis.variables;

import java.util.List;
import java.util.Objects;

/**
 * A variable made from arguments: numbers and other variables ({@code useCMSFrame(p)}, {@code
 * daughter(0, E)}), or, for metavariables that take them, bare words ({@code KSFWVariables(hso02)}).
 *
 * @param name the name before the parenthesis
 * @param signature the arguments as documented, e.g. {@code (i, variable)}
 * @param description what it computes
 * @param factory builds the variable from the parsed arguments
 * @param takesWords true if a bare name argument (not followed by a parenthesis) is passed as a
 *     word rather than resolved as a variable
 */
public record MetaVariable(String name, String signature, String description, Factory factory, boolean takesWords) {
    public MetaVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
    }

    /** A metavariable whose arguments are numbers and variables. */
    public MetaVariable(String name, String signature, String description, Factory factory) {
        this(name, signature, description, factory, false);
    }

    /** One argument: a number, a variable or a word (exactly one of the three is non-null). */
    public record Argument(Double number, Variable variable, String word, int column) {
        /** A number or a variable argument. */
        public Argument(Double number, Variable variable, int column) {
            this(number, variable, null, column);
        }
    }

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

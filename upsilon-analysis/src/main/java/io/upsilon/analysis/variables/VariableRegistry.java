package io.upsilon.analysis.variables;

import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Variables and metavariables by name. {@link #resolve(String)} turns a name such as {@code p},
 * {@code useCMSFrame(p)} or {@code daughter(1, useCMSFrame(cosTheta))} into a {@link Variable}.
 *
 * <p>Built with {@link Builder}; immutable afterwards. {@link StandardVariables#registry()} is the
 * standard set.
 */
public final class VariableRegistry {
    /** Deepest metavariable nesting accepted. */
    public static final int MAX_DEPTH = 32;

    private final Map<String, Variable> variables;
    private final Map<String, MetaVariable> metaVariables;

    private VariableRegistry(Map<String, Variable> variables, Map<String, MetaVariable> metaVariables) {
        this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        this.metaVariables = Collections.unmodifiableMap(new LinkedHashMap<>(metaVariables));
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The plain variables, in registration order. */
    public Collection<Variable> variables() {
        return variables.values();
    }

    /** The metavariables, in registration order. */
    public Collection<MetaVariable> metaVariables() {
        return metaVariables.values();
    }

    /** True if {@code name} is a plain variable. */
    public boolean isVariable(String name) {
        return variables.containsKey(name);
    }

    /** True if {@code name} is a metavariable (the part before the parenthesis). */
    public boolean isMetaVariable(String name) {
        return metaVariables.containsKey(name);
    }

    /**
     * Resolves a variable name or metavariable call.
     *
     * @throws InputException (source = the text) for unknown names and malformed calls
     */
    public Variable resolve(String text) {
        return resolve(text, text, 1);
    }

    /**
     * Resolves a variable name or metavariable call that sits in a larger text.
     *
     * @param source the larger text or file, for error messages
     * @param column 1-based column of {@code text} in {@code source}
     * @throws InputException (location {@code column N}) for unknown names and malformed calls
     */
    public Variable resolve(String text, String source, int column) {
        Objects.requireNonNull(text, "text");
        Parser p = new Parser(text, source, column);
        p.skipSpace();
        Variable v = p.variable(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error(p.pos, "unexpected '" + text.charAt(p.pos) + "' after the variable " + v.name());
        }
        return v;
    }

    /** Recursive-descent reader of {@code name} and {@code name(arg, ...)}. */
    private final class Parser {
        private final String text;
        private final String source;
        private final int column;
        private int pos;

        Parser(String text, String source, int column) {
            this.text = text;
            this.source = source;
            this.column = column;
        }

        InputException error(int at, String problem) {
            return new InputException(source, "column " + (column + at), problem);
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        Variable variable(int depth) {
            if (depth > MAX_DEPTH) {
                throw error(pos, "metavariables nested deeper than " + MAX_DEPTH);
            }
            int start = pos;
            if (pos >= text.length() || !isNameStart(text.charAt(pos))) {
                throw error(
                        pos,
                        pos >= text.length()
                                ? "expected a variable name, found the end"
                                : "expected a variable name, found '" + text.charAt(pos) + "'");
            }
            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            int afterName = pos;
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == '(') {
                MetaVariable meta = metaVariables.get(name);
                if (meta == null) {
                    throw error(
                            start,
                            "unknown metavariable '" + name + "'"
                                    + (variables.containsKey(name)
                                            ? " ('" + name + "' is a variable and takes no arguments)"
                                            : "; known: " + String.join(", ", metaVariables.keySet())));
                }
                pos++;
                List<MetaVariable.Argument> args = new ArrayList<>();
                List<String> canonical = new ArrayList<>();
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ')') {
                    pos++;
                } else {
                    while (true) {
                        skipSpace();
                        int argStart = pos;
                        if (pos < text.length()
                                && (Character.isDigit(text.charAt(pos))
                                        || text.charAt(pos) == '.'
                                        || text.charAt(pos) == '-'
                                        || text.charAt(pos) == '+')) {
                            double number = number();
                            args.add(new MetaVariable.Argument(number, null, column + argStart));
                            canonical.add(text.substring(argStart, pos));
                        } else if (meta.takesWords() && isWord()) {
                            int wordStart = pos;
                            while (pos < text.length() && isNamePart(text.charAt(pos))) {
                                pos++;
                            }
                            String word = text.substring(wordStart, pos);
                            args.add(new MetaVariable.Argument(null, null, word, column + argStart));
                            canonical.add(word);
                        } else {
                            Variable v = variable(depth + 1);
                            args.add(new MetaVariable.Argument(null, v, column + argStart));
                            canonical.add(v.name());
                        }
                        skipSpace();
                        if (pos >= text.length()) {
                            throw error(pos, "expected ',' or ')' in the arguments of " + name + ", found the end");
                        }
                        char c = text.charAt(pos);
                        pos++;
                        if (c == ')') {
                            break;
                        }
                        if (c != ',') {
                            throw error(
                                    pos - 1, "expected ',' or ')' in the arguments of " + name + ", found '" + c + "'");
                        }
                    }
                }
                String canonicalName = name + "(" + String.join(", ", canonical) + ")";
                try {
                    return meta.factory().create(canonicalName, args);
                } catch (IllegalArgumentException e) {
                    throw error(start, name + meta.signature() + ": " + e.getMessage());
                }
            }
            pos = afterName;
            Variable v = variables.get(name);
            if (v == null) {
                throw error(
                        start,
                        "unknown variable '" + name + "'"
                                + (metaVariables.containsKey(name)
                                        ? " ('" + name + "' is a metavariable: " + name
                                                + metaVariables.get(name).signature() + ")"
                                        : " (the variable index is docs/variables.md)"));
            }
            return v;
        }

        /** True if a bare name (not a metavariable call) starts here. */
        boolean isWord() {
            if (pos >= text.length() || !isNameStart(text.charAt(pos))) {
                return false;
            }
            int end = pos;
            while (end < text.length() && isNamePart(text.charAt(end))) {
                end++;
            }
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            return end >= text.length() || text.charAt(end) != '(';
        }

        double number() {
            int start = pos;
            if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < text.length()
                    && (Character.isLetterOrDigit(text.charAt(pos))
                            || text.charAt(pos) == '.'
                            || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                                    && (text.charAt(pos - 1) == 'e' || text.charAt(pos - 1) == 'E')))) {
                pos++;
            }
            String s = text.substring(start, pos);
            if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw error(start, "malformed number '" + s + "'");
            }
            return Double.parseDouble(s);
        }
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    /** Collects variables and metavariables; names must be unique. */
    public static final class Builder {
        private final Map<String, Variable> variables = new LinkedHashMap<>();
        private final Map<String, MetaVariable> metaVariables = new LinkedHashMap<>();

        private Builder() {}

        /** Registers a variable: one line per variable. */
        public Builder add(String name, String description, String unit, VariableFunction function) {
            return add(new Variable(name, description, unit, function));
        }

        /** Registers a variable. */
        public Builder add(Variable v) {
            checkName(v.name());
            variables.put(v.name(), v);
            return this;
        }

        /** Registers a metavariable. */
        public Builder addMeta(String name, String signature, String description, MetaVariable.Factory factory) {
            checkName(name);
            metaVariables.put(name, new MetaVariable(name, signature, description, factory));
            return this;
        }

        /**
         * Registers a metavariable whose bare-name arguments are words ({@code
         * KSFWVariables(hso02)}), passed to the factory as {@link MetaVariable.Argument#word()}.
         */
        public Builder addMetaWithWords(
                String name, String signature, String description, MetaVariable.Factory factory) {
            checkName(name);
            metaVariables.put(name, new MetaVariable(name, signature, description, factory, true));
            return this;
        }

        private void checkName(String name) {
            if (name.isEmpty() || !isNameStart(name.charAt(0)) || !name.chars().allMatch(c -> isNamePart((char) c))) {
                throw new IllegalArgumentException("variable names are letters, digits and '_', got '" + name + "'");
            }
            if (variables.containsKey(name) || metaVariables.containsKey(name)) {
                throw new IllegalArgumentException("variable '" + name + "' is registered twice");
            }
        }

        /** The immutable registry. */
        public VariableRegistry build() {
            return new VariableRegistry(variables, metaVariables);
        }
    }
}

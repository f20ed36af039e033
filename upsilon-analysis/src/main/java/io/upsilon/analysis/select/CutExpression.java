package io.upsilon.analysis.select;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.StandardVariables;
import io.upsilon.analysis.variables.VariableRegistry;
import io.upsilon.core.error.InputException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A parsed cut such as {@code muonID > 0.9 and abs(d0) < 0.5 and 0.3 < useCMSFrame(p) < 5}. The
 * empty text accepts everything. Immutable and thread-safe. Grammar (lowest precedence first):
 *
 * <pre>
 * cut        := or
 * or         := and ("or" and)*
 * and        := not ("and" not)*
 * not        := "not" not | comparison
 * comparison := sum (("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum)*   chained: a &lt; b &lt; c
 * sum        := product (("+" | "-") product)*
 * product    := unary (("*" | "/") unary)*
 * unary      := ("-" | "+") unary | primary
 * primary    := NUMBER | "abs" "(" sum ")" | variable | "(" cut ")"
 * variable   := NAME | NAME "(" arguments ")"       a registry variable or metavariable call
 * </pre>
 *
 * Brackets may be {@code ( )} or {@code [ ]} (as in basf2 cuts). The parser checks types: {@code
 * and}, {@code or}, {@code not} and the whole cut take conditions, arithmetic and comparisons take
 * numbers. Comparisons with NaN are false ({@code !=} true). Nesting is limited to {@value
 * CutParser#MAX_DEPTH} levels. Every error is an {@link InputException} with location {@code column
 * N}.
 */
public final class CutExpression {
    private final String text;
    private final Node.Bool root;

    private CutExpression(String text, Node.Bool root) {
        this.text = text;
        this.root = root;
    }

    /**
     * Parses {@code text} with the standard variables; errors name the expression itself as their
     * source.
     *
     * @throws InputException with location {@code column N} for any syntax, type or name error
     */
    public static CutExpression parse(String text) {
        return parse(text, StandardVariables.registry(), text, 1);
    }

    /**
     * Parses {@code text} found in {@code source} (a file or option) at 1-based {@code column}.
     *
     * @throws InputException with location {@code column N} for any syntax, type or name error
     */
    public static CutExpression parse(String text, VariableRegistry registry, String source, int column) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(source, "source");
        return new CutExpression(text, new CutParser(text, source, column, registry).parseCut());
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** The syntax tree. */
    public Node.Bool root() {
        return root;
    }

    /** True if the candidate passes. */
    public boolean test(Particle candidate, EventContext context) {
        return root.test(candidate, context);
    }

    /** This cut as a predicate on candidates of one event. */
    public Predicate<Particle> in(EventContext context) {
        return p -> root.test(p, context);
    }

    @Override
    public String toString() {
        return text;
    }
}

package io.upsilon.analysis.select;

/**
 * One token of a cut expression.
 *
 * @param kind what it is
 * @param text the characters as written
 * @param column 1-based column of its first character
 */
public record Token(Kind kind, String text, int column) {
    /** Token kinds. */
    public enum Kind {
        NUMBER,
        IDENT,
        AND,
        OR,
        NOT,
        LPAREN,
        RPAREN,
        COMMA,
        PLUS,
        MINUS,
        STAR,
        SLASH,
        LT,
        LE,
        GT,
        GE,
        EQ,
        NE,
        END
    }

    /** Column just after the token. */
    public int endColumn() {
        return column + text.length();
    }
}

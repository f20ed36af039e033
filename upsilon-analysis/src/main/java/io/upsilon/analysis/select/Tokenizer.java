package io.upsilon.analysis.select;

import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a cut expression into {@link Token}s: numbers ({@code 3}, {@code 0.5}, {@code .5}, {@code
 * 1e-3}), names (letters, digits, '_'; {@code and}, {@code or}, {@code not} are keywords), brackets
 * ({@code ( )} and, as in basf2 cuts, {@code [ ]}), {@code ,}, {@code + - * /} and the comparisons
 * {@code < <= > >= == !=}.
 */
public final class Tokenizer {
    private Tokenizer() {}

    /**
     * The tokens of {@code text}, ending with an {@link Token.Kind#END} token.
     *
     * @param source the expression or file, for error messages
     * @param column 1-based column of the text's first character in its source
     * @throws InputException for a character that cannot start a token or a malformed number
     */
    public static List<Token> tokenize(String text, String source, int column) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int col = column + i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && isDigit(text.charAt(i))) {
                    i++;
                }
                if (i < n && text.charAt(i) == '.') {
                    i++;
                    while (i < n && isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int mark = i;
                    i++;
                    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                        i++;
                    }
                    if (i >= n || !isDigit(text.charAt(i))) {
                        throw new InputException(
                                source,
                                "column " + (column + mark),
                                "malformed number '" + text.substring(start, Math.min(n, i + 1))
                                        + "': expected digits after the exponent");
                    }
                    while (i < n && isDigit(text.charAt(i))) {
                        i++;
                    }
                }
                if (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) {
                    throw new InputException(
                            source,
                            "column " + (column + i),
                            "malformed number: unexpected '" + text.charAt(i) + "' after '" + text.substring(start, i)
                                    + "'");
                }
                out.add(new Token(Token.Kind.NUMBER, text.substring(start, i), col));
            } else if (isNameStart(c)) {
                int start = i;
                while (i < n && isNamePart(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                Token.Kind kind = switch (word) {
                    case "and" -> Token.Kind.AND;
                    case "or" -> Token.Kind.OR;
                    case "not" -> Token.Kind.NOT;
                    default -> Token.Kind.IDENT;
                };
                out.add(new Token(kind, word, col));
            } else {
                String two = i + 1 < n ? text.substring(i, i + 2) : "";
                Token.Kind kind2 = switch (two) {
                    case "<=" -> Token.Kind.LE;
                    case ">=" -> Token.Kind.GE;
                    case "==" -> Token.Kind.EQ;
                    case "!=" -> Token.Kind.NE;
                    default -> null;
                };
                if (kind2 != null) {
                    out.add(new Token(kind2, two, col));
                    i += 2;
                    continue;
                }
                Token.Kind kind = switch (c) {
                    case '(', '[' -> Token.Kind.LPAREN;
                    case ')', ']' -> Token.Kind.RPAREN;
                    case ',' -> Token.Kind.COMMA;
                    case '+' -> Token.Kind.PLUS;
                    case '-' -> Token.Kind.MINUS;
                    case '*' -> Token.Kind.STAR;
                    case '/' -> Token.Kind.SLASH;
                    case '<' -> Token.Kind.LT;
                    case '>' -> Token.Kind.GT;
                    default -> null;
                };
                if (kind == null) {
                    String shown = c == '='
                            ? "'=' (use '==' to compare)"
                            : c == '&' || c == '|'
                                    ? "'" + c + "' (use 'and', 'or')"
                                    : c == '!' ? "'!' (use 'not' or '!=')" : describe(text, i);
                    throw new InputException(source, "column " + col, "unexpected character " + shown);
                }
                out.add(new Token(kind, String.valueOf(c), col));
                i++;
            }
        }
        out.add(new Token(Token.Kind.END, "", column + n));
        return out;
    }

    private static String describe(String text, int i) {
        int cp = text.codePointAt(i);
        if (cp < 0x20 || cp == 0x7f || !Character.isDefined(cp) || Character.isISOControl(cp)) {
            return String.format("U+%04X", cp);
        }
        return "'" + new String(Character.toChars(cp)) + "'";
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}

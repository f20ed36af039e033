package io.upsilon.analysis.select;

import io.upsilon.analysis.select.Node.ArithmeticOp;
import io.upsilon.analysis.select.Node.ComparisonOp;
import io.upsilon.analysis.variables.VariableRegistry;
import io.upsilon.core.error.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of cut expressions. Grammar (lowest precedence first):
 *
 * <pre>
 * cut        := or
 * or         := and ("or" and)*
 * and        := not ("and" not)*
 * not        := "not" not | comparison
 * comparison := sum (("&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "==" | "!=") sum)+ | "(" cut ")"
 * sum        := product (("+" | "-") product)*
 * product    := unary (("*" | "/") unary)*
 * unary      := ("-" | "+") unary | primary
 * primary    := NUMBER | "abs" "(" sum ")" | variable | "(" sum ")"
 * variable   := NAME | NAME "(" arguments ")"      (resolved by the VariableRegistry)
 * </pre>
 *
 * Brackets may be {@code ( )} or {@code [ ]}. A parenthesised group is a boolean if it holds a
 * comparison or a logical operator, a number otherwise; the parser checks that logical operators get
 * booleans and arithmetic gets numbers.
 */
final class CutParser {
    /** Deepest nesting of brackets and unary operators accepted. */
    static final int MAX_DEPTH = 200;

    private final String source;
    private final String text;
    private final int column;
    private final VariableRegistry registry;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    CutParser(String text, String source, int column, VariableRegistry registry) {
        this.text = text;
        this.source = source;
        this.column = column;
        this.registry = registry;
        this.tokens = Tokenizer.tokenize(text, source, column);
    }

    Node.Bool parseCut() {
        if (peek().kind() == Token.Kind.END) {
            return new Node.Always();
        }
        Node node = or();
        expect(Token.Kind.END, "the end of the expression");
        return asBool(node, tokens.get(0));
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private InputException error(Token at, String problem) {
        return new InputException(source, "column " + at.column(), problem);
    }

    private void expect(Token.Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) {
            throw error(t, "expected " + what + ", found " + describe(t));
        }
        pos++;
    }

    private static String describe(Token t) {
        return t.kind() == Token.Kind.END ? "the end of the expression" : "'" + t.text() + "'";
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw error(t, "expression nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private Node.Bool asBool(Node n, Token at) {
        if (n instanceof Node.Bool b) {
            return b;
        }
        throw error(at, "expected a condition (a comparison such as 'p > 1'), found a number");
    }

    private Node.Numeric asNumber(Node n, Token at) {
        if (n instanceof Node.Numeric x) {
            return x;
        }
        throw error(at, "expected a number, found a condition");
    }

    private Node or() {
        Token first = peek();
        Node left = and();
        while (peek().kind() == Token.Kind.OR) {
            Token op = next();
            Token rightStart = peek();
            Node right = and();
            left = new Node.Or(
                    asBool(left, first), asBool(right, rightStart.kind() == Token.Kind.END ? op : rightStart));
        }
        return left;
    }

    private Node and() {
        Token first = peek();
        Node left = not();
        while (peek().kind() == Token.Kind.AND) {
            Token op = next();
            Token rightStart = peek();
            Node right = not();
            left = new Node.And(
                    asBool(left, first), asBool(right, rightStart.kind() == Token.Kind.END ? op : rightStart));
        }
        return left;
    }

    private Node not() {
        if (peek().kind() == Token.Kind.NOT) {
            Token op = next();
            enter(op);
            Token operandStart = peek();
            Node operand = not();
            depth--;
            return new Node.Not(asBool(operand, operandStart));
        }
        return comparison();
    }

    private Node comparison() {
        Token first = peek();
        Node left = sum();
        ComparisonOp op = comparisonOp(peek());
        if (op == null) {
            return left;
        }
        List<Node.Numeric> operands = new ArrayList<>();
        List<ComparisonOp> ops = new ArrayList<>();
        operands.add(asNumber(left, first));
        while ((op = comparisonOp(peek())) != null) {
            next();
            Token rightStart = peek();
            operands.add(asNumber(sum(), rightStart));
            ops.add(op);
        }
        return new Node.Comparison(operands, ops);
    }

    private static ComparisonOp comparisonOp(Token t) {
        return switch (t.kind()) {
            case LT -> ComparisonOp.LT;
            case LE -> ComparisonOp.LE;
            case GT -> ComparisonOp.GT;
            case GE -> ComparisonOp.GE;
            case EQ -> ComparisonOp.EQ;
            case NE -> ComparisonOp.NE;
            default -> null;
        };
    }

    private Node sum() {
        Token first = peek();
        Node left = product();
        while (peek().kind() == Token.Kind.PLUS || peek().kind() == Token.Kind.MINUS) {
            ArithmeticOp op = next().kind() == Token.Kind.PLUS ? ArithmeticOp.ADD : ArithmeticOp.SUBTRACT;
            Token rightStart = peek();
            Node right = product();
            left = new Node.Arithmetic(op, asNumber(left, first), asNumber(right, rightStart));
        }
        return left;
    }

    private Node product() {
        Token first = peek();
        Node left = unary();
        while (peek().kind() == Token.Kind.STAR || peek().kind() == Token.Kind.SLASH) {
            ArithmeticOp op = next().kind() == Token.Kind.STAR ? ArithmeticOp.MULTIPLY : ArithmeticOp.DIVIDE;
            Token rightStart = peek();
            Node right = unary();
            left = new Node.Arithmetic(op, asNumber(left, first), asNumber(right, rightStart));
        }
        return left;
    }

    private Node unary() {
        Token t = peek();
        if (t.kind() == Token.Kind.MINUS || t.kind() == Token.Kind.PLUS) {
            next();
            enter(t);
            Token operandStart = peek();
            Node.Numeric operand = asNumber(unary(), operandStart);
            depth--;
            return t.kind() == Token.Kind.MINUS ? new Node.Negate(operand) : operand;
        }
        return primary();
    }

    private Node primary() {
        Token t = next();
        switch (t.kind()) {
            case NUMBER: {
                double v = Double.parseDouble(t.text());
                if (Double.isInfinite(v)) {
                    // 1e999 would silently become infinity and make the cut always true or false.
                    throw error(t, "number '" + t.text() + "' is out of range (largest: about 1.8e308)");
                }
                return new Node.Constant(v);
            }
            case LPAREN: {
                enter(t);
                Node inner = or();
                depth--;
                if (peek().kind() != Token.Kind.RPAREN) {
                    throw error(
                            peek(),
                            "expected ')' to close the '" + t.text() + "' at column " + t.column() + ", found "
                                    + describe(peek()));
                }
                next();
                return inner;
            }
            case IDENT:
                return identifier(t);
            default:
                throw error(t, "expected a number, a variable or '(', found " + describe(t));
        }
    }

    private Node identifier(Token t) {
        boolean call = peek().kind() == Token.Kind.LPAREN && peek().text().equals("(");
        if (t.text().equals("abs")) {
            if (!call) {
                throw error(peek(), "expected '(' after abs");
            }
            Token open = next();
            enter(open);
            Token argStart = peek();
            Node.Numeric arg = asNumber(or(), argStart);
            depth--;
            if (peek().kind() != Token.Kind.RPAREN) {
                throw error(
                        peek(),
                        "expected ')' to close abs( at column " + open.column() + ", found " + describe(peek()));
            }
            next();
            return new Node.Abs(arg);
        }
        if (!call) {
            return new Node.VariableRef(registry.resolve(t.text(), source, t.column()));
        }
        // A metavariable call: hand the whole balanced call to the registry.
        Token open = peek();
        int level = 0;
        int k = pos;
        Token close = null;
        for (; k < tokens.size(); k++) {
            Token.Kind kind = tokens.get(k).kind();
            if (kind == Token.Kind.LPAREN) {
                level++;
            } else if (kind == Token.Kind.RPAREN) {
                level--;
                if (level == 0) {
                    close = tokens.get(k);
                    break;
                }
            } else if (kind == Token.Kind.END) {
                break;
            }
        }
        if (close == null) {
            throw error(open, "unclosed '(' after " + t.text());
        }
        pos = k + 1;
        String call2 = text.substring(t.column() - column, close.endColumn() - column);
        return new Node.VariableRef(registry.resolve(call2, source, t.column()));
    }
}

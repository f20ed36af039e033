package io.upsilon.stats.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small, safe arithmetic expression of named parameters, the factor of a {@code "formula"}
 * modifier: numbers, parameter names ({@code [A-Za-z_][A-Za-z0-9_.]*}), {@code + - * / ^}
 * (right-associative, binding tighter than unary minus: {@code -x^2 = -(x^2)}), parentheses and the
 * functions {@code sqrt}, {@code exp}, {@code log}. No other names, no side effects; parsing is
 * bounded in length and depth. Evaluation gives the value and the exact partial derivatives
 * (symbolic differentiation of the tree), as the minimiser's analytic gradient needs.
 *
 * <p>Why not the analysis layer's cut language (io.upsilon.analysis.select): upsilon-stats must not
 * depend on upsilon-analysis, and a normalisation needs derivatives, which a cut language does not.
 */
public final class Expression {

    /** Longest expression text accepted. */
    public static final int MAX_LENGTH = 2000;

    /** Deepest nesting accepted (parentheses, unary signs, powers). */
    public static final int MAX_DEPTH = 64;

    private static final Set<String> FUNCTIONS = Set.of("sqrt", "exp", "log");

    /** A syntax error at a 0-based character position. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** 0-based character position of the error. */
        private final int position;

        SyntaxException(int position, String problem) {
            super("at position " + position + ": " + problem);
            this.position = position;
        }

        /** 0-based character position of the error. */
        public int position() {
            return position;
        }
    }

    private interface Node {
        double value(double[] x, int[] index);

        /** Partial derivative with respect to variable {@code k}. */
        double derivative(double[] x, int[] index, int k);

        boolean depends(int k);
    }

    private record Num(double v) implements Node {
        @Override
        public double value(double[] x, int[] index) {
            return v;
        }

        @Override
        public double derivative(double[] x, int[] index, int k) {
            return 0.0;
        }

        @Override
        public boolean depends(int k) {
            return false;
        }
    }

    private record Var(int slot) implements Node {
        @Override
        public double value(double[] x, int[] index) {
            return x[index[slot]];
        }

        @Override
        public double derivative(double[] x, int[] index, int k) {
            return slot == k ? 1.0 : 0.0;
        }

        @Override
        public boolean depends(int k) {
            return slot == k;
        }
    }

    private record Neg(Node a) implements Node {
        @Override
        public double value(double[] x, int[] index) {
            return -a.value(x, index);
        }

        @Override
        public double derivative(double[] x, int[] index, int k) {
            return -a.derivative(x, index, k);
        }

        @Override
        public boolean depends(int k) {
            return a.depends(k);
        }
    }

    private record Fn(String name, Node a) implements Node {
        @Override
        public double value(double[] x, int[] index) {
            double v = a.value(x, index);
            return switch (name) {
                case "sqrt" -> Math.sqrt(v);
                case "exp" -> Math.exp(v);
                default -> Math.log(v);
            };
        }

        @Override
        public double derivative(double[] x, int[] index, int k) {
            if (!a.depends(k)) {
                return 0.0;
            }
            double v = a.value(x, index);
            double dv = a.derivative(x, index, k);
            return switch (name) {
                case "sqrt" -> dv / (2 * Math.sqrt(v));
                case "exp" -> dv * Math.exp(v);
                default -> dv / v;
            };
        }

        @Override
        public boolean depends(int k) {
            return a.depends(k);
        }
    }

    private record Bin(char op, Node a, Node b) implements Node {
        @Override
        public double value(double[] x, int[] index) {
            double u = a.value(x, index);
            double v = b.value(x, index);
            return switch (op) {
                case '+' -> u + v;
                case '-' -> u - v;
                case '*' -> u * v;
                case '/' -> u / v;
                default -> Math.pow(u, v);
            };
        }

        @Override
        public double derivative(double[] x, int[] index, int k) {
            boolean da0 = !a.depends(k);
            boolean db0 = !b.depends(k);
            if (da0 && db0) {
                return 0.0;
            }
            double du = da0 ? 0.0 : a.derivative(x, index, k);
            double dv = db0 ? 0.0 : b.derivative(x, index, k);
            switch (op) {
                case '+':
                    return du + dv;
                case '-':
                    return du - dv;
                case '*':
                    return (da0 ? 0.0 : du * b.value(x, index)) + (db0 ? 0.0 : a.value(x, index) * dv);
                case '/': {
                    double u = a.value(x, index);
                    double v = b.value(x, index);
                    return (du * v - u * dv) / (v * v);
                }
                default: {
                    // d(u^v) = v u^(v-1) du + u^v ln(u) dv; each term only where its part varies.
                    double u = a.value(x, index);
                    double v = b.value(x, index);
                    double d = da0 ? 0.0 : v * Math.pow(u, v - 1) * du;
                    if (!db0) {
                        d += Math.pow(u, v) * Math.log(u) * dv;
                    }
                    return d;
                }
            }
        }

        @Override
        public boolean depends(int k) {
            return a.depends(k) || b.depends(k);
        }
    }

    private final String text;
    private final Node root;
    private final List<String> variables;
    /** Start and end (exclusive) of every parameter-name token in {@code text}, in text order. */
    private final List<int[]> nameTokens;

    private Expression(String text, Node root, List<String> variables, List<int[]> nameTokens) {
        this.text = text;
        this.root = root;
        this.variables = List.copyOf(variables);
        this.nameTokens = List.copyOf(nameTokens);
    }

    /**
     * Parses {@code text}.
     *
     * @throws SyntaxException with the position of the first error
     */
    public static Expression parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new SyntaxException(MAX_LENGTH, "expression longer than " + MAX_LENGTH + " characters");
        }
        Parser p = new Parser(text);
        Node n = p.sum(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw new SyntaxException(p.pos, "unexpected '" + text.charAt(p.pos) + "'");
        }
        return new Expression(text, n, p.variables, p.nameTokens);
    }

    /** The same expression with parameter names replaced as {@code renames} says (others kept). */
    public Expression renamed(java.util.Map<String, String> renames) {
        StringBuilder b = new StringBuilder();
        int last = 0;
        for (int[] t : nameTokens) {
            String name = text.substring(t[0], t[1]);
            b.append(text, last, t[0]).append(renames.getOrDefault(name, name));
            last = t[1];
        }
        b.append(text.substring(last));
        return parse(b.toString());
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The parameter names, in order of first appearance. */
    public List<String> variables() {
        return variables;
    }

    /** The value, with variable {@code k} read from {@code x[index[k]]}. */
    public double value(double[] x, int[] index) {
        return root.value(x, index);
    }

    /** The partial derivative with respect to variable {@code k} (see {@link #value}). */
    public double derivative(double[] x, int[] index, int k) {
        return root.derivative(x, index, k);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Recursive descent over the grammar in the class comment. */
    private static final class Parser {
        private final String s;
        private final List<String> variables = new ArrayList<>();
        private final List<int[]> nameTokens = new ArrayList<>();
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private boolean eat(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void checkDepth(int depth) {
            if (depth > MAX_DEPTH) {
                throw new SyntaxException(pos, "expression nested deeper than " + MAX_DEPTH);
            }
        }

        Node sum(int depth) {
            checkDepth(depth);
            Node n = product(depth);
            while (true) {
                if (eat('+')) {
                    n = new Bin('+', n, product(depth));
                } else if (eat('-')) {
                    n = new Bin('-', n, product(depth));
                } else {
                    return n;
                }
            }
        }

        private Node product(int depth) {
            Node n = unary(depth);
            while (true) {
                if (eat('*')) {
                    n = new Bin('*', n, unary(depth));
                } else if (eat('/')) {
                    n = new Bin('/', n, unary(depth));
                } else {
                    return n;
                }
            }
        }

        private Node unary(int depth) {
            checkDepth(depth);
            if (eat('-')) {
                return new Neg(unary(depth + 1));
            }
            if (eat('+')) {
                return unary(depth + 1);
            }
            return power(depth);
        }

        private Node power(int depth) {
            Node base = atom(depth);
            if (eat('^')) {
                return new Bin('^', base, unary(depth + 1));
            }
            return base;
        }

        private Node atom(int depth) {
            skipSpace();
            if (pos >= s.length()) {
                throw new SyntaxException(pos, "expected a number, a parameter name or '(', got the end");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                Node n = sum(depth + 1);
                if (!eat(')')) {
                    throw new SyntaxException(pos, "expected ')'");
                }
                return n;
            }
            if (isDigit(c) || c == '.') {
                return number();
            }
            if (isLetter(c) || c == '_') {
                int start = pos;
                while (pos < s.length() && isNameChar(s.charAt(pos))) {
                    pos++;
                }
                String name = s.substring(start, pos);
                if (FUNCTIONS.contains(name)) {
                    if (!eat('(')) {
                        throw new SyntaxException(pos, "expected '(' after the function " + name);
                    }
                    Node a = sum(depth + 1);
                    if (!eat(')')) {
                        throw new SyntaxException(pos, "expected ')' closing " + name + "(");
                    }
                    return new Fn(name, a);
                }
                nameTokens.add(new int[] {start, pos});
                int slot = variables.indexOf(name);
                if (slot < 0) {
                    slot = variables.size();
                    variables.add(name);
                }
                return new Var(slot);
            }
            throw new SyntaxException(
                    pos, String.format(Locale.ROOT, "expected a number, a parameter name or '(', got '%c'", c));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isNameChar(char c) {
            return isLetter(c) || isDigit(c) || c == '_' || c == '.';
        }

        private Node number() {
            int start = pos;
            while (pos < s.length() && (isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                int save = pos;
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos < s.length() && isDigit(s.charAt(pos))) {
                    while (pos < s.length() && isDigit(s.charAt(pos))) {
                        pos++;
                    }
                } else {
                    pos = save;
                }
            }
            String t = s.substring(start, pos);
            try {
                double v = Double.parseDouble(t);
                if (!Double.isFinite(v)) {
                    throw new SyntaxException(start, "number " + t + " is not finite");
                }
                return new Num(v);
            } catch (NumberFormatException e) {
                throw new SyntaxException(start, "malformed number \"" + t + "\"");
            }
        }
    }
}

package io.upsilon.analysis.select;

import io.upsilon.analysis.particles.Particle;
import io.upsilon.analysis.variables.EventContext;
import io.upsilon.analysis.variables.Variable;
import java.util.List;

/**
 * The abstract syntax tree of a cut expression: numeric nodes give a value, boolean nodes a truth
 * value. The parser checks the types, so an AST is always well typed. Comparisons with NaN are
 * false (except {@code !=}), as in IEEE 754.
 */
public sealed interface Node {
    /** A node with a numeric value. */
    sealed interface Numeric extends Node {
        double value(Particle candidate, EventContext context);
    }

    /** A node with a truth value. */
    sealed interface Bool extends Node {
        boolean test(Particle candidate, EventContext context);
    }

    /** A number literal. */
    record Constant(double number) implements Numeric {
        @Override
        public double value(Particle candidate, EventContext context) {
            return number;
        }
    }

    /** A variable from the registry. */
    record VariableRef(Variable variable) implements Numeric {
        @Override
        public double value(Particle candidate, EventContext context) {
            return variable.evaluate(candidate, context);
        }
    }

    /** {@code -x}. */
    record Negate(Numeric operand) implements Numeric {
        @Override
        public double value(Particle candidate, EventContext context) {
            return -operand.value(candidate, context);
        }
    }

    /** {@code abs(x)}. */
    record Abs(Numeric operand) implements Numeric {
        @Override
        public double value(Particle candidate, EventContext context) {
            return Math.abs(operand.value(candidate, context));
        }
    }

    /** Arithmetic operators. */
    enum ArithmeticOp {
        ADD,
        SUBTRACT,
        MULTIPLY,
        DIVIDE
    }

    /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b}. */
    record Arithmetic(ArithmeticOp op, Numeric left, Numeric right) implements Numeric {
        @Override
        public double value(Particle candidate, EventContext context) {
            double a = left.value(candidate, context);
            double b = right.value(candidate, context);
            return switch (op) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
            };
        }
    }

    /** Comparison operators. */
    enum ComparisonOp {
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">="),
        EQ("=="),
        NE("!=");

        private final String symbol;

        ComparisonOp(String symbol) {
            this.symbol = symbol;
        }

        /** The operator as written. */
        public String symbol() {
            return symbol;
        }

        boolean apply(double a, double b) {
            return switch (this) {
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
                case EQ -> a == b;
                case NE -> a != b;
            };
        }
    }

    /**
     * A comparison chain {@code a < b <= c}: true if every adjacent pair compares true (each operand
     * evaluated once).
     */
    record Comparison(List<Numeric> operands, List<ComparisonOp> ops) implements Bool {
        public Comparison {
            operands = List.copyOf(operands);
            ops = List.copyOf(ops);
            if (operands.size() != ops.size() + 1 || ops.isEmpty()) {
                throw new IllegalArgumentException("a comparison chain needs n operands and n - 1 operators");
            }
        }

        @Override
        public boolean test(Particle candidate, EventContext context) {
            double a = operands.get(0).value(candidate, context);
            for (int k = 0; k < ops.size(); k++) {
                double b = operands.get(k + 1).value(candidate, context);
                if (!ops.get(k).apply(a, b)) {
                    return false;
                }
                a = b;
            }
            return true;
        }
    }

    /** {@code a and b} (short-circuit). */
    record And(Bool left, Bool right) implements Bool {
        @Override
        public boolean test(Particle candidate, EventContext context) {
            return left.test(candidate, context) && right.test(candidate, context);
        }
    }

    /** {@code a or b} (short-circuit). */
    record Or(Bool left, Bool right) implements Bool {
        @Override
        public boolean test(Particle candidate, EventContext context) {
            return left.test(candidate, context) || right.test(candidate, context);
        }
    }

    /** {@code not a}. */
    record Not(Bool operand) implements Bool {
        @Override
        public boolean test(Particle candidate, EventContext context) {
            return !operand.test(candidate, context);
        }
    }

    /** The empty cut: accepts everything. */
    record Always() implements Bool {
        @Override
        public boolean test(Particle candidate, EventContext context) {
            return true;
        }
    }
}

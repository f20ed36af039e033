package io.upsilon.stats.workspace;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;

/**
 * A formula expression either parses (and then evaluates with its derivatives without throwing) or
 * fails with an {@link Expression.SyntaxException}: never another exception, never a stack overflow.
 * Runs on the seeds in {@code ExpressionFuzzTestInputs/parseExpression} under surefire; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
class ExpressionFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void parseExpression(@NotNull String text) {
        Expression e;
        try {
            e = Expression.parse(text);
        } catch (Expression.SyntaxException expected) {
            return; // bad input, reported with a position
        }
        int n = e.variables().size();
        double[] x = new double[n];
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = 0.5 + i;
            index[i] = i;
        }
        e.value(x, index);
        for (int k = 0; k < n; k++) {
            e.derivative(x, index, k);
        }
    }
}

package io.upsilon.stats.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The formula expression language: grammar, values and exact derivatives. */
class ExpressionTest {

    private static double eval(String text, double... x) {
        Expression e = Expression.parse(text);
        int[] index = new int[e.variables().size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return e.value(x, index);
    }

    @Test
    void precedenceAndAssociativity() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7.0);
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9.0);
        assertThat(eval("2 ^ 3 ^ 2")).isEqualTo(512.0); // right-associative
        assertThat(eval("-2 ^ 2")).isEqualTo(-4.0); // unary minus binds looser than ^
        assertThat(eval("2 ^ -1")).isEqualTo(0.5);
        assertThat(eval("8 / 4 / 2")).isEqualTo(1.0); // left-associative
        assertThat(eval("1e2 + .5 - 2.5E-1")).isEqualTo(100.25);
        assertThat(eval("sqrt(16) + exp(0) + log(1)")).isEqualTo(5.0);
    }

    @Test
    void variablesInOrderOfFirstAppearance() {
        Expression e = Expression.parse("g_2 * mu.x + g_2 ^ 2");
        assertThat(e.variables()).containsExactly("g_2", "mu.x");
        assertThat(e.value(new double[] {9, 3, 2}, new int[] {2, 1})).isEqualTo(2 * 3 + 4.0);
    }

    @Test
    void derivativesMatchCentralDifferences() {
        String[] formulas = {
            "mu^2", "(g1*g2)^2 + 0.5*g1", "sqrt(a*b) / (1 + exp(-a))", "log(a + b^2) - a/b", "a^b", "-a^3 * b"
        };
        double[] x = {1.3, 0.7};
        for (String f : formulas) {
            Expression e = Expression.parse(f);
            int[] index = new int[e.variables().size()];
            for (int i = 0; i < index.length; i++) {
                index[i] = i;
            }
            for (int k = 0; k < index.length; k++) {
                double h = 1e-5;
                double[] up = x.clone();
                double[] dn = x.clone();
                up[k] += h;
                dn[k] -= h;
                double fd = (e.value(up, index) - e.value(dn, index)) / (2 * h);
                // Central differences err by O(h^2 f''') ~ 1e-10 here; rounding adds ~1e-16/h = 1e-11.
                assertThat(e.derivative(x, index, k)).as(f + " d/d" + k).isCloseTo(fd, within(1e-8));
            }
        }
    }

    @Test
    void renamingReplacesWholeNamesOnly() {
        Expression e = Expression.parse("g1 * g1x + sqrt(g1)^2");
        Expression r = e.renamed(java.util.Map.of("g1", "c_1"));
        assertThat(r.text()).isEqualTo("c_1 * g1x + sqrt(c_1)^2");
        assertThat(r.variables()).containsExactly("c_1", "g1x");
    }

    @Test
    void syntaxErrorsGiveThePosition() {
        assertThatThrownBy(() -> Expression.parse("mu^"))
                .isInstanceOf(Expression.SyntaxException.class)
                .hasMessageContaining("at position 3");
        assertThatThrownBy(() -> Expression.parse("2 * (mu + 1"))
                .hasMessageContaining("at position 11")
                .hasMessageContaining("expected ')'");
        assertThatThrownBy(() -> Expression.parse("mu $ 2")).hasMessageContaining("at position 3");
        assertThatThrownBy(() -> Expression.parse("sqrt mu")).hasMessageContaining("expected '('");
        assertThatThrownBy(() -> Expression.parse("")).hasMessageContaining("at position 0");
        assertThatThrownBy(() -> Expression.parse("(".repeat(200) + "1" + ")".repeat(200)))
                .hasMessageContaining("nested deeper than");
        assertThatThrownBy(() -> Expression.parse("1e999")).hasMessageContaining("not finite");
    }
}

package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Expression;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;
import java.util.List;
import java.util.Map;

/**
 * formula (an Upsilon extension): a multiplicative factor given by an expression of named
 * parameters, each a free scalar of the normfactor family (init 1, bounds [0, 10], so a name may be
 * shared with a normfactor), with the expression's exact partial derivatives as gradient.
 */
final class FormulaKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.Formula.class;
    }

    @Override
    public String family() {
        return "normfactor";
    }

    @Override
    public Constraint constraint() {
        return Constraint.NONE;
    }

    @Override
    public List<String> parameterNames(Modifier m) {
        return ((Modifier.Formula) m).expression().variables();
    }

    @Override
    public int size(Modifier m, Channel channel) {
        return 1;
    }

    @Override
    public void initialise(ParameterBuilder pb) {
        pb.defaults(1.0, 0.0, 10.0);
    }

    @Override
    public Term term(Modifier m, Sample sample, int offset, ModelOptions options) {
        throw new UnsupportedOperationException("a formula uses several parameter sets");
    }

    @Override
    public Term term(Modifier m, Sample sample, Map<String, ParameterSet> sets, ModelOptions options) {
        Expression e = ((Modifier.Formula) m).expression();
        int[] index = e.variables().stream().mapToInt(n -> sets.get(n).offset()).toArray();
        return new FormulaTerm(e, index, sample.bins());
    }

    /** The expression's value in every bin; its gradient through {@link #partials}. */
    static final class FormulaTerm extends Term.MultiParameter {
        private final Expression expression;
        private final int[] index;

        FormulaTerm(Expression expression, int[] index, int bins) {
            super(bins);
            this.expression = expression;
            this.index = index.clone();
        }

        @Override
        int parameterIndex(int j) {
            return index.length > 0 ? index[0] : 0;
        }

        @Override
        int[] parameters() {
            return index.clone();
        }

        @Override
        void evaluate(double[] pars, double[] val, double[] der, int off) {
            double v = expression.value(pars, index);
            for (int j = 0; j < bins; j++) {
                val[off + j] = v;
                der[off + j] = 0.0;
            }
        }

        @Override
        void partials(double[] pars, double[] out, int off) {
            for (int k = 0; k < index.length; k++) {
                out[off + k] = expression.derivative(pars, index, k);
            }
        }
    }
}

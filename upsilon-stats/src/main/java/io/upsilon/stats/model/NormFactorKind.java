package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;

/** normfactor: one free multiplicative parameter, init 1, bounds [0, 10]. */
final class NormFactorKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.NormFactor.class;
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
    public int size(Modifier m, Channel channel) {
        return 1;
    }

    @Override
    public void initialise(ParameterBuilder pb) {
        pb.defaults(1.0, 0.0, 10.0);
    }

    @Override
    public Term term(Modifier m, Sample sample, int offset, ModelOptions options) {
        return new Term.Scalar(offset, sample.bins());
    }
}

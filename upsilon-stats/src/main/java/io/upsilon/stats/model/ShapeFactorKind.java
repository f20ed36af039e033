package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;

/** shapefactor: one free multiplicative parameter per bin, init 1, bounds [0, 10]. */
final class ShapeFactorKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.ShapeFactor.class;
    }

    @Override
    public String family() {
        return "shapefactor";
    }

    @Override
    public Constraint constraint() {
        return Constraint.NONE;
    }

    @Override
    public int size(Modifier m, Channel channel) {
        return channel.bins();
    }

    @Override
    public void initialise(ParameterBuilder pb) {
        pb.defaults(1.0, 0.0, 10.0);
    }

    @Override
    public Term term(Modifier m, Sample sample, int offset, ModelOptions options) {
        return new Term.PerBin(offset, sample.bins());
    }
}

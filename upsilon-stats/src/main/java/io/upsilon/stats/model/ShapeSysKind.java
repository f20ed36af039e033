package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;

/**
 * shapesys: per-bin gammas with a Poisson constraint, tau = (nominal / error)^2 and aux = tau;
 * init 1, bounds [1e-10, 10]. Bins with zero error or zero nominal have no constraint and are fixed
 * at 1 (pyhf masks them).
 */
final class ShapeSysKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.ShapeSys.class;
    }

    @Override
    public String family() {
        return "shapesys";
    }

    @Override
    public Constraint constraint() {
        return Constraint.POISSON;
    }

    @Override
    public int size(Modifier m, Channel channel) {
        return channel.bins();
    }

    @Override
    public void initialise(ParameterBuilder pb) {
        pb.defaults(1.0, 1e-10, 10.0);
    }

    @Override
    public void accumulate(ParameterBuilder pb, Modifier m, Sample sample) {
        double[] err = ((Modifier.ShapeSys) m).data();
        double[] nom = sample.data();
        for (int j = 0; j < pb.size; j++) {
            pb.accA[j] += err[j] * err[j];
            pb.accB[j] += nom[j];
        }
    }

    @Override
    public void finish(ParameterBuilder pb, ParameterConfig config, String source, String pointer) {
        for (int j = 0; j < pb.size; j++) {
            double err2 = pb.accA[j];
            double nom = pb.accB[j];
            if (err2 > 0 && nom > 0) {
                double tau = nom * nom / err2;
                pb.widths[j] = tau;
                pb.auxdata[j] = tau;
            } else {
                pb.fixed[j] = true;
            }
        }
    }

    @Override
    public Term term(Modifier m, Sample sample, int offset, ModelOptions options) {
        return new Term.PerBin(offset, sample.bins());
    }
}

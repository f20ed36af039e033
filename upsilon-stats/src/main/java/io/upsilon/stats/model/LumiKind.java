package io.upsilon.stats.model;

import io.upsilon.core.error.InputException;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;

/**
 * lumi: one Gaussian-constrained multiplicative parameter whose auxdata and sigma come from the
 * measurement (pyhf requires them); init 1, bounds [0, 10] unless configured.
 */
final class LumiKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.Lumi.class;
    }

    @Override
    public String family() {
        return "lumi";
    }

    @Override
    public Constraint constraint() {
        return Constraint.GAUSSIAN;
    }

    @Override
    public int size(Modifier m, Channel channel) {
        return 1;
    }

    @Override
    public void initialise(ParameterBuilder pb) {
        pb.defaults(1.0, 0.0, 10.0);
        pb.auxdata[0] = 1.0;
    }

    @Override
    public void finish(ParameterBuilder pb, ParameterConfig config, String source, String pointer) {
        if (config == null || config.sigmas() == null || config.auxdata() == null) {
            throw new InputException(
                    source,
                    pointer,
                    "the lumi parameter \"" + pb.name
                            + "\" needs \"auxdata\" and \"sigmas\" in the measurement's parameter settings");
        }
    }

    @Override
    public Term term(Modifier m, Sample sample, int offset, ModelOptions options) {
        return new Term.Scalar(offset, sample.bins());
    }
}

package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;

/**
 * staterror: per-bin gammas with a Gaussian constraint whose width is the channel's combined relative
 * MC uncertainty sqrt(sum err^2) / sum nominal over the samples carrying the modifier; aux 1, init 1,
 * bounds [1e-10, 10]. Bins with zero combined uncertainty are fixed at 1 without a constraint.
 */
final class StatErrorKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.StatError.class;
    }

    @Override
    public String family() {
        return "staterror";
    }

    @Override
    public Constraint constraint() {
        return Constraint.GAUSSIAN;
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
        String key = sample.name();
        while (pb.bySample.containsKey(key)) {
            key = key + "\u0000";
        }
        pb.bySample.put(key, new double[][] {((Modifier.StatError) m).data(), sample.data()});
    }

    /**
     * sigma = sqrt(sum_s (err_s / sum_s nom_s)^2), the samples taken in name order: the value of
     * sqrt(sum err^2) / sum nom that pyhf computes, to the last bit (its pyhf-compatible fits
     * depend on it).
     */
    @Override
    public void finish(ParameterBuilder pb, ParameterConfig config, String source, String pointer) {
        for (int j = 0; j < pb.size; j++) {
            double nom = 0.0;
            for (double[][] en : pb.bySample.values()) {
                nom += en[1][j];
            }
            double rel2 = 0.0;
            for (double[][] en : pb.bySample.values()) {
                if (nom > 0) {
                    double r = en[0][j] / nom;
                    rel2 += r * r;
                }
            }
            double sigma = Math.sqrt(rel2);
            if (sigma > 0 && Double.isFinite(sigma)) {
                pb.widths[j] = sigma;
                pb.auxdata[j] = 1.0;
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

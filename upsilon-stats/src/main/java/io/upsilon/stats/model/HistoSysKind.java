package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;

/** histosys: additive per-bin shift, unit-Gaussian-constrained alpha, init 0, bounds [-5, 5]; code0 or code4p. */
final class HistoSysKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.HistoSys.class;
    }

    @Override
    public String family() {
        return "normal";
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
        pb.defaults(0.0, -5.0, 5.0);
        pb.auxdata[0] = 0.0;
        pb.widths[0] = 1.0;
    }

    @Override
    public Term term(Modifier m, Sample sample, int offset, ModelOptions options) {
        Modifier.HistoSys h = (Modifier.HistoSys) m;
        // A variation identical to the nominal has no effect on any rate (published likelihoods
        // carry many): no term, the parameter keeps only its constraint.
        if (java.util.Arrays.equals(h.hiData(), sample.data()) && java.util.Arrays.equals(h.loData(), sample.data())) {
            return null;
        }
        return new HistoSysTerm(offset, sample.data(), h.hiData(), h.loData(), options.histosys());
    }

    /** Per-bin additive shift of the sample's nominal. */
    static final class HistoSysTerm extends Term {
        private final int p;
        private final double[] nom;
        private final double[] hi;
        private final double[] lo;
        private final boolean code4p;

        HistoSysTerm(int p, double[] nom, double[] hi, double[] lo, Interpolation.HistosysCode code) {
            super(true, nom.length);
            this.p = p;
            this.nom = nom;
            this.hi = hi;
            this.lo = lo;
            this.code4p = code == Interpolation.HistosysCode.CODE4P;
        }

        @Override
        int parameterIndex(int j) {
            return p;
        }

        @Override
        void evaluate(double[] pars, double[] val, double[] der, int off) {
            double a = pars[p];
            for (int j = 0; j < bins; j++) {
                if (code4p) {
                    val[off + j] = Interpolation.code4p(a, nom[j], hi[j], lo[j]);
                    der[off + j] = Interpolation.code4pDerivative(a, nom[j], hi[j], lo[j]);
                } else {
                    val[off + j] = Interpolation.code0(a, nom[j], hi[j], lo[j]);
                    der[off + j] = Interpolation.code0Derivative(a, nom[j], hi[j], lo[j]);
                }
            }
        }
    }
}

package io.upsilon.stats.model;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Sample;

/** normsys: multiplicative, unit-Gaussian-constrained alpha, init 0, bounds [-5, 5]; code1 or code4. */
final class NormSysKind implements ModifierKind {
    @Override
    public Class<? extends Modifier> modifierClass() {
        return Modifier.NormSys.class;
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
        Modifier.NormSys n = (Modifier.NormSys) m;
        if (n.hi() == 1.0 && n.lo() == 1.0) {
            return null; // no effect on any rate
        }
        return new NormSysTerm(offset, sample.bins(), n.hi(), n.lo(), options.normsys());
    }

    /** The factor is the same in every bin; computed once per evaluation. */
    static final class NormSysTerm extends Term {
        private final int p;
        private final double hi;
        private final double lo;
        private final boolean code4;
        private final double[] coefficients;

        NormSysTerm(int p, int bins, double hi, double lo, Interpolation.NormsysCode code) {
            super(false, bins);
            this.p = p;
            this.hi = hi;
            this.lo = lo;
            this.code4 = code == Interpolation.NormsysCode.CODE4;
            this.coefficients = Interpolation.code4Coefficients(hi, lo);
        }

        @Override
        int parameterIndex(int j) {
            return p;
        }

        @Override
        void evaluate(double[] pars, double[] val, double[] der, int off) {
            double a = pars[p];
            double v;
            double d;
            if (code4) {
                v = Interpolation.code4(a, hi, lo, coefficients);
                d = Interpolation.code4Derivative(a, hi, lo, coefficients);
            } else {
                v = Interpolation.code1(a, hi, lo);
                d = Interpolation.code1Derivative(a, hi, lo);
            }
            for (int j = 0; j < bins; j++) {
                val[off + j] = v;
                der[off + j] = d;
            }
        }
    }
}

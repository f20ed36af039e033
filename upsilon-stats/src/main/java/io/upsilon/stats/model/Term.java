package io.upsilon.stats.model;

/**
 * The compiled action of one modifier on one sample: for each bin of the sample, a multiplicative
 * factor (or an additive shift) that depends on exactly one parameter element. Terms write their
 * values and derivatives into flat buffers owned by {@link Likelihood}; they hold no mutable state.
 */
abstract class Term {
    /** Whether the term adds to the nominal (histosys) rather than multiplying. */
    final boolean additive;
    /** Number of bins of the sample. */
    final int bins;

    Term(boolean additive, int bins) {
        this.additive = additive;
        this.bins = bins;
    }

    /** The parameter element that bin {@code j} depends on. */
    abstract int parameterIndex(int j);

    /** Writes value and derivative of bins 0..bins-1 to {@code val[off+j]}, {@code der[off+j]}. */
    abstract void evaluate(double[] pars, double[] val, double[] der, int off);

    /**
     * A factor, the same in every bin, that depends on several parameter elements (formula). Its
     * per-bin derivative buffer is unused; {@link #partials} gives the gradient instead.
     */
    abstract static class MultiParameter extends Term {
        MultiParameter(int bins) {
            super(false, bins);
        }

        /** The parameter elements the factor depends on. */
        abstract int[] parameters();

        /** Writes the partial derivatives with respect to {@link #parameters()} to {@code out[off..]}. */
        abstract void partials(double[] pars, double[] out, int off);
    }

    /** A factor that is one parameter for all bins (normfactor, lumi). */
    static final class Scalar extends Term {
        private final int p;

        Scalar(int p, int bins) {
            super(false, bins);
            this.p = p;
        }

        @Override
        int parameterIndex(int j) {
            return p;
        }

        @Override
        void evaluate(double[] pars, double[] val, double[] der, int off) {
            double v = pars[p];
            for (int j = 0; j < bins; j++) {
                val[off + j] = v;
                der[off + j] = 1.0;
            }
        }
    }

    /** A factor that is one parameter element per bin (shapefactor, shapesys, staterror gammas). */
    static final class PerBin extends Term {
        private final int p0;

        PerBin(int p0, int bins) {
            super(false, bins);
            this.p0 = p0;
        }

        @Override
        int parameterIndex(int j) {
            return p0 + j;
        }

        @Override
        void evaluate(double[] pars, double[] val, double[] der, int off) {
            for (int j = 0; j < bins; j++) {
                val[off + j] = pars[p0 + j];
                der[off + j] = 1.0;
            }
        }
    }
}

package io.upsilon.stats.model;

import java.util.List;

/**
 * The expected rates of every sample separately (the model's {@link Likelihood} only gives their
 * sum per bin), for post-fit yield tables and stacked plots. Same arithmetic as the likelihood:
 * per sample and bin, (nominal + additive terms) times the product of the multiplicative terms.
 * Not thread-safe (scratch buffers): one per thread.
 */
public final class SampleRates {
    private final Model m;
    private final double[] val;
    private final double[] der;

    /** Rates of {@code model}'s samples. */
    public SampleRates(Model model) {
        this.m = model;
        val = new double[model.valueSize];
        der = new double[model.valueSize];
    }

    /** Number of samples (channel/sample pairs), in {@link Model#sampleNames()} order. */
    public int samples() {
        return m.nSamples;
    }

    /** The channel index of sample {@code s} (the channel holding its first bin). */
    public int channel(int s) {
        int bin = m.sampleBinStart[s];
        int[] bins = m.channelBins();
        int c = 0;
        for (int start = 0; start + bins[c] <= bin; c++) {
            start += bins[c];
        }
        return c;
    }

    /** The sample name (without channel) of sample {@code s}. */
    public String sample(int s) {
        return m.sampleName(s);
    }

    /** Index of sample {@code s}'s first bin among the model's main bins. */
    public int firstBin(int s) {
        return m.sampleBinStart[s];
    }

    /** Number of bins of sample {@code s}. */
    public int bins(int s) {
        return m.sampleBins[s];
    }

    /** The samples' names as "channel/sample", as the model lists them. */
    public List<String> names() {
        return m.sampleNames();
    }

    /** The rate of every sample in every bin at {@code pars}: {@code [s][j]}, j the bin within the sample. */
    public double[][] at(double[] pars) {
        Term[] terms = m.terms;
        for (int k = 0; k < terms.length; k++) {
            terms[k].evaluate(pars, val, der, m.termOffset[k]);
        }
        double[][] out = new double[m.nSamples][];
        for (int s = 0; s < m.nSamples; s++) {
            int nb = m.sampleBins[s];
            int slot0 = m.sampleSlotStart[s];
            double[] r = new double[nb];
            for (int j = 0; j < nb; j++) {
                double a = m.nominal[slot0 + j];
                for (int k : m.sampleAdditive[s]) {
                    a += val[m.termOffset[k] + j];
                }
                double f = 1.0;
                for (int k : m.sampleMultiplicative[s]) {
                    f *= val[m.termOffset[k] + j];
                }
                r[j] = a * f;
            }
            out[s] = r;
        }
        return out;
    }
}

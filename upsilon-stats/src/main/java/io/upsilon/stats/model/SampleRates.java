package io.upsilon.stats.model;

import java.util.List;

/**
 * The expected rates of every sample separately, with the sample's channel and bins, for post-fit
 * yield tables and stacked plots; the rates are the likelihood's own per-sample terms
 * ({@link Likelihood#sampleRates}). Not thread-safe (the likelihood's scratch buffers): one per
 * thread.
 */
public final class SampleRates {
    private final Model m;
    private final Likelihood likelihood;

    /** Rates of {@code model}'s samples. */
    public SampleRates(Model model) {
        this.m = model;
        this.likelihood = new Likelihood(model);
    }

    /** Number of samples (channel/sample pairs), in {@link Model#sampleNames()} order. */
    public int samples() {
        return m.nBinnedSamples;
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
        return likelihood.sampleRates(pars);
    }
}

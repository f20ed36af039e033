package io.upsilon.searches.validation;

/**
 * Upsilon against one measurement, bin by bin: the Monte Carlo values in the measurement's bins and
 * units with their statistical errors, and three numbers that say how well they agree.
 *
 * <ul>
 *   <li>chi2 / ndf with the data's total errors and the MC statistical errors, bins independent
 *       (the published systematics are partly correlated, so this is indicative, not a p-value);
 *   <li>the same after scaling the MC to the data's integral (shape only; ndf one less);
 *   <li>the rate ratio MC / data over the measured range, with the error from the published
 *       integrated rate where there is one.
 * </ul>
 *
 * @param dataset the measurement
 * @param mc the MC value per bin, in the measurement's units
 * @param mcError its statistical error per bin
 * @param chi2 sum over bins of (mc - data)^2 / (data error^2 + mc error^2)
 * @param ndf number of bins with a non-zero error
 * @param shapeChi2 the same with the MC scaled to the data's integral
 * @param rateRatio MC integral / data integral over the measured range
 * @param rateRatioError its error (data and MC in quadrature)
 * @param ratePull (MC integral - data integral) / (their errors in quadrature)
 */
public record DataComparison(
        ContinuumDataset dataset,
        double[] mc,
        double[] mcError,
        double chi2,
        int ndf,
        double shapeChi2,
        double rateRatio,
        double rateRatioError,
        double ratePull) {

    /**
     * Compares a filled spectrum with its measurement.
     *
     * @param dataset the measurement
     * @param spectrum Upsilon's weighted counts in the measurement's bins
     * @param denominator what the sums of weights are divided by (see {@link ContinuumDataset.Normalisation})
     * @param meanPerEvent whether the denominator is the same events' sum of weights (a weighted mean
     *     per event, whose error accounts for the correlated denominator)
     */
    static DataComparison of(
            ContinuumDataset dataset, BinnedSpectrum spectrum, double denominator, boolean meanPerEvent) {
        if (!(denominator > 0)) {
            throw new IllegalArgumentException(dataset.id() + ": normalisation denominator must be positive");
        }
        ReferenceHistogram d = dataset.data();
        int n = d.bins();
        double[] mc = new double[n];
        double[] mcError = new double[n];
        double mcIntegral = 0;
        double mcIntegralVar = 0;
        for (int i = 0; i < n; i++) {
            // a rate is a count per event, not per unit of its one bin (the bin is only a range)
            double width = dataset.isRate() ? 1 : d.width(i);
            mc[i] = spectrum.sumW(i) / (denominator * width);
            double var = meanPerEvent ? spectrum.meanVarianceTimesSumW2(i) : spectrum.sumW2(i);
            mcError[i] = Math.sqrt(var) / (denominator * width);
            mcIntegral += mc[i] * width;
            mcIntegralVar += Math.pow(mcError[i] * width, 2);
        }
        double dataIntegral = 0;
        for (int i = 0; i < n; i++) {
            dataIntegral += d.value(i) * (dataset.isRate() ? 1 : d.width(i));
        }
        double dataIntegralError = dataset.isRate() ? d.error(0) : d.integralErrorUncorrelated();
        if (dataset.rate() != null) {
            dataIntegral = dataset.rate().value(0);
            dataIntegralError = dataset.rate().error(0);
        }
        double scale = mcIntegral > 0 ? dataIntegral / mcIntegral : Double.NaN;
        double chi2 = 0;
        double shapeChi2 = 0;
        int ndf = 0;
        for (int i = 0; i < n; i++) {
            double var = d.error(i) * d.error(i) + mcError[i] * mcError[i];
            if (!(var > 0)) {
                continue;
            }
            ndf++;
            chi2 += Math.pow(mc[i] - d.value(i), 2) / var;
            double shapeVar = d.error(i) * d.error(i) + Math.pow(scale * mcError[i], 2);
            shapeChi2 += Math.pow(scale * mc[i] - d.value(i), 2) / shapeVar;
        }
        double ratio = mcIntegral / dataIntegral;
        double mcIntegralError = Math.sqrt(mcIntegralVar);
        double ratioError = Math.hypot(mcIntegralError / dataIntegral, ratio * dataIntegralError / dataIntegral);
        double combined = Math.hypot(mcIntegralError, dataIntegralError);
        double pull = combined > 0 ? (mcIntegral - dataIntegral) / combined : Double.NaN;
        return new DataComparison(dataset, mc, mcError, chi2, ndf, shapeChi2, ratio, Math.abs(ratioError), pull);
    }

    /** The MC value in bin i. */
    public double mc(int i) {
        return mc[i];
    }

    /** The MC statistical error in bin i. */
    public double mcError(int i) {
        return mcError[i];
    }

    /** chi2 / ndf (absolute normalisation). */
    public double chi2PerNdf() {
        return ndf > 0 ? chi2 / ndf : Double.NaN;
    }

    /** Shape chi2 / (ndf - 1). */
    public double shapeChi2PerNdf() {
        return ndf > 1 ? shapeChi2 / (ndf - 1) : Double.NaN;
    }
}

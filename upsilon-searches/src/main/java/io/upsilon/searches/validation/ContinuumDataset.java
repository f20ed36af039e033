package io.upsilon.searches.validation;

import java.util.Objects;

/**
 * One published measurement and how Upsilon's events are turned into the same quantity: which
 * hadrons in which variable ({@link HadronObservable}), from which sample, normalised how.
 *
 * @param id short name, also the plot's file name {@code continuum-<id>.png}
 * @param title what is measured, for tables and legends (plain Unicode)
 * @param data the measured table
 * @param rate the publication's own integrated rate over the same range (for the MC/data rate
 *     ratio and its error, which includes the bin-to-bin correlated systematics), or null to
 *     integrate the table with uncorrelated errors
 * @param observable what Upsilon counts
 * @param sample which generated sample fills it
 * @param normalisation what the measurement is normalised to
 * @param xLabel x-axis label with unit ({@code PlotText} markup)
 * @param yLabel y-axis label with unit
 * @param logY whether the plot's y axis is logarithmic
 */
public record ContinuumDataset(
        String id,
        String title,
        ReferenceHistogram data,
        ReferenceHistogram rate,
        HadronObservable observable,
        Sample sample,
        Normalisation normalisation,
        String xLabel,
        String yLabel,
        boolean logY) {
    /** The generated sample a dataset is filled from. */
    public enum Sample {
        /** {@code ee-qqbar}: u, d, s, c by cross section, i.e. all hadronic continuum events. */
        QQBAR,
        /** {@code ee-ccbar}: c cbar events only (charm spectra with more statistics). */
        CCBAR
    }

    /** What the measurement is divided by. */
    public enum Normalisation {
        /**
         * Per hadronic continuum event, 1/sigma_had dsigma/dx = 1/N dN/dx: the sample's weighted
         * counts divided by its number of trials times sigma(e+e- -&gt; q qbar) of the ee-qqbar sample
         * (for the ee-qqbar sample itself: divided by its sum of weights).
         */
        PER_HADRONIC_EVENT,
        /** A cross section dsigma/dx in pb: sum of weights (nb) / trials * 1000. */
        PICOBARN
    }

    /** Validates. */
    public ContinuumDataset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(observable, "observable");
        Objects.requireNonNull(sample, "sample");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(xLabel, "xLabel");
        Objects.requireNonNull(yLabel, "yLabel");
        if (observable.variable() == HadronObservable.Variable.COUNT && data.bins() != 1) {
            throw new IllegalArgumentException(id + ": a rate needs a one-bin table");
        }
    }

    /** Whether this is a single number (a rate) rather than a spectrum. */
    public boolean isRate() {
        return observable.variable() == HadronObservable.Variable.COUNT;
    }
}

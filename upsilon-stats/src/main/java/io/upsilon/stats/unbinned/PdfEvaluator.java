package io.upsilon.stats.unbinned;

/**
 * Evaluates one {@link Pdf} for a parameter vector: {@link #setParameters} recomputes the
 * normalisation, then {@link #density} is cheap and allocation-free. Not thread-safe.
 */
public interface PdfEvaluator {

    /**
     * Takes the parameter values (laid out as the evaluator's {@link ParameterSet}) and recomputes
     * what depends on them only. Values outside a PDF's domain (a width <= 0, say) make every
     * density NaN rather than throwing.
     */
    void setParameters(double[] values);

    /** The normalised density of event {@code event} whose observables are in {@code columns}. */
    double density(double[][] columns, int event);

    /** The expected number of events for an extended PDF; NaN otherwise. */
    double expectedEvents();
}

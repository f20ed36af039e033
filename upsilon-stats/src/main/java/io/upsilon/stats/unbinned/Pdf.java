package io.upsilon.stats.unbinned;

import java.util.List;

/**
 * A probability density in one or more observables, normalised on their ranges, with named
 * parameters. Implementations are immutable definitions; evaluation goes through a {@link
 * PdfEvaluator} (one per thread) bound to a parameter layout and a column order.
 */
public interface Pdf {

    /** The observables, each with the range the PDF is normalised on. */
    List<Observable> observables();

    /** Every parameter the PDF uses (its components' included), unique by name, in declaration order. */
    List<Parameter> parameters();

    /**
     * Whether this is an extended PDF, i.e. it also predicts the expected number of events ({@link
     * PdfEvaluator#expectedEvents()}).
     */
    default boolean extended() {
        return false;
    }

    /**
     * An evaluator reading parameter values from vectors laid out as {@code layout} and event values
     * from columns ordered as {@code columns}.
     *
     * @throws IllegalArgumentException if a parameter or observable is missing from the layout or
     *     columns
     */
    PdfEvaluator evaluator(ParameterSet layout, List<Observable> columns);
}

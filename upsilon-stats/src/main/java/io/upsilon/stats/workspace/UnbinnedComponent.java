package io.upsilon.stats.workspace;

import java.util.List;
import java.util.Objects;

/**
 * One component of an unbinned channel: a PDF of the channel's observable and its expected number
 * of events, {@code yield} times the product of its modifiers (the same modifier types and
 * parameters as a HistFactory sample's, restricted to those that need no bins: normfactor,
 * normsys, lumi, formula).
 *
 * @param name component name, unique in its channel
 * @param pdf the PDF kind (a name registered in {@link io.upsilon.stats.unbinned.PdfKinds})
 * @param parameters the PDF's shape parameters in the kind's role order (names of {@link
 *     ShapeParameter}s)
 * @param yield the nominal expected number of events (> 0)
 * @param modifiers the modifiers scaling the yield
 */
public record UnbinnedComponent(
        String name, String pdf, List<String> parameters, double yield, List<Modifier> modifiers) {

    /** Validates and copies. */
    public UnbinnedComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pdf, "pdf");
        parameters = List.copyOf(parameters);
        modifiers = List.copyOf(modifiers);
        if (!(yield > 0) || !Double.isFinite(yield)) {
            throw new IllegalArgumentException("component " + name + ": the yield must be finite and > 0");
        }
    }

    /**
     * The component as a one-bin HistFactory sample (nominal {@code yield}, the same modifiers): the
     * form in which the model compiles its yield, so that its parameters are the binned channels'.
     */
    public Sample asSample() {
        return new Sample(name, new double[] {yield}, modifiers);
    }
}

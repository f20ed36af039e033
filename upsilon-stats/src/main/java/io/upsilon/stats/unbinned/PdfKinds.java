package io.upsilon.stats.unbinned;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place where the PDFs an unbinned channel of a workspace may name are registered: a kind's
 * name, the roles of its parameters in order, and how to build it. Adding a kind: one line here.
 */
public final class PdfKinds {

    /** Builds a PDF of {@code x} from parameters in the kind's role order. */
    @FunctionalInterface
    public interface Factory {
        /**
         * @throws IllegalArgumentException if the parameters' declared values are outside the PDF's
         *     domain (a width <= 0, an ARGUS endpoint below the range, ...)
         */
        ShapePdf create(Observable x, List<Parameter> parameters);
    }

    /**
     * One registered PDF kind.
     *
     * @param name the name a workspace uses ("gaussian", ...)
     * @param roles the parameters' roles, in order; for a variadic kind the role of every entry
     * @param variadic whether the kind takes any number (>= 1) of parameters (a Chebychev series)
     * @param factory how to build it
     */
    public record Kind(String name, List<String> roles, boolean variadic, Factory factory) {
        /** Whether {@code n} parameters fit this kind. */
        public boolean accepts(int n) {
            return variadic ? n >= 1 : n == roles.size();
        }

        /** What the parameter list must look like, for error messages. */
        public String signature() {
            return variadic ? "one or more " + roles.get(0) : roles.size() + " parameters " + roles;
        }
    }

    private static final List<Kind> KINDS = List.of(
            fixed("gaussian", List.of("mean", "sigma"), (x, p) -> new Gaussian(x, p.get(0), p.get(1))),
            fixed(
                    "crystalball",
                    List.of("mean", "sigma", "alpha", "n"),
                    (x, p) -> new CrystalBall(x, p.get(0), p.get(1), p.get(2), p.get(3))),
            fixed(
                    "doublecrystalball",
                    List.of("mean", "sigma", "alpha_low", "n_low", "alpha_high", "n_high"),
                    (x, p) -> new DoubleCrystalBall(x, p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5))),
            fixed("exponential", List.of("lambda"), (x, p) -> new Exponential(x, p.get(0))),
            fixed("argus", List.of("m0", "c"), (x, p) -> new Argus(x, p.get(0), p.get(1))),
            fixed("breitwigner", List.of("mean", "width"), (x, p) -> new BreitWigner(x, p.get(0), p.get(1))),
            new Kind("chebychev", List.of("coefficient"), true, Chebychev::new));

    private PdfKinds() {}

    private static Kind fixed(String name, List<String> roles, Factory factory) {
        return new Kind(name, roles, false, factory);
    }

    /** The kind called {@code name}. */
    public static Optional<Kind> byName(String name) {
        return KINDS.stream().filter(k -> k.name().equals(name)).findFirst();
    }

    /** The registered names, for error messages. */
    public static String names() {
        return KINDS.stream().map(Kind::name).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}

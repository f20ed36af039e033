package io.upsilon.generators.process;

import java.util.Objects;

/**
 * A named, documented parameter of a process: a number (e.g. {@code mass} in GeV), a text (e.g.
 * {@code signal}, the name of a signal decay overlay) or an open set of numbers whose names only
 * the process knows once its other parameters are read (e.g. the {@code Define}s of a signal
 * overlay; the process checks their names when it makes a generator).
 *
 * @param name parameter name as given on the command line ({@code --param name=value}); for an
 *     {@link Kind#OPEN} parameter a placeholder shown in listings
 * @param unit unit, or empty for dimensionless (and for text parameters)
 * @param description what it means
 * @param defaultValue value when not given (NaN for text and open parameters)
 * @param min smallest allowed value (inclusive)
 * @param max largest allowed value (inclusive)
 * @param kind number, text or open set of numbers
 * @param defaultText the text when not given ({@link Kind#TEXT} only; empty otherwise)
 */
public record ProcessParameter(
        String name,
        String unit,
        String description,
        double defaultValue,
        double min,
        double max,
        Kind kind,
        String defaultText) {

    /** What a parameter's values are. */
    public enum Kind {
        /** A number in [min, max]. */
        NUMBER,
        /** A text (e.g. a name or a path). */
        TEXT,
        /** Any further name with a numeric value, checked by the process itself. */
        OPEN
    }

    public ProcessParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(defaultText, "defaultText");
        if (kind == Kind.NUMBER && !(min <= defaultValue && defaultValue <= max)) {
            throw new IllegalArgumentException(
                    "parameter " + name + ": default " + defaultValue + " outside [" + min + ", " + max + "]");
        }
        if (kind != Kind.TEXT && !defaultText.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + ": only a text parameter has a default text");
        }
    }

    /** A numeric parameter. */
    public ProcessParameter(String name, String unit, String description, double defaultValue, double min, double max) {
        this(name, unit, description, defaultValue, min, max, Kind.NUMBER, "");
    }

    /** A text parameter with this default (possibly empty: "not given"). */
    public static ProcessParameter text(String name, String description, String defaultText) {
        return new ProcessParameter(name, "", description, Double.NaN, Double.NaN, Double.NaN, Kind.TEXT, defaultText);
    }

    /**
     * An open set of numeric parameters: any name the process does not declare is accepted as a
     * number and handed to the process ({@link ProcessParameters#open()}), which rejects the names
     * it cannot use when it makes a generator.
     *
     * @param placeholder what the names are, for listings (e.g. {@code DEFINE})
     */
    public static ProcessParameter open(String placeholder, String description) {
        return new ProcessParameter(
                placeholder,
                "",
                description,
                Double.NaN,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY,
                Kind.OPEN,
                "");
    }
}

package io.upsilon.analysis.output.hepdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A qualifier of a dependent variable: a condition under which its values hold, such as {@code CL =
 * 90%} or {@code SQRT(S) = 10.58 GeV}.
 *
 * @param name the qualifier's name, e.g. "SQRT(S)"
 * @param value its value as written, e.g. "10.58"
 * @param units its units, or empty
 */
public record Qualifier(String name, String value, String units) {

    /** Validates: non-blank name and value, non-null units. */
    public Qualifier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(units, "units");
        if (name.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("a qualifier needs a name and a value");
        }
    }

    /** A qualifier without units. */
    public static Qualifier of(String name, String value) {
        return new Qualifier(name, value, "");
    }

    Map<String, Object> toYamlMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        if (!units.isEmpty()) {
            m.put("units", units);
        }
        m.put("value", value);
        return m;
    }
}

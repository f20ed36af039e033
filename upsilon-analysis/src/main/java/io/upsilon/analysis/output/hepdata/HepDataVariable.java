package io.upsilon.analysis.output.hepdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A column of a HEPData table: a header (name and units), qualifiers (dependent variables) and the
 * values.
 *
 * @param name the header name, e.g. "M(Z')" or "Observed upper limit"
 * @param units the units, e.g. "GeV", or empty for dimensionless
 * @param qualifiers conditions of the values (copied)
 * @param values the entries, one per row (copied)
 */
public record HepDataVariable(String name, String units, List<Qualifier> qualifiers, List<HepDataValue> values) {

    /** Validates: non-blank name, non-null units, at least one value. */
    public HepDataVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(units, "units");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a variable needs a name");
        }
        qualifiers = List.copyOf(qualifiers);
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("variable " + name + " has no values");
        }
    }

    /** A variable without qualifiers. */
    public static HepDataVariable of(String name, String units, List<HepDataValue> values) {
        return new HepDataVariable(name, units, List.of(), values);
    }

    /** Number of rows. */
    public int size() {
        return values.size();
    }

    Map<String, Object> toYamlMap() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("name", name);
        if (!units.isEmpty()) {
            header.put("units", units);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("header", header);
        if (!qualifiers.isEmpty()) {
            List<Object> qs = new ArrayList<>();
            for (Qualifier q : qualifiers) {
                qs.add(q.toYamlMap());
            }
            m.put("qualifiers", qs);
        }
        List<Object> vs = new ArrayList<>();
        for (HepDataValue v : values) {
            vs.add(v.toYamlMap());
        }
        m.put("values", vs);
        return m;
    }
}

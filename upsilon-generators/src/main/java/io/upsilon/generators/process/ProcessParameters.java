package io.upsilon.generators.process;

import io.upsilon.core.error.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Validated parameter values for one process: every declared parameter has a value in range. */
public final class ProcessParameters {
    private final Map<String, Double> values;

    private ProcessParameters(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    /** No parameters. */
    public static ProcessParameters none() {
        return new ProcessParameters(Map.of());
    }

    /**
     * Checks {@code given} (name to text value, e.g. from {@code --param mass=1.5}) against the
     * declared parameters, fills in defaults, and reports unknown names, bad numbers and values out
     * of range as {@link InputException}s on {@code source}.
     */
    public static ProcessParameters parse(
            String processName, List<ProcessParameter> declared, Map<String, String> given, String source) {
        Map<String, ProcessParameter> byName = new LinkedHashMap<>();
        for (ProcessParameter p : declared) {
            byName.put(p.name(), p);
        }
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            ProcessParameter p = byName.get(e.getKey());
            if (p == null) {
                throw new InputException(
                        source,
                        e.getKey(),
                        "process " + processName + " has no parameter '" + e.getKey() + "'; its parameters: "
                                + (byName.isEmpty() ? "(none)" : String.join(", ", byName.keySet())));
            }
            double v;
            try {
                v = Double.parseDouble(e.getValue().trim());
            } catch (NumberFormatException ex) {
                throw new InputException(source, e.getKey(), "expected a number, got '" + e.getValue() + "'");
            }
            if (!(v >= p.min() && v <= p.max())) {
                throw new InputException(
                        source,
                        e.getKey(),
                        "value " + v + " outside the allowed range [" + p.min() + ", " + p.max() + "]");
            }
            out.put(p.name(), v);
        }
        for (ProcessParameter p : declared) {
            out.putIfAbsent(p.name(), p.defaultValue());
        }
        return new ProcessParameters(out);
    }

    /** The value of a declared parameter. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    /** All values, sorted by name. */
    public Map<String, Double> asMap() {
        return new TreeMap<>(values);
    }
}

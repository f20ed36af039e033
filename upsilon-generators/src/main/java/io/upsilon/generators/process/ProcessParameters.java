package io.upsilon.generators.process;

import io.upsilon.core.error.InputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Validated parameter values for one process: every declared numeric parameter has a value in
 * range, every text parameter a text; names not declared are kept (as numbers) only when the
 * process declares an {@link ProcessParameter.Kind#OPEN} parameter, for the process to check.
 */
public final class ProcessParameters {
    private final Map<String, Double> values;
    private final Map<String, String> texts;
    private final Map<String, Double> open;

    private ProcessParameters(Map<String, Double> values, Map<String, String> texts, Map<String, Double> open) {
        // Sorted by name, so that every listing of them (provenance, fingerprints) is the same in
        // every JVM: Map.copyOf's iteration order changes from one JVM to the next.
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
        this.texts = Collections.unmodifiableMap(new TreeMap<>(texts));
        this.open = Collections.unmodifiableMap(new TreeMap<>(open));
    }

    /** No parameters. */
    public static ProcessParameters none() {
        return new ProcessParameters(Map.of(), Map.of(), Map.of());
    }

    /**
     * Checks {@code given} (name to text value, e.g. from {@code --param mass=1.5}) against the
     * declared parameters, fills in defaults, and reports unknown names, bad numbers and values out
     * of range as {@link InputException}s on {@code source}.
     */
    public static ProcessParameters parse(
            String processName, List<ProcessParameter> declared, Map<String, String> given, String source) {
        Map<String, ProcessParameter> byName = new LinkedHashMap<>();
        boolean acceptsOpen = false;
        for (ProcessParameter p : declared) {
            if (p.kind() == ProcessParameter.Kind.OPEN) {
                acceptsOpen = true;
            } else {
                byName.put(p.name(), p);
            }
        }
        Map<String, Double> out = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        Map<String, Double> open = new TreeMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            ProcessParameter p = byName.get(e.getKey());
            if (p != null && p.kind() == ProcessParameter.Kind.TEXT) {
                if (e.getValue().isBlank()) {
                    throw new InputException(source, e.getKey(), "expected a text after '" + e.getKey() + "='");
                }
                texts.put(p.name(), e.getValue().strip());
                continue;
            }
            if (p == null && acceptsOpen) {
                open.put(e.getKey(), number(e.getKey(), e.getValue(), source));
                continue;
            }
            if (p == null) {
                throw new InputException(
                        source,
                        e.getKey(),
                        "process " + processName + " has no parameter '" + e.getKey() + "'; its parameters: "
                                + (byName.isEmpty() ? "(none)" : String.join(", ", byName.keySet())));
            }
            double v = number(e.getKey(), e.getValue(), source);
            if (!(v >= p.min() && v <= p.max())) {
                throw new InputException(
                        source,
                        e.getKey(),
                        "value " + v + " outside the allowed range [" + p.min() + ", " + p.max() + "]");
            }
            out.put(p.name(), v);
        }
        for (ProcessParameter p : declared) {
            if (p.kind() == ProcessParameter.Kind.NUMBER) {
                out.putIfAbsent(p.name(), p.defaultValue());
            } else if (p.kind() == ProcessParameter.Kind.TEXT) {
                texts.putIfAbsent(p.name(), p.defaultText());
            }
        }
        return new ProcessParameters(out, texts, open);
    }

    private static double number(String name, String text, String source) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException ex) {
            throw new InputException(source, name, "expected a number, got '" + text + "'");
        }
    }

    /** The value of a declared text parameter (its default text when not given). */
    public String text(String name) {
        String v = texts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no text parameter '" + name + "'");
        }
        return v;
    }

    /** The text values, sorted by name. */
    public Map<String, String> texts() {
        return new TreeMap<>(texts);
    }

    /** The numbers given under names the process did not declare (its open parameter), sorted by name. */
    public Map<String, Double> open() {
        return new TreeMap<>(open);
    }

    /** The value of a declared parameter. */
    public double get(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter '" + name + "'");
        }
        return v;
    }

    /** All numeric values (declared and open), sorted by name. */
    public Map<String, Double> asMap() {
        Map<String, Double> all = new TreeMap<>(values);
        all.putAll(open);
        return all;
    }
}

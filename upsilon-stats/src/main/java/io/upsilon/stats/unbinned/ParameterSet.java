package io.upsilon.stats.unbinned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered set of parameters with unique names: the layout of the parameter vector a fit works
 * on. Immutable; the {@code with...} methods return modified copies.
 */
public final class ParameterSet {

    private final List<Parameter> parameters;
    private final Map<String, Integer> index;

    private ParameterSet(List<Parameter> parameters) {
        this.parameters = List.copyOf(parameters);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.parameters.size(); i++) {
            Parameter p = this.parameters.get(i);
            if (idx.put(p.name(), i) != null) {
                throw new IllegalArgumentException("duplicate parameter name '" + p.name() + "'");
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    /** The parameters in the given order; names must be unique. */
    public static ParameterSet of(Collection<Parameter> parameters) {
        return new ParameterSet(new ArrayList<>(parameters));
    }

    /** All parameters a PDF uses, in the order it declares them. */
    public static ParameterSet of(Pdf pdf) {
        return new ParameterSet(pdf.parameters());
    }

    /**
     * Merges lists of parameters, keeping the first occurrence of each name; a later parameter of
     * the same name must be identical (same value, bounds, fixed flag and step).
     */
    static List<Parameter> merge(List<List<Parameter>> lists) {
        Map<String, Parameter> seen = new HashMap<>();
        List<Parameter> out = new ArrayList<>();
        for (List<Parameter> list : lists) {
            for (Parameter p : list) {
                Parameter old = seen.putIfAbsent(p.name(), p);
                if (old == null) {
                    out.add(p);
                } else if (!old.equals(p)) {
                    throw new IllegalArgumentException("parameter '" + p.name() + "' is declared twice with different"
                            + " settings: " + old + " and " + p);
                }
            }
        }
        return out;
    }

    /** Number of parameters. */
    public int size() {
        return parameters.size();
    }

    /** The parameters in order. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Parameter {@code i}. */
    public Parameter get(int i) {
        return parameters.get(i);
    }

    /** The parameter named {@code name}. */
    public Parameter get(String name) {
        return parameters.get(indexOf(name));
    }

    /** Whether a parameter of that name is present. */
    public boolean contains(String name) {
        return index.containsKey(name);
    }

    /** Position of the parameter named {@code name}; IllegalArgumentException if absent. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no parameter named '" + name + "' (have " + names() + ")");
        }
        return i;
    }

    /** Names in order. */
    public List<String> names() {
        List<String> n = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            n.add(p.name());
        }
        return n;
    }

    /** Current values in order (a fresh array). */
    public double[] values() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).value();
        }
        return v;
    }

    /** Lower bounds in order. */
    public double[] lower() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).lower();
        }
        return v;
    }

    /** Upper bounds in order. */
    public double[] upper() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).upper();
        }
        return v;
    }

    /** Steps in order. */
    public double[] steps() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).step();
        }
        return v;
    }

    /** Fixed flags in order. */
    public boolean[] fixedMask() {
        boolean[] v = new boolean[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).fixed();
        }
        return v;
    }

    /** Number of free parameters. */
    public int freeCount() {
        int n = 0;
        for (Parameter p : parameters) {
            n += p.fixed() ? 0 : 1;
        }
        return n;
    }

    /** A copy with parameter {@code name} set to {@code value}. */
    public ParameterSet withValue(String name, double value) {
        List<Parameter> l = new ArrayList<>(parameters);
        int i = indexOf(name);
        l.set(i, l.get(i).withValue(value));
        return new ParameterSet(l);
    }

    /** A copy with parameter {@code name} fixed or freed. */
    public ParameterSet withFixed(String name, boolean fixed) {
        List<Parameter> l = new ArrayList<>(parameters);
        int i = indexOf(name);
        l.set(i, l.get(i).withFixed(fixed));
        return new ParameterSet(l);
    }

    /** A copy with all values replaced (values clamped into the bounds). */
    public ParameterSet withValues(double[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " values, got " + values.length);
        }
        List<Parameter> l = new ArrayList<>(parameters.size());
        for (int i = 0; i < values.length; i++) {
            Parameter p = parameters.get(i);
            l.add(p.withValue(Math.min(p.upper(), Math.max(p.lower(), values[i]))));
        }
        return new ParameterSet(l);
    }

    @Override
    public String toString() {
        return "ParameterSet" + parameters;
    }
}

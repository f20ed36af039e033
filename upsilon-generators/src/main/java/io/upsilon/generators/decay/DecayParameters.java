package io.upsilon.generators.decay;

import java.util.Map;
import java.util.TreeMap;

/** Named numeric parameters of a decay table ({@code param NAME VALUE} lines), immutable. */
public final class DecayParameters {
    private final Map<String, Double> values;

    /** Parameters with these values. */
    public DecayParameters(Map<String, Double> values) {
        this.values = Map.copyOf(values);
    }

    /** No parameters. */
    public static DecayParameters none() {
        return new DecayParameters(Map.of());
    }

    /**
     * The value of a parameter the caller needs.
     *
     * @throws IllegalArgumentException naming the missing parameter
     */
    public double require(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException(
                    "needs the parameter '" + name + "' (a line 'param " + name + " VALUE' in the decay table)");
        }
        return v;
    }

    /** All values, sorted by name. */
    public Map<String, Double> asMap() {
        return new TreeMap<>(values);
    }
}

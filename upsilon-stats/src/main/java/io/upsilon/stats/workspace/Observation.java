package io.upsilon.stats.workspace;

import java.util.Arrays;
import java.util.Objects;

/**
 * Observed counts of a channel.
 *
 * @param name the channel name
 * @param data observed counts, one per bin (non-negative; non-integer allowed as in pyhf)
 */
public record Observation(String name, double[] data) {
    /** Validates and copies. */
    public Observation {
        Objects.requireNonNull(name, "name");
        data = data.clone();
        for (double d : data) {
            if (!Double.isFinite(d) || d < 0) {
                throw new IllegalArgumentException("observation " + name + ": counts must be finite and >= 0");
            }
        }
    }

    /** The counts (a copy). */
    @Override
    public double[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Observation s && s.name.equals(name) && Arrays.equals(s.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "Observation[" + name + ", " + Arrays.toString(data) + "]";
    }
}

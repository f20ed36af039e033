package io.upsilon.stats.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sample of a channel: its nominal histogram and its modifiers.
 *
 * @param name sample name
 * @param data nominal yields, one per bin
 * @param modifiers the modifiers acting on this sample
 */
public record Sample(String name, double[] data, List<Modifier> modifiers) {
    /** Validates and copies. */
    public Sample {
        Objects.requireNonNull(name, "name");
        data = data.clone();
        for (double d : data) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("sample " + name + ": yields must be finite");
            }
        }
        modifiers = List.copyOf(modifiers);
        for (Modifier m : modifiers) {
            int n = data.length;
            if (m instanceof Modifier.HistoSys h) {
                n = h.hiData().length;
            } else if (m instanceof Modifier.ShapeSys sh) {
                n = sh.data().length;
            } else if (m instanceof Modifier.StatError se) {
                n = se.data().length;
            }
            if (n != data.length) {
                throw new IllegalArgumentException(
                        "sample " + name + ": modifier " + m.name() + " has " + n + " bins, expected " + data.length);
            }
        }
    }

    /** The nominal yields (a copy). */
    @Override
    public double[] data() {
        return data.clone();
    }

    /** The number of bins. */
    public int bins() {
        return data.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample s
                && s.name.equals(name)
                && Arrays.equals(s.data, data)
                && s.modifiers.equals(modifiers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(data), modifiers);
    }

    @Override
    public String toString() {
        return "Sample[" + name + ", " + data.length + " bins, " + modifiers.size() + " modifiers]";
    }
}

package io.upsilon.stats.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A channel (region): samples sharing one binning.
 *
 * @param name channel name
 * @param samples its samples, all with the same number of bins
 */
public record Channel(String name, List<Sample> samples) {
    /** Validates: at least one sample, one binning, unique sample names. */
    public Channel {
        Objects.requireNonNull(name, "name");
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("channel " + name + " has no samples");
        }
        int n = samples.get(0).bins();
        var names = new HashSet<String>();
        for (Sample s : samples) {
            if (s.bins() != n) {
                throw new IllegalArgumentException("channel " + name + ": samples have different numbers of bins");
            }
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("channel " + name + ": duplicate sample " + s.name());
            }
        }
    }

    /** The number of bins. */
    public int bins() {
        return samples.get(0).bins();
    }
}

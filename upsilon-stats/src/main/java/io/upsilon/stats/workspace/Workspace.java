package io.upsilon.stats.workspace;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pyhf workspace (schema 1.0.0): channels, observations and measurements. Immutable; build one
 * with {@link WorkspaceReader}, change it with {@link JsonPatch} on its JSON form.
 *
 * @param channels the channels, in file order
 * @param observations observed data, one per channel
 * @param measurements the measurements (at least one)
 * @param version schema version string
 * @param unbinnedChannels unbinned channels (an Upsilon extension; empty for a pyhf workspace)
 */
public record Workspace(
        List<Channel> channels,
        List<Observation> observations,
        List<Measurement> measurements,
        String version,
        List<UnbinnedChannel> unbinnedChannels) {
    /**
     * Validates: unique channel names (binned and unbinned), each channel observed with matching
     * bins, a measurement.
     */
    public Workspace {
        channels = List.copyOf(channels);
        unbinnedChannels = List.copyOf(unbinnedChannels);
        observations = List.copyOf(observations);
        measurements = List.copyOf(measurements);
        Objects.requireNonNull(version, "version");
        var names = new HashSet<String>();
        for (Channel c : channels) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate channel " + c.name());
            }
        }
        for (UnbinnedChannel c : unbinnedChannels) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate channel " + c.name());
            }
        }
        if (channels.isEmpty() && unbinnedChannels.isEmpty()) {
            throw new IllegalArgumentException("a workspace needs at least one channel");
        }
        if (measurements.isEmpty()) {
            throw new IllegalArgumentException("a workspace needs at least one measurement");
        }
        for (Channel c : channels) {
            Observation o = observations.stream()
                    .filter(x -> x.name().equals(c.name()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("channel " + c.name() + " has no observation"));
            if (o.data().length != c.bins()) {
                throw new IllegalArgumentException("observation of channel " + c.name() + " has " + o.data().length
                        + " bins, the channel has " + c.bins());
            }
        }
    }

    /** A pyhf workspace: binned channels only. */
    public Workspace(
            List<Channel> channels, List<Observation> observations, List<Measurement> measurements, String version) {
        this(channels, observations, measurements, version, List.of());
    }

    /** The same workspace with other unbinned channels. */
    public Workspace withUnbinnedChannels(List<UnbinnedChannel> unbinned) {
        return new Workspace(channels, observations, measurements, version, unbinned);
    }

    /** The observation of a channel. */
    public Observation observation(String channel) {
        return observations.stream()
                .filter(o -> o.name().equals(channel))
                .findFirst()
                .orElseThrow();
    }

    /** A measurement by name; the first one when {@code name} is null. */
    public Optional<Measurement> measurement(String name) {
        if (name == null) {
            return Optional.of(measurements.get(0));
        }
        return measurements.stream().filter(m -> m.name().equals(name)).findFirst();
    }
}

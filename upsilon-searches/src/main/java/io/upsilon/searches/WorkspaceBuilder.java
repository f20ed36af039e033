package io.upsilon.searches;

import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Observation;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the HistFactory (pyhf schema 1.0.0) workspace of a binned search from {@link
 * ChannelTemplate}s: one measurement with its parameter of interest and the initial values and
 * bounds of the free parameters. Every binned search builds its workspaces here, so grouping of
 * fine bins, merging of empty-background bins and the form of each modifier are the same
 * everywhere.
 *
 * <pre>{@code
 * Workspace ws = WorkspaceBuilder.measurement("zprime_M3p00", "mu")
 *         .parameter("mu", 1.0, 0, 1e6)
 *         .channel(ChannelTemplate.of("mrec2_M3p00", BinGrouping.window(axis, lo, hi, 10))
 *                 .mergingEmptyBackgroundBins()
 *                 .withSample(SampleTemplate.signal("signal", sig).withNormFactor("mu").withStatError("mcstat"))
 *                 .withSample(SampleTemplate.background("mumu", mumu).withNormSys("norm_mumu", 0.05))
 *                 .withObserved(data))
 *         .build();
 * }</pre>
 *
 * <p>Immutable: each call returns a new builder.
 */
public final class WorkspaceBuilder {
    /** The pyhf workspace schema version written. */
    public static final String VERSION = "1.0.0";

    private final String measurement;
    private final String poi;
    private final List<ParameterConfig> parameters;
    private final List<ChannelTemplate> channels;

    private WorkspaceBuilder(
            String measurement, String poi, List<ParameterConfig> parameters, List<ChannelTemplate> channels) {
        this.measurement = measurement;
        this.poi = poi;
        this.parameters = List.copyOf(parameters);
        this.channels = List.copyOf(channels);
    }

    /** A builder of a workspace with one measurement {@code name} whose parameter of interest is {@code poi}. */
    public static WorkspaceBuilder measurement(String name, String poi) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("measurement name must not be empty");
        }
        if (poi == null || poi.isEmpty()) {
            throw new IllegalArgumentException("measurement " + name + ": POI name must not be empty");
        }
        return new WorkspaceBuilder(name, poi, List.of(), List.of());
    }

    /**
     * This builder with the initial value and bounds of parameter {@code name} (not fixed; a
     * normfactor, in the order the measurement lists them).
     */
    public WorkspaceBuilder parameter(String name, double init, double lo, double hi) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("measurement " + measurement + ": parameter name must not be empty");
        }
        if (!(Double.isFinite(init) && Double.isFinite(lo) && Double.isFinite(hi) && lo <= init && init <= hi)) {
            throw new IllegalArgumentException("measurement " + measurement + ", parameter " + name
                    + ": need finite lo <= init <= hi, got init = " + init + " in [" + lo + ", " + hi + "]");
        }
        for (ParameterConfig p : parameters) {
            if (p.name().equals(name)) {
                throw new IllegalArgumentException(
                        "measurement " + measurement + ": parameter " + name + " is configured twice");
            }
        }
        List<ParameterConfig> more = new ArrayList<>(parameters);
        more.add(new ParameterConfig(name, new double[] {init}, new double[][] {{lo, hi}}, false, null, null));
        return new WorkspaceBuilder(measurement, poi, more, channels);
    }

    /** This builder with one more channel (names unique). */
    public WorkspaceBuilder channel(ChannelTemplate channel) {
        Objects.requireNonNull(channel, "channel");
        for (ChannelTemplate c : channels) {
            if (c.name().equals(channel.name())) {
                throw new IllegalArgumentException(
                        "measurement " + measurement + ": duplicate channel " + channel.name());
            }
        }
        List<ChannelTemplate> more = new ArrayList<>(channels);
        more.add(channel);
        return new WorkspaceBuilder(measurement, poi, parameters, more);
    }

    /**
     * The workspace: channels and observations in declaration order, one measurement.
     *
     * @throws IllegalStateException when there is no channel, a channel is incomplete, the POI is
     *     not a normfactor of any sample in the workspace, or a configured parameter is not
     *     declared on any sample
     */
    public Workspace build() {
        if (channels.isEmpty()) {
            throw new IllegalStateException("measurement " + measurement + " has no channel");
        }
        List<Channel> out = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        Set<String> normFactors = new HashSet<>();
        Set<String> declared = new HashSet<>();
        for (ChannelTemplate t : channels) {
            Channel c = t.channel();
            out.add(c);
            observations.add(t.observation());
            for (Sample s : c.samples()) {
                for (Modifier m : s.modifiers()) {
                    if (m instanceof Modifier.NormFactor) {
                        normFactors.add(m.name());
                    }
                }
            }
            for (SampleTemplate s : t.samples()) {
                declared.addAll(s.modifierNames());
            }
        }
        if (!normFactors.contains(poi)) {
            throw new IllegalStateException("measurement " + measurement + ": the POI " + poi
                    + " is not a normfactor of any sample (normfactors: " + normFactors + ")");
        }
        for (ParameterConfig p : parameters) {
            // Declared is enough: a parameter whose only sample was dropped as empty is simply unused.
            if (!declared.contains(p.name())) {
                throw new IllegalStateException("measurement " + measurement + ": parameter " + p.name()
                        + " is not a modifier of any sample (declared: " + declared + ")");
            }
        }
        return new Workspace(out, observations, List.of(new Measurement(measurement, poi, parameters)), VERSION);
    }
}

package io.upsilon.searches;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Per-channel results of a search selection (e.g. the e and mu channels of a tau analysis): a cut
 * flow and the selected events for each channel. Merging is per channel and associative, so
 * partial results of partitions combine in partition order.
 *
 * @param <C> the channel enum
 */
public final class ChannelResults<C extends Enum<C>> implements Serializable {
    /** Serializable so that a cluster engine can send partial results back to the driver. */
    private static final long serialVersionUID = 1L;

    private final Map<C, CutFlow> flows;
    private final Map<C, SelectedEvents> events;

    private ChannelResults(Map<C, CutFlow> flows, Map<C, SelectedEvents> events) {
        this.flows = flows;
        this.events = events;
    }

    /** Empty results for every channel of {@code channels}, with the given cut-flow steps and features. */
    public static <C extends Enum<C>> ChannelResults<C> empty(Class<C> channels, List<String> steps, int featureCount) {
        Map<C, CutFlow> f = new EnumMap<>(channels);
        Map<C, SelectedEvents> e = new EnumMap<>(channels);
        for (C c : channels.getEnumConstants()) {
            f.put(c, new CutFlow(steps));
            e.put(c, new SelectedEvents(featureCount));
        }
        return new ChannelResults<>(f, e);
    }

    /** The cut flow of a channel. */
    public CutFlow flow(C c) {
        return flows.get(c);
    }

    /** The selected events of a channel. */
    public SelectedEvents events(C c) {
        return events.get(c);
    }

    /** Both results channel by channel, this one first. */
    public ChannelResults<C> merge(ChannelResults<C> o) {
        Map<C, CutFlow> f = new EnumMap<>(flows);
        Map<C, SelectedEvents> e = new EnumMap<>(events);
        for (C c : flows.keySet()) {
            f.put(c, flows.get(c).merge(o.flows.get(c)));
            e.put(c, events.get(c).merge(o.events.get(c)));
        }
        return new ChannelResults<>(f, e);
    }
}

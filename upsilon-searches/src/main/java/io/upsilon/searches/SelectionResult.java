package io.upsilon.searches;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a single-channel selection keeps of a sample (or partition): its cut flow and its selected
 * events. Merges associatively, {@code this} first.
 *
 * @param flow the cut flow
 * @param events the selected events (observable, weight, features)
 */
public record SelectionResult(CutFlow flow, SelectedEvents events) implements Serializable {
    /** Validates. */
    public SelectionResult {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(events, "events");
    }

    /** An empty result for the cut-flow {@code steps} and {@code features} per event. */
    public static SelectionResult empty(List<String> steps, int features) {
        return new SelectionResult(new CutFlow(steps), new SelectedEvents(features));
    }

    /** This result followed by {@code o}. */
    public SelectionResult merge(SelectionResult o) {
        return new SelectionResult(flow.merge(o.flow), events.merge(o.events));
    }
}

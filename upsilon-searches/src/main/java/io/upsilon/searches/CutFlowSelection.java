package io.upsilon.searches;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.detector.DetectorState;
import io.upsilon.detector.SimulationRun;
import java.util.List;
import java.util.Objects;

/**
 * The skeleton of a single-channel event selection: step 0 "generated", step 1 the generator-level
 * {@link Preselection} and any filter of the search's own ({@link #preselect}; the detector is
 * simulated only for events that pass), then the search's
 * own reconstruction-level steps ({@link #select}); every event enters the cut flow once, at the
 * last step it passed.
 */
public abstract class CutFlowSelection implements SampleProduction.EventAnalysis<SelectionResult> {
    private final Preselection preselection;
    private final List<String> steps;
    private final int features;

    /**
     * @param preselection the generator-level preselection (cut-flow step 1)
     * @param steps every cut-flow step, from "generated"
     * @param features features kept per selected event
     */
    protected CutFlowSelection(Preselection preselection, List<String> steps, int features) {
        this.preselection = Objects.requireNonNull(preselection, "preselection");
        this.steps = List.copyOf(steps);
        this.features = features;
        if (this.steps.size() < 2) {
            throw new IllegalArgumentException("a cut flow starts with 'generated' and the preselection");
        }
    }

    /** The cut-flow steps. */
    public List<String> steps() {
        return steps;
    }

    @Override
    public final SelectionResult newResult() {
        return SelectionResult.empty(steps, features);
    }

    @Override
    public final SelectionResult merge(SelectionResult a, SelectionResult b) {
        return a.merge(b);
    }

    @Override
    public final void accept(
            EventBuffer generated, SimulationRun detector, long number, double weight, SelectionResult result) {
        int passed = 0;
        if (preselect(generated)) {
            DetectorState state = detector.process(generated);
            passed = select(new SimulatedEvent(generated, detector, state, number, weight), result);
        }
        result.flow().pass(passed, weight);
    }

    /**
     * Whether the generated event is simulated (cut-flow step 1): the {@link Preselection}; a search
     * may add its own generator-level filter (and must then validate that it loses no selected event).
     */
    protected boolean preselect(EventBuffer generated) {
        return preselection.accepts(generated);
    }

    /**
     * The reconstruction-level steps of a preselected, simulated event: adds a selected event to
     * {@code result} and returns the last step passed (at least 1).
     */
    protected abstract int select(SimulatedEvent event, SelectionResult result);
}

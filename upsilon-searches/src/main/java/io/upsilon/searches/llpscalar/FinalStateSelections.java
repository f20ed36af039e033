package io.upsilon.searches.llpscalar;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.detector.DetectorState;
import io.upsilon.detector.SimulationRun;
import io.upsilon.searches.Preselection;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Every final state's selection on one background sample: the event is preselected and simulated once
 * and each {@link LlpScalarSelection} selects it into its own result (one cut flow per final state), so a
 * background sample is generated once for all scans. With a {@link BCandidateFilter} only events with a
 * generated K x x triple near the B window are simulated (cut-flow step 1 with the preselection).
 */
final class FinalStateSelections implements SampleProduction.EventAnalysis<List<SelectionResult>> {
    private final Preselection preselection;
    private final BCandidateFilter filter;
    private final List<LlpScalarSelection> selections;

    /**
     * @param preselection the generator-level preselection
     * @param filter the background filter, or null for none
     * @param selections one selection per final state
     */
    FinalStateSelections(Preselection preselection, BCandidateFilter filter, List<LlpScalarSelection> selections) {
        this.preselection = preselection;
        this.filter = filter;
        this.selections = List.copyOf(selections);
    }

    @Override
    public List<SelectionResult> newResult() {
        List<SelectionResult> out = new ArrayList<>();
        for (LlpScalarSelection s : selections) {
            out.add(s.newResult());
        }
        return out;
    }

    @Override
    public void accept(
            EventBuffer generated, SimulationRun detector, long number, double weight, List<SelectionResult> result) {
        if (!preselection.accepts(generated) || (filter != null && !filter.accepts(generated))) {
            for (SelectionResult r : result) {
                r.flow().pass(0, weight);
            }
            return;
        }
        DetectorState state = detector.process(generated);
        SimulatedEvent event = new SimulatedEvent(generated, detector, state, number, weight);
        for (int k = 0; k < selections.size(); k++) {
            SelectionResult r = result.get(k);
            r.flow().pass(selections.get(k).selectSimulated(event, r), weight);
        }
    }

    @Override
    public List<SelectionResult> merge(List<SelectionResult> a, List<SelectionResult> b) {
        List<SelectionResult> out = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            out.add(a.get(k).merge(b.get(k)));
        }
        return out;
    }
}

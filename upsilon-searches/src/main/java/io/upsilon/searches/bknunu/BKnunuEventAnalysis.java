package io.upsilon.searches.bknunu;

import io.upsilon.core.event.EventBuffer;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.detector.SimulationRun;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleProduction;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SimulatedEvent;
import java.io.Serializable;

/**
 * Both selections of the search on one simulation of each event: the inclusive tag ({@link
 * BKnunuSelection}) and the hadronic tag ({@link HtaSelection}), each with its own cut flow; the
 * generator-level preselection (and the missing-energy filter when applied) is shared. The HTA's
 * draws come from the stream {@code hta/tag/SAMPLE/event[N]/draw}, so they do not depend on the
 * partitioning.
 */
final class BKnunuEventAnalysis implements SampleProduction.EventAnalysis<BKnunuEventAnalysis.Result> {
    /**
     * The two results of a sample.
     *
     * @param ita the inclusive-tag selection
     * @param hta the hadronic-tag selection
     */
    record Result(SelectionResult ita, SelectionResult hta) implements Serializable {}

    private final BKnunuSelection ita;
    private final HtaSelection hta;
    private final RandomStreams tagStreams;
    private final HtaSideFilter htaOnly;

    /**
     * Both selections on every event.
     *
     * @param ita the ITA selection
     * @param hta the HTA selection
     * @param tagStreams the sample's family for the HTA draws
     */
    BKnunuEventAnalysis(BKnunuSelection ita, HtaSelection hta, RandomStreams tagStreams) {
        this(ita, hta, tagStreams, null);
    }

    private BKnunuEventAnalysis(
            BKnunuSelection ita, HtaSelection hta, RandomStreams tagStreams, HtaSideFilter htaOnly) {
        this.ita = ita;
        this.hta = hta;
        this.tagStreams = tagStreams;
        this.htaOnly = htaOnly;
    }

    /**
     * The HTA alone on an enriched sample: an event that fails the generator-level side filter is
     * not simulated (it counts as failing the generator-level step); the ITA result stays empty.
     */
    static BKnunuEventAnalysis htaOnly(
            BKnunuSelection ita, HtaSelection hta, RandomStreams tagStreams, HtaSideFilter filter) {
        return new BKnunuEventAnalysis(ita, hta, tagStreams, java.util.Objects.requireNonNull(filter));
    }

    @Override
    public Result newResult() {
        return new Result(ita.newResult(), hta.newResult());
    }

    @Override
    public Result merge(Result a, Result b) {
        return new Result(a.ita().merge(b.ita()), a.hta().merge(b.hta()));
    }

    @Override
    public void accept(EventBuffer generated, SimulationRun detector, long number, double weight, Result result) {
        if (!ita.preselect(generated)) {
            result.ita().flow().pass(0, weight);
            result.hta().flow().pass(0, weight);
            return;
        }
        if (htaOnly != null) {
            if (!htaOnly.accepts(generated.toEvent(number))) {
                result.hta().flow().pass(0, weight);
                return;
            }
            SimulatedEvent event = new SimulatedEvent(generated, detector, detector.process(generated), number, weight);
            hta.select(event, result.hta(), tagStreams.child("event", number).stream("draw"));
            return;
        }
        SimulatedEvent event = new SimulatedEvent(generated, detector, detector.process(generated), number, weight);
        result.ita().flow().pass(ita.select(event, result.ita()), weight);
        hta.select(event, result.hta(), tagStreams.child("event", number).stream("draw"));
    }

    /** The ITA part of a produced sample. */
    static SampleOutcome<SelectionResult> itaOf(SampleOutcome<Result> o) {
        return new SampleOutcome<>(
                o.name(), o.label(), o.generatedEvents(), o.result().ita(), o.seconds());
    }

    /** The HTA part of a produced sample. */
    static SampleOutcome<SelectionResult> htaOf(SampleOutcome<Result> o) {
        return new SampleOutcome<>(
                o.name(), o.label(), o.generatedEvents(), o.result().hta(), o.seconds());
    }
}

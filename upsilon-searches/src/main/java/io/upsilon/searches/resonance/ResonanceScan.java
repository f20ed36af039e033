package io.upsilon.searches.resonance;

import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.CutFlowSelection;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The chain of a resonance search in four-track events, shared by x-mumu and x-tautau:
 *
 * <ol>
 *   <li>The backgrounds and, for each model, the signal at each mass (its decay forced, weight sigma x
 *       BR) are produced through the search's selection, which stores one candidate mass per
 *       opposite-sign pair ({@link OppositeSignPairs}); weights are scaled to the luminosity.
 *   <li>A pseudo-dataset is drawn from the background expectation with the stream {@code pseudo-data}.
 *   <li>At each mass the signal's resolution sets a counting window in the candidate mass closest to the
 *       hypothesis; a one-bin workspace gives the CLs limit on sigma x BR ({@link MassWindowCount}), and
 *       with the classifier stage ({@link WindowBdt}) a second one; the lower median expected limit is
 *       kept. The coupling limit follows from sigma x BR proportional to the coupling squared.
 * </ol>
 */
public final class ResonanceScan {
    private ResonanceScan() {}

    /**
     * What the chain produced, for {@link ResonanceReport}.
     *
     * @param cfg the configuration
     * @param text the search's words
     * @param ctx the run
     * @param backgrounds the background samples
     * @param signals the signal samples (model and mass in their names)
     * @param bkg the backgrounds' selected events with their uncertainties
     * @param data the pseudo-data, one part per background
     * @param points one result per model and mass
     * @param regions the trained classifier regions
     */
    public record Result(
            ResonanceConfig cfg,
            ResonanceSearchText text,
            RunContext ctx,
            List<SampleOutcome<SelectionResult>> backgrounds,
            List<SampleOutcome<SelectionResult>> signals,
            List<MassWindowCount.Background> bkg,
            List<SelectedEvents> data,
            List<MassPoint> points,
            List<WindowBdt.Region> regions) {
        /** Copies. */
        public Result {
            backgrounds = List.copyOf(backgrounds);
            signals = List.copyOf(signals);
            bkg = List.copyOf(bkg);
            data = List.copyOf(data);
            points = List.copyOf(points);
            regions = List.copyOf(regions);
        }
    }

    /** Runs the chain with the search's selection. */
    public static Result run(
            ResonanceConfig cfg, ResonanceSearchText text, RunContext ctx, CutFlowSelection selection) {
        List<SampleOutcome<SelectionResult>> backgrounds = new ArrayList<>();
        List<MassWindowCount.Background> bkg = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            SampleOutcome<SelectionResult> o = ctx.produce(b, selection);
            backgrounds.add(o);
            bkg.add(new MassWindowCount.Background(b.name(), o.result().events(), b.normalisationUncertainty()));
        }
        List<SelectedEvents> data =
                MassWindowCount.pseudoData(bkg, ctx.streams().stream("pseudo-data"), text.eventFeatures());

        List<SampleOutcome<SelectionResult>> signals = new ArrayList<>();
        List<MassPoint> points = new ArrayList<>();
        List<WindowBdt.Region> regions = new ArrayList<>();
        for (ResonanceConfig.Model model : cfg.signal().models()) {
            double[] masses = ctx.masses(model.grid());
            long events = ctx.signalEvents(model.grid());
            List<SampleOutcome<SelectionResult>> modelSignals = new ArrayList<>();
            for (double m : masses) {
                Map<String, String> given = new LinkedHashMap<>(model.parameters());
                given.put("mass", Double.toString(m));
                given.put(model.coupling(), Double.toString(model.generationCoupling()));
                ProcessParameters params = ctx.parameters(model.process(), given, "signal.models." + model.name());
                String tag = SignalGrid.massTag(m);
                SampleOutcome<SelectionResult> o = ctx.produce(
                        "signal/" + model.name() + "/" + tag,
                        model.label() + ", M = " + m + " GeV",
                        model.process(),
                        params,
                        events,
                        selection);
                modelSignals.add(new SampleOutcome<>(
                        model.name() + " " + tag, o.label(), o.generatedEvents(), o.result(), o.seconds()));
            }
            signals.addAll(modelSignals);
            List<MassPoint> cutBased = new ArrayList<>();
            for (int k = 0; k < masses.length; k++) {
                cutBased.add(cutBased(
                        cfg, text, ctx, model, masses[k], modelSignals.get(k).result(), bkg, data));
            }
            if (cfg.bdt().enabled()) {
                WindowBdt.Stage stage = WindowBdt.run(
                        cfg,
                        text,
                        ctx,
                        model,
                        masses,
                        modelSignals,
                        cutBased,
                        bkg,
                        data,
                        ctx.streams().child("bdt/" + model.name()));
                regions.addAll(stage.regions());
                points.addAll(stage.points());
            } else {
                points.addAll(cutBased);
            }
        }
        return new Result(cfg, text, ctx, backgrounds, signals, bkg, data, points, regions);
    }

    /** The cut-based window and limit of one model at one mass. */
    static MassPoint cutBased(
            ResonanceConfig cfg,
            ResonanceSearchText text,
            RunContext ctx,
            ResonanceConfig.Model model,
            double mass,
            SelectionResult signal,
            List<MassWindowCount.Background> bkg,
            List<SelectedEvents> data) {
        double generated = signal.flow().weight(0);
        double sigmaBrFb = generated / ctx.luminosityFb();
        SelectedEvents ev = signal.events();
        if (ev.size() < MassWindowCount.MIN_SIGNAL_EVENTS) {
            return new MassPoint(
                    model.name(),
                    mass,
                    sigmaBrFb,
                    model.generationCoupling(),
                    ev.size(),
                    "cut-based",
                    ev.totalWeight() / generated,
                    null,
                    null,
                    Double.POSITIVE_INFINITY,
                    Double.NaN);
        }
        double resolution = MassWindowCount.resolution(ev, mass);
        List<IntPredicate> all = MassWindowCount.acceptAll(bkg.size());
        MassWindowCount.Window w = MassWindowCount.window(
                mass, resolution, cfg.scan(), ev, i -> true, generated, ctx.luminosityFb(), bkg, all, data, all);
        ClsLimit limit = MassWindowCount.limit(
                MassWindowCount.workspace(
                        text.workspacePrefix(),
                        model.name() + "_" + SignalGrid.massTag(mass),
                        w,
                        bkg,
                        cfg.signal().efficiencyUncertainty(),
                        ""),
                cfg.scan().cl(),
                w.signalYield());
        return new MassPoint(
                model.name(),
                mass,
                sigmaBrFb,
                model.generationCoupling(),
                ev.size(),
                "cut-based",
                w.signalYield() / ctx.luminosityFb(),
                w,
                limit,
                limit.median(),
                Double.NaN);
    }
}

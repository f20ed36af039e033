package io.upsilon.searches.xmumu;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * {@code upsilon run x-mumu}: the Belle II search for a mu+ mu- resonance X in e+e- -&gt; mu+ mu- X, X -&gt; mu+
 * mu- (PRD 109, 112015, arXiv:2403.02841), from generation to the limit plots.
 *
 * <ol>
 *   <li>The four-lepton backgrounds and, for each model (the L_mu - L_tau Z' and the muonphilic scalar), the
 *       signal at each mass with X -&gt; mu mu forced are generated as weighted events, preselected, run
 *       through the fast simulation and selected ({@link XMuMuSelection}); weights are scaled to the
 *       luminosity.
 *   <li>A pseudo-dataset of events is drawn from the background expectation (each simulated event
 *       repeated a Poisson number of times with its weight as mean) with the stream {@code pseudo-data}.
 *   <li>At each mass the signal's resolution sets a counting window in the mass of the pair closest to the
 *       mass hypothesis; a one-bin workspace gives the CLs limit on sigma x BR ({@link MassWindowCount}),
 *       and with the classifier stage ({@link XMuMuBdt}) a second one; the lower median expected limit
 *       is kept. The coupling limit follows from sigma x BR proportional to the coupling squared.
 *   <li>{@link XMuMuReport} writes the tables, plots, workspaces, HEPData and summary.
 * </ol>
 */
public final class XMuMuSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "X -> mu mu in e+e- -> mu+ mu- X (L_mu - L_tau Z', muonphilic scalar), Belle II PRD 109, 112015 (178 fb^-1)";

    /** Registry name. */
    public static final String NAME = "x-mumu";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public XMuMuSearch() {
        super(NAME, DESCRIPTION, XMuMuConfig.QUICK);
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        XMuMuConfig cfg = XMuMuConfig.read(root, ctx.common());
        XMuMuSelection selection = new XMuMuSelection(cfg, ctx.beam());

        List<SampleOutcome<SelectionResult>> backgrounds = new ArrayList<>();
        List<MassWindowCount.Background> bkg = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            SampleOutcome<SelectionResult> o = ctx.produce(b, selection);
            backgrounds.add(o);
            bkg.add(new MassWindowCount.Background(b.name(), o.result().events(), b.normalisationUncertainty()));
        }
        List<SelectedEvents> data = pseudoData(bkg, ctx.streams().stream("pseudo-data"));

        List<SampleOutcome<SelectionResult>> signals = new ArrayList<>();
        List<MassPoint> points = new ArrayList<>();
        List<XMuMuBdt.Region> regions = new ArrayList<>();
        for (XMuMuConfig.Model model : cfg.signal().models()) {
            double[] masses = ctx.masses(model.grid());
            long events = ctx.signalEvents(model.grid());
            List<SampleOutcome<SelectionResult>> modelSignals = new ArrayList<>();
            for (double m : masses) {
                Map<String, String> given = new LinkedHashMap<>(model.parameters());
                given.put("mass", Double.toString(m));
                given.put(model.coupling(), Double.toString(model.generationCoupling()));
                ProcessParameters params = ctx.parameters(model.process(), given, "signal.models." + model.name());
                String tag = MassWindowCount.massTag(m);
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
                cutBased.add(
                        cutBased(cfg, ctx, model, masses[k], modelSignals.get(k).result(), bkg, data));
            }
            if (cfg.bdt().enabled()) {
                XMuMuBdt.Stage stage = XMuMuBdt.run(
                        cfg,
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

        XMuMuReport report = new XMuMuReport(cfg, ctx, backgrounds, signals, bkg, data, points, regions);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /** The cut-based window and limit of one model at one mass. */
    static MassPoint cutBased(
            XMuMuConfig cfg,
            RunContext ctx,
            XMuMuConfig.Model model,
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
        MassWindowCount.Limit limit = MassWindowCount.limit(
                MassWindowCount.workspace(
                        model.name() + "_" + MassWindowCount.massTag(mass),
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

    /**
     * A pseudo-dataset drawn from the background expectation: each selected background event appears a
     * Poisson number of times with its weight (expected events) as mean; unit weights. One part per
     * background, whose copies keep the event numbers of their simulated events: the classifier stage
     * scores a copy with the classifier of its event's fold, which did not train on it (scored by the
     * classifier that did, the pseudo-data would pass the cut less often than the background estimate).
     */
    static List<SelectedEvents> pseudoData(List<MassWindowCount.Background> bkg, RandomStream rng) {
        List<SelectedEvents> parts = new ArrayList<>();
        for (MassWindowCount.Background b : bkg) {
            SelectedEvents out = new SelectedEvents(XMuMuSelection.EVENT_FEATURES);
            SelectedEvents ev = b.events();
            for (int i = 0; i < ev.size(); i++) {
                int n = rng.nextPoisson(ev.weight(i));
                for (int c = 0; c < n; c++) {
                    out.add(ev.eventNumber(i), ev.observable(i), 1.0, ev.features(i));
                }
            }
            parts.add(out);
        }
        return parts;
    }
}

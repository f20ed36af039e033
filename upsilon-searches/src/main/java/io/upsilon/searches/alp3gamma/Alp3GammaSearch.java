package io.upsilon.searches.alp3gamma;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.WindowCount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code upsilon run alp-3gamma}: the Belle II search for e+e- → γa, a → γγ (PRL 125, 161806, 445
 * pb⁻¹ of 2018 data), from generation to the limits on g_aγγ versus m_a.
 *
 * <ol>
 *   <li>Backgrounds: e+e- → γγγ with the exact tree-level matrix element ({@code ee-gammagammagamma})
 *       and e+e- → γγ(γ) with the leading-log photon ({@code ee-gammagamma}), whose events with three
 *       photons inside the first sample's generation region are dropped (the matching, see {@link
 *       io.upsilon.generators.process.ThreePhotonRegion}); signal ee-gamma-alp at each mass.
 *   <li>Fast simulation and the three-photon selection ({@link Alp3GammaSelection}).
 *   <li>At each mass a window from the simulated resolution and a one-bin CLs limit on the signal
 *       strength at the generated coupling ({@link Alp3GammaFit}); since σ ∝ g², the limit on g_aγγ is
 *       g_gen √μ_up.
 *   <li>{@link Alp3GammaReport}: tables, Brazil plots with the published limit beside, HEPData, summary.
 * </ol>
 */
public final class Alp3GammaSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "ALP a -> gamma gamma in e+e- -> gamma a (three photons), Belle II PRL 125, 161806 (445 pb^-1)";

    /** Registry name. */
    public static final String NAME = "alp-3gamma";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public Alp3GammaSearch() {
        super(NAME, DESCRIPTION, Alp3GammaConfig.QUICK);
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        Alp3GammaConfig cfg = Alp3GammaConfig.read(root, ctx.common());
        Alp3GammaSelection plain = new Alp3GammaSelection(cfg, ctx.beam(), null);
        Alp3GammaSelection vetoed =
                new Alp3GammaSelection(cfg, ctx.beam(), cfg.matching().region());

        List<SampleOutcome<SelectionResult>> backgrounds = new ArrayList<>();
        List<WindowCount.Background> fitBackgrounds = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            boolean veto = cfg.matching().vetoes(b);
            SampleOutcome<SelectionResult> o = ctx.produce(b, veto ? vetoed : plain);
            backgrounds.add(o);
            fitBackgrounds.add(new WindowCount.Background(b.name(), o.result().events(), b.normalisationUncertainty()));
        }

        double[] masses = ctx.masses(cfg.signal().grid());
        long signalEvents = ctx.signalEvents(cfg.signal().grid());
        Process signalProcess = cfg.signal().grid().process();
        double g0 = cfg.signal().generationGagg();
        List<SampleOutcome<SelectionResult>> signals = new ArrayList<>();
        List<WindowCount.MassPoint> points = new ArrayList<>();
        for (double m : masses) {
            Map<String, String> given = new LinkedHashMap<>();
            given.put("mass", Double.toString(m));
            given.put("gagg", Double.toString(g0));
            ProcessParameters params = ctx.parameters(signalProcess, given, "signal.masses");
            String tag = SignalGrid.massTag(m);
            SampleOutcome<SelectionResult> o =
                    ctx.produce("signal/" + tag, "ALP m = " + m + " GeV", signalProcess, params, signalEvents, plain);
            signals.add(new SampleOutcome<>("signal " + tag, o.label(), o.generatedEvents(), o.result(), o.seconds()));
            SelectionResult r = o.result();
            double generated = r.flow().weight(0);
            WindowCount.Window w = Alp3GammaFit.window(
                    m,
                    r.events(),
                    fitBackgrounds,
                    cfg.fit().windowSigmas(),
                    cfg.signal().efficiencyUncertainty());
            ClsLimit limit = w == null ? null : Alp3GammaFit.limit(w, cfg.fit().cl());
            points.add(new WindowCount.MassPoint(
                    m, generated / ctx.luminosityFb(), generated, r.events().size(), w, limit));
        }

        Alp3GammaReport report = new Alp3GammaReport(cfg, ctx, backgrounds, signals, points);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }
}

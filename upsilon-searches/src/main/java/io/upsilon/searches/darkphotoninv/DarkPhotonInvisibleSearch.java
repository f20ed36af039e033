package io.upsilon.searches.darkphotoninv;

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
 * {@code upsilon run darkphoton-invisible}: the single-photon search for e+e- → γA′, A′ → invisible with
 * the method of BaBar (PRL 119, 131804, arXiv:1702.03327) at a Belle II luminosity, from generation to
 * the expected limits on the kinetic mixing ε versus m_A′.
 *
 * <ol>
 *   <li>Backgrounds: e+e- → γγ(γ) generated down to 3 deg of the beams (a photon lost down the beam pipe
 *       or into an ECL gap, where the card's KLM photon response vetoes it), e+e- → γγγ with the exact
 *       matrix element (two photons lost; the γγ sample's events inside its region are dropped, the
 *       matching of {@link io.upsilon.generators.process.ThreePhotonRegion}), radiative Bhabha e+e- → e+e-γ with both
 *       electrons within 25° of the beams (exact matrix element, {@code ee-eegamma}) and the irreducible
 *       e+e- → νν̄γ; signal ee-gamma-darkphoton at each mass.
 *   <li>Fast simulation and the single-photon selection ({@link DarkPhotonInvSelection}).
 *   <li>At each mass a window in M_X^2 = s − 2√s E*_γ from the simulated resolution and a one-bin CLs
 *       limit on the signal strength at the generated ε ({@link DarkPhotonInvFit}); ε_up = ε_gen √μ_up.
 *   <li>{@link DarkPhotonInvReport}: distributions, the Brazil plot with BaBar's limit beside, summary.
 * </ol>
 */
public final class DarkPhotonInvisibleSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION = "Invisible dark photon in e+e- -> gamma A' (single photon), BaBar PRL 119, 131804"
            + " method at a Belle II luminosity";

    /** Registry name. */
    public static final String NAME = "darkphoton-invisible";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public DarkPhotonInvisibleSearch() {
        super(NAME, DESCRIPTION, DarkPhotonInvConfig.QUICK);
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        DarkPhotonInvConfig cfg = DarkPhotonInvConfig.read(root, ctx.common());
        DarkPhotonInvSelection plain = new DarkPhotonInvSelection(cfg, ctx.beam(), null);
        DarkPhotonInvSelection vetoed =
                new DarkPhotonInvSelection(cfg, ctx.beam(), cfg.matching().region());

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
        double eps = cfg.signal().generationEpsilon();
        List<SampleOutcome<SelectionResult>> signals = new ArrayList<>();
        List<WindowCount.MassPoint> points = new ArrayList<>();
        for (double m : masses) {
            Map<String, String> given = new LinkedHashMap<>();
            given.put("mass", Double.toString(m));
            given.put("epsilon", Double.toString(eps));
            given.put("cosmax", Double.toString(cfg.signal().cosMax()));
            ProcessParameters params = ctx.parameters(signalProcess, given, "signal.masses");
            String tag = SignalGrid.massTag(m);
            SampleOutcome<SelectionResult> o =
                    ctx.produce("signal/" + tag, "A' m = " + m + " GeV", signalProcess, params, signalEvents, plain);
            signals.add(new SampleOutcome<>("signal " + tag, o.label(), o.generatedEvents(), o.result(), o.seconds()));
            SelectionResult r = o.result();
            double generated = r.flow().weight(0);
            WindowCount.Window w = DarkPhotonInvFit.window(
                    m, r.events(), fitBackgrounds, cfg.fit(), cfg.signal().efficiencyUncertainty());
            ClsLimit limit =
                    w == null ? null : DarkPhotonInvFit.limit(w, cfg.fit().cl());
            points.add(new WindowCount.MassPoint(
                    m, generated / ctx.luminosityFb(), generated, r.events().size(), w, limit));
        }

        DarkPhotonInvReport report = new DarkPhotonInvReport(cfg, ctx, backgrounds, signals, points);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }
}

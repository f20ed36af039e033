package io.upsilon.searches.zprime;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.generators.process.LMuLTauZPrime;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.CrossTrainedBdt;
import io.upsilon.searches.Histograms;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RegionBdtConfig;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code upsilon run zprime-invisible}: the Belle II search for e+e- → μ+μ−Z′, Z′ → invisible
 * (L_μ − L_τ), from generation to the limit plot.
 *
 * <ol>
 *   <li>Backgrounds (μμ(γ), ττ(γ), eeμμ) and the signal at each mass are generated as weighted
 *       events, preselected at generator level, run through the Belle II fast simulation and
 *       selected ({@link ZPrimeSelection}); weights are scaled to the luminosity.
 *   <li>A pseudo-dataset is drawn from the background expectation with the job's seed.
 *   <li>At each mass, a fit window in M_rec² and a HistFactory workspace give the asymptotic CLs
 *       limit on σ × BR(invisible), then on g′ through the generated cross section (σ ∝ g′²) and
 *       BR(Z′ → invisible) ({@link ZPrimeFit}).
 *   <li>{@link ZPrimeReport} writes the tables, plots, workspaces, HEPData and summary.
 * </ol>
 */
public final class ZPrimeInvisibleSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "Z' -> invisible in e+e- -> mu+ mu- Z' (L_mu - L_tau), Belle II PRL 130, 231801 (79.7 fb^-1)";

    /** Registry name. */
    public static final String NAME = "zprime-invisible";

    private static final long PILOT_EVENTS = 200_000;
    private static final double QUICK_BACKGROUND_FRACTION = 0.01;
    private static final long QUICK_SIGNAL_EVENTS = 4000;

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public ZPrimeInvisibleSearch() {
        super(NAME, DESCRIPTION, ZPrimeConfig.QUICK);
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        ZPrimeConfig cfg = ZPrimeConfig.read(root, ctx.common());
        ZPrimeSelection selection = new ZPrimeSelection(cfg, ctx.beam());

        List<SampleOutcome<SelectionResult>> backgrounds = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            backgrounds.add(ctx.produce(b, selection));
        }

        // Signal grid.
        double[] masses = ctx.masses(cfg.signal().grid());
        long signalEvents = ctx.signalEvents(cfg.signal().grid());
        List<SampleOutcome<SelectionResult>> signals = new ArrayList<>();
        Process signalProcess = cfg.signal().process();
        for (double m : masses) {
            Map<String, String> given = new LinkedHashMap<>();
            given.put("mass", Double.toString(m));
            given.put("gprime", Double.toString(cfg.signal().generationGprime()));
            given.put("scenario", "1"); // Z' written as one invisible particle: the recoil is all that matters
            ProcessParameters params = ctx.parameters(signalProcess, given, "signal.masses");
            String tag = SignalGrid.massTag(m);
            SampleOutcome<SelectionResult> o = ctx.produce(
                    "signal/" + tag, "Z' M = " + m + " GeV", signalProcess, params, signalEvents, selection);
            signals.add(new SampleOutcome<>("signal " + tag, o.label(), o.generatedEvents(), o.result(), o.seconds()));
        }

        // Histograms: backgrounds and pseudo-data.
        ZPrimeConfig.Observable obs = cfg.observable();
        Axis axis = Axis.regular(obs.bins(), obs.lo(), obs.hi());
        List<ZPrimeFit.BackgroundHist> bkgHists = new ArrayList<>();
        Hist1D total = new Hist1D(axis);
        for (int i = 0; i < backgrounds.size(); i++) {
            Hist1D h = fill(axis, backgrounds.get(i).result(), 1.0);
            bkgHists.add(new ZPrimeFit.BackgroundHist(
                    cfg.backgrounds().get(i).name(), h, cfg.backgrounds().get(i).normalisationUncertainty()));
            total.add(h);
        }
        Hist1D data = Histograms.pseudoData(total, ctx.streams().stream("pseudo-data"));

        // Limits at each mass with the common selection ("cut-based").
        double g0 = cfg.signal().generationGprime();
        ZPrimeFit.Candidate[] cutBased = new ZPrimeFit.Candidate[masses.length];
        for (int k = 0; k < masses.length; k++) {
            SelectionResult r = signals.get(k).result();
            cutBased[k] = evaluate(masses[k], "cut-based", r.events(), r.flow().weight(0), axis, bkgHists, data, cfg);
        }

        // The BDT stage: one classifier per mass region; a mass uses it where the expected limit improves.
        List<ZPrimeBdt.Region> regions = new ArrayList<>();
        List<ZPrimeReport.RegionPlot> regionPlots = new ArrayList<>();
        ZPrimeFit.Candidate[] withBdt = new ZPrimeFit.Candidate[masses.length];
        RegionBdtConfig bdtCfg = cfg.bdt();
        if (bdtCfg.enabled()) {
            io.upsilon.core.random.RandomStreams bdtStreams = ctx.streams().child("bdt");
            long[] bkgSalts = new long[backgrounds.size()];
            List<io.upsilon.searches.SelectedEvents> bkgEvents = new ArrayList<>();
            for (int b = 0; b < backgrounds.size(); b++) {
                bkgSalts[b] = CrossTrainedBdt.splitSalt(
                        bdtStreams, cfg.backgrounds().get(b).name());
                bkgEvents.add(backgrounds.get(b).result().events());
            }
            for (int reg = 0; reg < bdtCfg.regionLow().length; reg++) {
                List<Integer> inRegion = new ArrayList<>();
                double lo = Double.POSITIVE_INFINITY;
                double hi = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < masses.length; k++) {
                    if (bdtCfg.regionOf(masses[k]) == reg && cutBased[k].window() != null) {
                        inRegion.add(k);
                        lo = Math.min(lo, cutBased[k].window().lo());
                        hi = Math.max(hi, cutBased[k].window().hi());
                    }
                }
                if (inRegion.isEmpty()) {
                    continue;
                }
                List<io.upsilon.searches.SelectedEvents> sig = new ArrayList<>();
                long[] sigSalts = new long[inRegion.size()];
                for (int j = 0; j < inRegion.size(); j++) {
                    sig.add(signals.get(inRegion.get(j)).result().events());
                    sigSalts[j] = CrossTrainedBdt.splitSalt(
                            bdtStreams, "signal-" + SignalGrid.massTag(masses[inRegion.get(j)]));
                }
                ZPrimeBdt.Region region;
                try {
                    region = ZPrimeBdt.train(
                            bdtCfg.regionLow()[reg],
                            bdtCfg.regionHigh()[reg],
                            sig,
                            sigSalts,
                            bkgEvents,
                            bkgSalts,
                            lo,
                            hi,
                            bdtCfg,
                            ZPrimeBdt.xgboostSeed(bdtStreams, reg));
                } catch (IllegalArgumentException e) {
                    continue; // a fold whose training rows lack a class: the cut-based results stay
                }
                regions.add(region);
                // Background templates and pseudo-data after this region's cut.
                List<ZPrimeFit.BackgroundHist> regionBkg = new ArrayList<>();
                Hist1D regionTotal = new Hist1D(axis);
                for (int b = 0; b < backgrounds.size(); b++) {
                    // Factorised: the shape before the cut times the pass fraction in the region's windows.
                    Hist1D h = bkgHists.get(b).hist().scaled(region.backgroundPass()[b]);
                    String name = cfg.backgrounds().get(b).name();
                    regionBkg.add(new ZPrimeFit.BackgroundHist(
                            name,
                            h,
                            cfg.backgrounds().get(b).normalisationUncertainty(),
                            "bdt_pass_" + name + "_region" + reg,
                            region.backgroundPassError()[b]));
                    regionTotal.add(h);
                }
                Hist1D regionData =
                        Histograms.pseudoData(regionTotal, ctx.streams().stream("pseudo-data/bdt-region-" + reg));
                List<ZPrimeReport.SignalShape> shapes = new ArrayList<>();
                for (int k : inRegion) {
                    SelectionResult r = signals.get(k).result();
                    var kept = ZPrimeBdt.selected(
                            region,
                            r.events(),
                            CrossTrainedBdt.splitSalt(bdtStreams, "signal-" + SignalGrid.massTag(masses[k])));
                    withBdt[k] = evaluate(masses[k], "bdt", kept, r.flow().weight(0), axis, regionBkg, regionData, cfg);
                    shapes.add(new ZPrimeReport.SignalShape(
                            masses[k],
                            Histograms.fill(axis, kept, 1.0),
                            r.flow().weight(0)));
                }
                regionPlots.add(new ZPrimeReport.RegionPlot(region, lo, hi, regionBkg, regionData, shapes));
            }
        }

        List<ZPrimeReport.MassPoint> points = new ArrayList<>();
        for (int k = 0; k < masses.length; k++) {
            double m = masses[k];
            SelectionResult r = signals.get(k).result();
            double sigmaG1Fb = r.flow().weight(0) / ctx.luminosityFb() / (g0 * g0);
            double brInv =
                    cfg.signal().fullyInvisible() ? 1.0 : new LMuLTauZPrime(m, g0, 0).invisibleBranchingFraction();
            ZPrimeFit.Candidate chosen = cutBased[k];
            if (withBdt[k] != null && withBdt[k].expectedMedian() < chosen.expectedMedian()) {
                chosen = withBdt[k];
            }
            points.add(new ZPrimeReport.MassPoint(
                    m,
                    sigmaG1Fb,
                    brInv,
                    r.events().size(),
                    chosen,
                    cutBased[k].expectedMedian(),
                    withBdt[k] == null ? Double.NaN : withBdt[k].expectedMedian()));
        }

        ZPrimeReport report =
                new ZPrimeReport(cfg, ctx, backgrounds, signals, axis, bkgHists, data, points, regions, regionPlots);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /**
     * The limit at one mass from the given selected signal events (weights in expected events at the
     * generated cross section, which {@code generated} holds times L) against the given backgrounds.
     */
    private static ZPrimeFit.Candidate evaluate(
            double m,
            String selection,
            io.upsilon.searches.SelectedEvents signal,
            double generated,
            Axis axis,
            List<ZPrimeFit.BackgroundHist> bkg,
            Hist1D data,
            ZPrimeConfig cfg) {
        double sumw = 0;
        double sumw2 = 0;
        for (int i = 0; i < signal.size(); i++) {
            sumw += signal.weight(i);
            sumw2 += signal.weight(i) * signal.weight(i);
        }
        double eff = sumw / generated;
        double effErr = Math.sqrt(sumw2) / generated;
        if (signal.size() < ZPrimeFit.MIN_SIGNAL_EVENTS) {
            return new ZPrimeFit.Candidate(selection, eff, effErr, null, null);
        }
        // Template at sigma x BR = 1 fb: expected events eff x L.
        Hist1D sig = Histograms.fill(axis, signal, cfg.common().luminosityFb() / generated);
        ZPrimeFit.Window w = ZPrimeFit.window(
                m, sig, signal, bkg, data, cfg.fit(), cfg.signal().efficiencyUncertainty());
        return new ZPrimeFit.Candidate(
                selection,
                eff,
                effErr,
                w,
                ZPrimeFit.limit(w.workspace(), cfg.fit().cl()));
    }

    /** The selected events' observable, weights times {@code scale}. */
    static Hist1D fill(Axis axis, SelectionResult r, double scale) {
        return Histograms.fill(axis, r.events(), scale);
    }
}

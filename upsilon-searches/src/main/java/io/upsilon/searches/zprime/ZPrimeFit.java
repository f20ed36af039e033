package io.upsilon.searches.zprime;

import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import java.util.Arrays;
import java.util.List;

/**
 * The statistical part of the Z' search at one mass: a fit window in M_rec² around the signal
 * peak, a HistFactory workspace (signal with a free normalisation mu for sigma = 1 fb, each
 * background with its normalisation uncertainty, Monte Carlo statistics as staterror) and the
 * asymptotic CLs upper limit on mu with the expected band. Because the signal template is
 * normalised to 1 fb, the limit on mu is the limit on sigma(e+e- → μ+μ−Z′) × BR(Z′ → invisible) in fb.
 */
final class ZPrimeFit {
    /** Fewest weighted signal events (selected) for a usable template. */
    static final int MIN_SIGNAL_EVENTS = 20;

    /** The parameter of interest: the signal strength at sigma x BR = 1 fb. */
    static final String POI = "mu";

    /** The staterror set shared by all samples. */
    static final String MC_STAT = "mcstat";

    private ZPrimeFit() {}

    /**
     * A named background's fine histogram (expected events), its normalisation uncertainty, and
     * optionally one more normalisation uncertainty (e.g. a classifier's pass fraction).
     */
    record BackgroundHist(
            String name, Hist1D hist, double normalisationUncertainty, String extraName, double extraUncertainty) {
        BackgroundHist(String name, Hist1D hist, double normalisationUncertainty) {
            this(name, hist, normalisationUncertainty, null, 0);
        }
    }

    /**
     * The window and workspace at one mass.
     *
     * @param lo window low edge (observable units)
     * @param hi window high edge
     * @param edges bin edges inside the window (after merging bins with no background)
     * @param workspace the HistFactory workspace (pyhf JSON-ready)
     * @param signalYield expected signal events in the window at sigma = 1 fb
     * @param backgroundYield expected background events in the window
     * @param observed pseudo-data events in the window
     */
    record Window(
            double lo,
            double hi,
            double[] edges,
            Workspace workspace,
            double signalYield,
            double backgroundYield,
            double observed) {}

    /**
     * One way of selecting the signal at one mass and its limit.
     *
     * @param selection "cut-based" or "bdt"
     * @param efficiency signal efficiency (of all generated events)
     * @param efficiencyError its Monte Carlo error
     * @param window fit window and workspace, or null when the template had too few events
     * @param limit the limit, or null
     */
    record Candidate(String selection, double efficiency, double efficiencyError, Window window, ClsLimit limit) {
        /** Median expected limit, or +infinity when there is none. */
        double expectedMedian() {
            return limit != null && limit.converged() ? limit.expected()[2] : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * Builds the window and workspace.
     *
     * @param mass Z' mass (for names)
     * @param signalHist the signal's fine histogram, expected events at sigma = 1 fb
     * @param signal the selected signal events, weights in expected events at sigma = 1 fb
     * @param backgrounds the backgrounds' fine histograms
     * @param data the pseudo-data fine histogram
     * @param fit window quantiles and bins
     * @param signalEfficiencyUncertainty relative, in [0, 1)
     */
    static Window window(
            double mass,
            Hist1D signalHist,
            SelectedEvents signal,
            List<BackgroundHist> backgrounds,
            Hist1D data,
            ZPrimeConfig.Fit fit,
            double signalEfficiencyUncertainty) {
        double qlo = signal.observableQuantile(fit.windowLow());
        double qhi = signal.observableQuantile(fit.windowHigh());
        String tag = SignalGrid.massTag(mass);
        ChannelTemplate channel = ChannelTemplate.of(
                        "mrec2_" + tag, BinGrouping.window(data.axis(), qlo, qhi, fit.windowBins()))
                .mergingEmptyBackgroundBins()
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", signalHist)
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", signalEfficiencyUncertainty)
                        .withStatError(MC_STAT))
                .withObserved(data);
        for (BackgroundHist b : backgrounds) {
            SampleTemplate t = SampleTemplate.background(b.name(), b.hist())
                    .withNormSys("norm_" + b.name(), b.normalisationUncertainty());
            if (b.extraName() != null) {
                t = t.withNormSys(b.extraName(), b.extraUncertainty());
            }
            channel = channel.withSample(t.withStatError(MC_STAT));
        }
        Workspace ws = WorkspaceBuilder.measurement("zprime_" + tag, POI)
                .parameter(POI, 1.0, 0, 1e6)
                .channel(channel)
                .build();
        List<Sample> samples = ws.channels().get(0).samples();
        double bkgTotal = 0;
        for (Sample s : samples.subList(1, samples.size())) {
            bkgTotal += Arrays.stream(s.data()).sum();
        }
        double[] edges = channel.edges();
        return new Window(
                edges[0],
                edges[edges.length - 1],
                edges,
                ws,
                Arrays.stream(samples.get(0).data()).sum(),
                bkgTotal,
                Arrays.stream(ws.observations().get(0).data()).sum());
    }

    /** Asymptotic CLs limit with the qtilde test statistic. */
    static ClsLimit limit(Workspace ws, double cl) {
        return ClsLimit.asymptotic(ws, cl, 10, "zprime workspace");
    }
}

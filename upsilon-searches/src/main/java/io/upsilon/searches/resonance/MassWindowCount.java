package io.upsilon.searches.resonance;

import io.upsilon.core.random.RandomStream;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The statistics of a mass scan at one mass hypothesis m: each event contributes the opposite-sign
 * pair whose candidate mass is closest to m ({@link OppositeSignPairs#closest}); the window is m +- k
 * sigma(m) with sigma(m) the signal's resolution; a one-bin HistFactory workspace (signal with a free
 * strength mu at sigma x BR = 1 fb and its efficiency uncertainty; each background with its
 * normalisation and Monte Carlo uncertainties as normsys) gives the asymptotic CLs upper limit on mu,
 * that is on sigma(e+e- -&gt; mu+ mu- X) x BR(X -&gt; the searched final state) in fb. Shared by the x-mumu
 * (dimuon mass) and x-tautau (mass recoiling against the muon pair) searches.
 */
public final class MassWindowCount {
    /** The parameter of interest: the signal strength at sigma x BR = 1 fb. */
    public static final String POI = "mu";

    /** Fewest selected signal events for a usable resolution and efficiency. */
    public static final int MIN_SIGNAL_EVENTS = 20;

    /** Cap of a relative normalisation uncertainty (a normsys needs a positive down variation). */
    public static final double MAX_RELATIVE_ERROR = 0.9;

    /** Floor of the expected background (events): the asymptotic formulae need b &gt; 0. */
    public static final double MIN_BACKGROUND = 0.01;

    private MassWindowCount() {}

    /** A background sample's selected events with its normalisation uncertainty. */
    public record Background(String name, SelectedEvents events, double normalisationUncertainty) {}

    /**
     * The counts in one window.
     *
     * @param lo low window edge, GeV
     * @param hi high window edge
     * @param resolution the signal's dimuon-mass resolution at this mass, GeV
     * @param signalYield expected signal events at sigma x BR = 1 fb
     * @param background expected events of each background
     * @param backgroundMcError relative Monte Carlo error of each
     * @param observed pseudo-data events
     */
    public record Window(
            double lo,
            double hi,
            double resolution,
            double signalYield,
            double[] background,
            double[] backgroundMcError,
            double observed) {
        /** The total expected background. */
        public double totalBackground() {
            return Arrays.stream(background).sum();
        }
    }

    /**
     * The resolution at mass m: half the 16-84% range of (closest pair mass - m) over the selected signal
     * events (weighted), a width that is robust against the tails of wrong pairings and radiation.
     */
    public static double resolution(SelectedEvents signal, double mass) {
        int n = signal.size();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            float[] f = signal.features(i);
            r[i] = f[OppositeSignPairs.closest(f, mass)] - mass;
        }
        return 0.5 * (signal.quantile(r, 0.84) - signal.quantile(r, 0.16));
    }

    /** Whether event i's pair closest to {@code mass} lies in [lo, hi). */
    public static boolean inWindow(SelectedEvents ev, int i, double mass, double lo, double hi) {
        float[] f = ev.features(i);
        double m = f[OppositeSignPairs.closest(f, mass)];
        return m >= lo && m < hi;
    }

    /** The summed weight and summed squared weight of the events in the window that {@code keep} accepts. */
    public static double[] sum(SelectedEvents ev, double mass, double lo, double hi, IntPredicate keep) {
        double sw = 0;
        double sw2 = 0;
        for (int i = 0; i < ev.size(); i++) {
            if (keep.test(i) && inWindow(ev, i, mass, lo, hi)) {
                double w = ev.weight(i);
                sw += w;
                sw2 += w * w;
            }
        }
        return new double[] {sw, sw2};
    }

    /**
     * The window at one mass.
     *
     * @param signal the selected signal events (weights: expected events at the generated sigma x BR)
     * @param signalKeep which signal events pass the (optional) classifier cut
     * @param generated expected events at the generated sigma x BR before any cut (sigma x BR x L)
     * @param luminosityFb the luminosity in fb^-1
     * @param backgrounds the backgrounds' selected events
     * @param backgroundKeep which background events pass, per background
     * @param pseudoData the pseudo-dataset's events (unit weights), one part per background (copies of its events)
     * @param dataKeep which pseudo-data events pass, per part
     */
    public static Window window(
            double mass,
            double resolution,
            MassScan scan,
            SelectedEvents signal,
            IntPredicate signalKeep,
            double generated,
            double luminosityFb,
            List<Background> backgrounds,
            List<IntPredicate> backgroundKeep,
            List<SelectedEvents> pseudoData,
            List<IntPredicate> dataKeep) {
        double half = Math.max(scan.minHalfWidth(), scan.windowSigmas() * resolution);
        double lo = mass - half;
        double hi = mass + half;
        double eff = sum(signal, mass, lo, hi, signalKeep)[0] / generated;
        double[] b = new double[backgrounds.size()];
        double[] berr = new double[backgrounds.size()];
        for (int k = 0; k < b.length; k++) {
            double[] s = sum(backgrounds.get(k).events(), mass, lo, hi, backgroundKeep.get(k));
            b[k] = s[0];
            berr[k] = s[0] > 0 ? Math.min(MAX_RELATIVE_ERROR, Math.sqrt(s[1]) / s[0]) : 0;
        }
        double observed = 0;
        for (int k = 0; k < pseudoData.size(); k++) {
            observed += sum(pseudoData.get(k), mass, lo, hi, dataKeep.get(k))[0];
        }
        return new Window(lo, hi, resolution, eff * luminosityFb, b, berr, observed);
    }

    /** The one-bin workspace of a window, measurement {@code search + "_" + name}. */
    public static Workspace workspace(
            String search,
            String name,
            Window w,
            List<Background> backgrounds,
            double efficiencyUncertainty,
            String mcStatSuffix) {
        ChannelTemplate channel = ChannelTemplate.of("window_" + name, BinGrouping.allBins(1))
                .withSample(SampleTemplate.signal("signal", w.signalYield())
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", efficiencyUncertainty));
        double floor = MIN_BACKGROUND;
        boolean any = false;
        for (int k = 0; k < backgrounds.size(); k++) {
            double b = w.background()[k];
            if (!(b > 0)) {
                continue;
            }
            any = true;
            String bn = backgrounds.get(k).name();
            channel = channel.withSample(SampleTemplate.background(bn, b)
                    .withNormSys("norm_" + bn, backgrounds.get(k).normalisationUncertainty())
                    .withNormSys("mcstat_" + bn + mcStatSuffix, w.backgroundMcError()[k]));
        }
        if (!any) {
            // No simulated background event in the window: a token background keeps the asymptotics defined.
            channel = channel.withSample(SampleTemplate.background("none_simulated", floor));
        }
        channel = channel.withObserved(w.observed());
        return WorkspaceBuilder.measurement(search + "_" + name, POI)
                .parameter(POI, 1.0, 0, 1e6)
                .channel(channel)
                .build();
    }

    /** Asymptotic CLs limit with the qtilde test statistic. */
    public static ClsLimit limit(Workspace ws, double cl, double signalYield) {
        return ClsLimit.asymptotic(ws, cl, ClsLimit.counting(signalYield), "mass-window workspace");
    }

    /**
     * A pseudo-dataset drawn from the background expectation: each selected background event appears a
     * Poisson number of times with its weight (expected events) as mean; unit weights. One part per
     * background, whose copies keep the event numbers of their simulated events: the classifier stage
     * scores a copy with the classifier of its event's fold, which did not train on it (scored by the
     * classifier that did, the pseudo-data would pass the cut less often than the background estimate).
     *
     * @param bkg the backgrounds
     * @param rng the stream of the pseudo-data
     * @param eventFeatures features per stored event
     */
    public static List<SelectedEvents> pseudoData(List<Background> bkg, RandomStream rng, int eventFeatures) {
        List<SelectedEvents> parts = new ArrayList<>();
        for (Background b : bkg) {
            SelectedEvents out = new SelectedEvents(eventFeatures);
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

    /** The indices of a list of predicates that accept everything, one per background. */
    public static List<IntPredicate> acceptAll(int n) {
        List<IntPredicate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(j -> true);
        }
        return out;
    }
}

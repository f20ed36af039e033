package io.upsilon.searches.alp3gamma;

import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The statistical part of the ALP search at one mass: a window in the diphoton mass centred on the
 * simulated signal peak with a half-width of k times its resolution (both from the selected signal
 * events' diphoton mass nearest to m_a: weighted median and half the 16-84% quantile range), the
 * events with any of their three diphoton masses in the window counted once, and a one-bin
 * HistFactory workspace (signal with free strength mu, mu = 1 at the generated g_agg, a
 * normalisation uncertainty on the efficiency; each background with its normalisation uncertainty
 * and Monte Carlo statistics as staterror) whose observation is the background expectation: the
 * asymptotic CLs limit on it is the expected limit and its band.
 */
final class Alp3GammaFit {
    /** Fewest selected signal events for a usable resolution and efficiency. */
    static final int MIN_SIGNAL_EVENTS = 20;

    /** The parameter of interest. */
    static final String POI = "mu";

    private static final String MC_STAT = "mcstat";

    private Alp3GammaFit() {}

    /** A named background's selected events and normalisation uncertainty. */
    record Background(String name, SelectedEvents events, double normalisationUncertainty) {}

    /**
     * The window and counts at one mass.
     *
     * @param centre peak position (GeV)
     * @param resolution half the 16-84% range of the signal's nearest diphoton mass (GeV)
     * @param lo window low edge
     * @param hi window high edge
     * @param signal expected signal events in the window at the generated coupling
     * @param background expected background events in the window
     * @param backgroundMcEvents Monte Carlo background events in the window (0: a one-event floor was used)
     * @param workspace the one-bin workspace
     */
    record Window(
            double centre,
            double resolution,
            double lo,
            double hi,
            double signal,
            double background,
            long backgroundMcEvents,
            Workspace workspace) {}

    /** The CLs limits on mu: observed (here the Asimov background-only data) and the expected band. */
    record Limit(double observed, double[] expected, boolean converged) {}

    /** The window at mass {@code m} from the selected signal and background events. */
    static Window window(
            double m,
            SelectedEvents signal,
            List<Background> backgrounds,
            double windowSigmas,
            double efficiencyUncertainty) {
        List<double[]> nearest = new ArrayList<>();
        for (int i = 0; i < signal.size(); i++) {
            double best = Double.NaN;
            for (int f = 0; f < Alp3GammaSelection.FEATURES; f++) {
                double x = signal.feature(i, f);
                if (Double.isNaN(best) || Math.abs(x - m) < Math.abs(best - m)) {
                    best = x;
                }
            }
            // only events whose nearest pair is near m: the resolution of the peak, not of the mis-pairings
            if (Math.abs(best - m) < 0.25 * m + 0.05) {
                nearest.add(new double[] {best, signal.weight(i)});
            }
        }
        if (nearest.size() < MIN_SIGNAL_EVENTS) {
            return null;
        }
        double centre = quantile(nearest, 0.5);
        double sigma = 0.5 * (quantile(nearest, 0.8413) - quantile(nearest, 0.1587));
        double lo = centre - windowSigmas * sigma;
        double hi = centre + windowSigmas * sigma;
        double s = inWindow(signal, lo, hi)[0];
        String tag = massTag(m);
        ChannelTemplate channel = ChannelTemplate.of("mgg_" + tag, BinGrouping.allBins(1))
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", s)
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", efficiencyUncertainty));
        double total = 0;
        long mc = 0;
        double floor = 0;
        String floorName = null;
        double floorUnc = 0;
        for (Background b : backgrounds) {
            double[] c = inWindow(b.events(), lo, hi);
            if (floorName == null || largestWeight(b.events()) > floor) {
                floor = largestWeight(b.events());
                floorName = b.name();
                floorUnc = b.normalisationUncertainty();
            }
            if (c[2] == 0) {
                continue;
            }
            total += c[0];
            mc += (long) c[2];
            channel = channel.withSample(SampleTemplate.background(b.name(), oneBin(c[0], c[1]))
                    .withNormSys("norm_" + b.name(), b.normalisationUncertainty())
                    .withStatError(MC_STAT));
        }
        if (mc == 0) {
            // No simulated background in the window: one event of the heaviest-weighted sample stands in
            // (conservative for the limit; flagged in the outputs by backgroundMcEvents = 0).
            floor = floor > 0 ? floor : 1e-3;
            total = floor;
            channel = channel.withSample(
                    SampleTemplate.background(floorName == null ? "floor" : floorName, oneBin(floor, floor * floor))
                            .withNormSys("norm_floor", Math.max(floorUnc, 0.01))
                            .withStatError(MC_STAT));
        }
        channel = channel.withObserved(total);
        Workspace ws = WorkspaceBuilder.measurement("alp_" + tag, POI)
                .parameter(POI, 1.0, 0, 1e6)
                .channel(channel)
                .build();
        return new Window(centre, sigma, lo, hi, s, total, mc, ws);
    }

    /** Asymptotic CLs limit with the qtilde test statistic at confidence level {@code cl}. */
    static Limit limit(Workspace ws, double signalEvents, double cl) {
        Model model = ModelCompiler.compile(ws, "alp-3gamma workspace");
        AsymptoticCalculator calc = new AsymptoticCalculator(model, model.observedData(), TestStatistic.QTILDE);
        // the scan must reach well above the limit: a few events' worth of mu
        double hi = Math.max(10, 50 / Math.max(signalEvents, 1e-9));
        UpperLimit.Result r = UpperLimit.rootFind(calc, 0, hi, 1 - cl, 1e-4);
        boolean ok = Double.isFinite(r.obs()) && Arrays.stream(r.exp()).allMatch(Double::isFinite);
        return new Limit(r.obs(), r.exp(), ok);
    }

    /** Sum of weights, sum of squared weights and count of the events with any diphoton mass in [lo, hi]. */
    static double[] inWindow(SelectedEvents ev, double lo, double hi) {
        double w = 0;
        double w2 = 0;
        long n = 0;
        for (int i = 0; i < ev.size(); i++) {
            for (int f = 0; f < Alp3GammaSelection.FEATURES; f++) {
                double x = ev.feature(i, f);
                if (x >= lo && x <= hi) {
                    w += ev.weight(i);
                    w2 += ev.weight(i) * ev.weight(i);
                    n++;
                    break;
                }
            }
        }
        return new double[] {w, w2, n};
    }

    private static double largestWeight(SelectedEvents ev) {
        double m = 0;
        for (int i = 0; i < ev.size(); i++) {
            m = Math.max(m, ev.weight(i));
        }
        return m;
    }

    private static Hist1D oneBin(double w, double w2) {
        return Hist1D.of(Axis.regular(1, 0, 1), new double[] {0, w, 0, 0}, new double[] {0, w2, 0, 0}, 1);
    }

    /** The weighted quantile q of (value, weight) pairs. */
    static double quantile(List<double[]> xw, double q) {
        List<double[]> sorted = new ArrayList<>(xw);
        sorted.sort(Comparator.comparingDouble(a -> a[0]));
        double total = 0;
        for (double[] a : sorted) {
            total += a[1];
        }
        double acc = 0;
        for (double[] a : sorted) {
            acc += a[1];
            if (acc >= q * total) {
                return a[0];
            }
        }
        return sorted.get(sorted.size() - 1)[0];
    }

    /** "M3p50" style tag of a mass, for names. */
    static String massTag(double mass) {
        return String.format(Locale.ROOT, "M%.2f", mass).replace('.', 'p');
    }
}

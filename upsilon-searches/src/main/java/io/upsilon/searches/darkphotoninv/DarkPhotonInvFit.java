package io.upsilon.searches.darkphotoninv;

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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The statistics of the M_X^2 scan at one A' mass: a window centred on the simulated signal peak (the
 * weighted median of the selected signal's M_X^2) with a half-width of k times its resolution (the
 * distance from the median down to the weighted 15.87% quantile, the side without the ISR tail; at least
 * the configured floor), and a one-bin HistFactory workspace (signal with
 * free strength mu, mu = 1 at the generated epsilon, a normalisation uncertainty on the efficiency; each
 * background with its normalisation uncertainty and Monte Carlo statistics as staterror) whose
 * observation is the background expectation: its asymptotic CLs limit is the expected limit with its
 * band. sigma scales as epsilon^2, so epsilon_up = epsilon_gen sqrt(mu_up).
 */
final class DarkPhotonInvFit {
    /** Fewest selected signal events for a usable resolution and efficiency. */
    static final int MIN_SIGNAL_EVENTS = 20;

    /** The parameter of interest. */
    static final String POI = "mu";

    private static final String MC_STAT = "mcstat";

    private DarkPhotonInvFit() {}

    /** A named background's selected events and normalisation uncertainty. */
    record Background(String name, SelectedEvents events, double normalisationUncertainty) {}

    /**
     * The window and counts at one mass.
     *
     * @param centre peak position in M_X^2, GeV^2
     * @param resolution median minus the 15.87% quantile of the signal's M_X^2, GeV^2
     * @param lo window low edge, GeV^2
     * @param hi window high edge
     * @param signal expected signal events in the window at the generated epsilon
     * @param background expected background events in the window, per background (same order as given)
     * @param backgroundMcEvents Monte Carlo background events in the window (0: a one-event floor was used)
     * @param workspace the one-bin workspace
     */
    record Window(
            double centre,
            double resolution,
            double lo,
            double hi,
            double signal,
            double[] background,
            long backgroundMcEvents,
            Workspace workspace) {
        /** The total expected background. */
        double totalBackground() {
            return Arrays.stream(background).sum();
        }
    }

    /** The CLs limits on mu: observed (here the Asimov background-only data) and the expected band. */
    record Limit(double observed, double[] expected, boolean converged) {}

    /** The window at mass {@code m} from the selected signal and background events. */
    static Window window(
            double m,
            SelectedEvents signal,
            List<Background> backgrounds,
            DarkPhotonInvConfig.Fit fit,
            double efficiencyUncertainty) {
        if (signal.size() < MIN_SIGNAL_EVENTS) {
            return null;
        }
        double[] mx2 = IntStream.range(0, signal.size())
                .mapToDouble(i -> signal.feature(i, DarkPhotonInvSelection.MX2))
                .toArray();
        double centre = weightedQuantile(mx2, signal, 0.5);
        // The low side only: ISR lowers E*_gamma and so raises M_X^2 for ~20% of the events (a radiative tail
        // that would inflate a symmetric 16-84% width several times over the ECL resolution).
        double sigma = centre - weightedQuantile(mx2, signal, 0.1587);
        double half = Math.max(fit.minHalfWidth(), fit.windowSigmas() * sigma);
        double lo = centre - half;
        double hi = centre + half;
        double s = inWindow(signal, lo, hi)[0];
        String tag = massTag(m);
        ChannelTemplate channel = ChannelTemplate.of("mx2_" + tag, BinGrouping.allBins(1))
                .droppingEmptyBackgrounds()
                .withSample(SampleTemplate.signal("signal", s)
                        .withNormFactor(POI)
                        .withNormSys("signal_efficiency", efficiencyUncertainty));
        double[] b = new double[backgrounds.size()];
        long mc = 0;
        double floor = 0;
        Background heaviest = null;
        for (int k = 0; k < b.length; k++) {
            Background bg = backgrounds.get(k);
            double[] c = inWindow(bg.events(), lo, hi);
            double w = largestWeight(bg.events());
            if (heaviest == null || w > floor) {
                floor = w;
                heaviest = bg;
            }
            if (c[2] == 0) {
                continue;
            }
            b[k] = c[0];
            mc += (long) c[2];
            channel = channel.withSample(SampleTemplate.background(bg.name(), oneBin(c[0], c[1]))
                    .withNormSys("norm_" + bg.name(), bg.normalisationUncertainty())
                    .withStatError(MC_STAT));
        }
        double total = Arrays.stream(b).sum();
        if (mc == 0) {
            // No simulated background in the window: one event of the heaviest-weighted sample stands in
            // (conservative for the limit; flagged in the outputs by backgroundMcEvents = 0).
            floor = floor > 0 ? floor : 1e-3;
            total = floor;
            channel = channel.withSample(SampleTemplate.background(
                            heaviest == null ? "floor" : heaviest.name(), oneBin(floor, floor * floor))
                    .withNormSys("norm_floor", 0.05)
                    .withStatError(MC_STAT));
        }
        channel = channel.withObserved(total);
        Workspace ws = WorkspaceBuilder.measurement("darkphoton_" + tag, POI)
                .parameter(POI, 1.0, 0, 1e6)
                .channel(channel)
                .build();
        return new Window(centre, sigma, lo, hi, s, b, mc, ws);
    }

    /** Asymptotic CLs limit with the qtilde test statistic at confidence level {@code cl}. */
    static Limit limit(Workspace ws, double signalEvents, double cl) {
        Model model = ModelCompiler.compile(ws, "darkphoton-invisible workspace");
        AsymptoticCalculator calc = new AsymptoticCalculator(model, model.observedData(), TestStatistic.QTILDE);
        // the scan must reach well above the limit: a few events' worth of mu
        double hi = Math.max(10, 50 / Math.max(signalEvents, 1e-9));
        UpperLimit.Result r = UpperLimit.rootFind(calc, 0, hi, 1 - cl, 1e-4);
        boolean ok = Double.isFinite(r.obs()) && Arrays.stream(r.exp()).allMatch(Double::isFinite);
        return new Limit(r.obs(), r.exp(), ok);
    }

    /** Sum of weights, sum of squared weights and count of the events with M_X^2 in [lo, hi]. */
    static double[] inWindow(SelectedEvents ev, double lo, double hi) {
        double w = 0;
        double w2 = 0;
        long n = 0;
        for (int i = 0; i < ev.size(); i++) {
            double x = ev.feature(i, DarkPhotonInvSelection.MX2);
            if (x >= lo && x <= hi) {
                w += ev.weight(i);
                w2 += ev.weight(i) * ev.weight(i);
                n++;
            }
        }
        return new double[] {w, w2, n};
    }

    /** The weighted quantile q of values x carrying the weights of {@code ev}. */
    static double weightedQuantile(double[] x, SelectedEvents ev, double q) {
        Integer[] idx = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(i -> x[i]));
        double target = q * ev.totalWeight();
        double acc = 0;
        for (Integer i : idx) {
            acc += ev.weight(i);
            if (acc >= target) {
                return x[i];
            }
        }
        return x[idx[idx.length - 1]];
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

    /** "M3p50" style tag of a mass, for names. */
    static String massTag(double mass) {
        return String.format(Locale.ROOT, "M%.2f", mass).replace('.', 'p');
    }
}

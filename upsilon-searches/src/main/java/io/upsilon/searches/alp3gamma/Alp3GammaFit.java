package io.upsilon.searches.alp3gamma;

import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.WindowCount;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistical part of the ALP search at one mass: a window in the diphoton mass centred on the
 * simulated signal peak with a half-width of k times its resolution (both from the selected signal
 * events' diphoton mass nearest to m_a: weighted median and half the 16-84% quantile range), the
 * events with any of their three diphoton masses in the window counted once, and the one-bin
 * counting workspace of {@link WindowCount}.
 */
final class Alp3GammaFit {
    /** Fewest selected signal events for a usable resolution and efficiency. */
    static final int MIN_SIGNAL_EVENTS = 20;

    private Alp3GammaFit() {}

    /** The window at mass {@code m} from the selected signal and background events. */
    static WindowCount.Window window(
            double m,
            SelectedEvents signal,
            List<WindowCount.Background> backgrounds,
            double windowSigmas,
            double efficiencyUncertainty) {
        List<Double> near = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
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
                near.add(best);
                weights.add(signal.weight(i));
            }
        }
        if (near.size() < MIN_SIGNAL_EVENTS) {
            return null;
        }
        SelectedEvents peak = new SelectedEvents(0);
        for (int i = 0; i < near.size(); i++) {
            peak.add(i, near.get(i), weights.get(i), new float[0]);
        }
        double centre = peak.observableQuantile(0.5);
        double sigma = 0.5 * (peak.observableQuantile(0.8413) - peak.observableQuantile(0.1587));
        double lo = centre - windowSigmas * sigma;
        double hi = centre + windowSigmas * sigma;
        String tag = SignalGrid.massTag(m);
        WindowCount.Background heaviest = WindowCount.heaviest(backgrounds);
        WindowCount.Counts counts = WindowCount.count(
                "alp_" + tag,
                "mgg_" + tag,
                signal,
                backgrounds,
                (ev, i) -> anyPairIn(ev, i, lo, hi),
                efficiencyUncertainty,
                Math.max(heaviest == null ? 0 : heaviest.normalisationUncertainty(), 0.01));
        return new WindowCount.Window(centre, sigma, lo, hi, counts);
    }

    /** The CLs limit on mu at confidence level {@code cl}. */
    static ClsLimit limit(WindowCount.Window w, double cl) {
        return ClsLimit.asymptotic(w.workspace(), cl, ClsLimit.counting(w.signal()), "alp-3gamma workspace");
    }

    /** Whether any of event i's three diphoton masses lies in [lo, hi]. */
    static boolean anyPairIn(SelectedEvents ev, int i, double lo, double hi) {
        for (int f = 0; f < Alp3GammaSelection.FEATURES; f++) {
            double x = ev.feature(i, f);
            if (x >= lo && x <= hi) {
                return true;
            }
        }
        return false;
    }
}

package io.upsilon.searches.darkphotoninv;

import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SignalGrid;
import io.upsilon.searches.WindowCount;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The statistics of the M_X^2 scan at one A' mass: a window centred on the simulated signal peak (the
 * weighted median of the selected signal's M_X^2) with a half-width of k times its resolution (the
 * distance from the median down to the weighted 15.87% quantile, the side without the ISR tail; at least
 * the configured floor), and the one-bin counting workspace of {@link WindowCount}, mu = 1 at the
 * generated epsilon. sigma scales as epsilon^2, so epsilon_up = epsilon_gen sqrt(mu_up).
 */
final class DarkPhotonInvFit {
    /** Fewest selected signal events for a usable resolution and efficiency. */
    static final int MIN_SIGNAL_EVENTS = 20;

    /** Normalisation uncertainty of the one-event floor (no simulated background in the window). */
    private static final double FLOOR_UNCERTAINTY = 0.05;

    private DarkPhotonInvFit() {}

    /** The window at mass {@code m} from the selected signal and background events. */
    static WindowCount.Window window(
            double m,
            SelectedEvents signal,
            List<WindowCount.Background> backgrounds,
            DarkPhotonInvConfig.Fit fit,
            double efficiencyUncertainty) {
        if (signal.size() < MIN_SIGNAL_EVENTS) {
            return null;
        }
        double[] mx2 = IntStream.range(0, signal.size())
                .mapToDouble(i -> signal.feature(i, DarkPhotonInvSelection.MX2))
                .toArray();
        double centre = signal.quantile(mx2, 0.5);
        // The low side only: ISR lowers E*_gamma and so raises M_X^2 for ~20% of the events (a radiative tail
        // that would inflate a symmetric 16-84% width several times over the ECL resolution).
        double sigma = centre - signal.quantile(mx2, 0.1587);
        double half = Math.max(fit.minHalfWidth(), fit.windowSigmas() * sigma);
        double lo = centre - half;
        double hi = centre + half;
        String tag = SignalGrid.massTag(m);
        WindowCount.Counts counts = WindowCount.count(
                "darkphoton_" + tag,
                "mx2_" + tag,
                signal,
                backgrounds,
                (ev, i) -> {
                    double x = ev.feature(i, DarkPhotonInvSelection.MX2);
                    return x >= lo && x <= hi;
                },
                efficiencyUncertainty,
                FLOOR_UNCERTAINTY);
        return new WindowCount.Window(centre, sigma, lo, hi, counts);
    }

    /** The CLs limit on mu at confidence level {@code cl}. */
    static ClsLimit limit(WindowCount.Window w, double cl) {
        return ClsLimit.asymptotic(w.workspace(), cl, ClsLimit.counting(w.signal()), "darkphoton-invisible workspace");
    }
}

package io.upsilon.searches;

import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import java.util.Arrays;

/**
 * An asymptotic CLs upper limit on a workspace's parameter of interest with the q̃ test statistic
 * (Cowan, Cranmer, Gross, Vitells, EPJC 71 (2011) 1554): the observed limit and the five expected
 * quantiles (−2σ, −1σ, median, +1σ, +2σ of the background-only hypothesis). The one way the
 * searches turn a workspace into a limit.
 *
 * @param observed the observed limit (for Asimov pseudo-data: the background-only value)
 * @param expected the expected limits, five quantiles in increasing order
 * @param converged whether the root finder bracketed all six limits
 */
public record ClsLimit(double observed, double[] expected, boolean converged) {

    /** The median expected limit, or +infinity when the search did not converge. */
    public double median() {
        return converged ? expected[2] : Double.POSITIVE_INFINITY;
    }

    /**
     * The limit at confidence level {@code cl}, searched on [0, {@code muHigh}].
     *
     * @param ws the workspace
     * @param cl confidence level, e.g. 0.90
     * @param muHigh upper end of the POI search
     * @param description what the workspace is, for error messages
     */
    public static ClsLimit asymptotic(Workspace ws, double cl, double muHigh, String description) {
        Model model = ModelCompiler.compile(ws, description);
        AsymptoticCalculator calc = new AsymptoticCalculator(model, model.observedData(), TestStatistic.QTILDE);
        UpperLimit.Result r = UpperLimit.rootFind(calc, 0, muHigh, 1 - cl, 1e-4);
        boolean ok = Double.isFinite(r.obs()) && Arrays.stream(r.exp()).allMatch(Double::isFinite);
        return new ClsLimit(r.obs(), r.exp(), ok);
    }

    /**
     * An upper end for the POI search of a counting experiment that expects {@code signalEvents} at
     * mu = 1: the limit is a few events' worth of mu, so fifty events' worth (at least 10) brackets it.
     */
    public static double counting(double signalEvents) {
        return Math.max(10, 50 / Math.max(signalEvents, 1e-9));
    }
}

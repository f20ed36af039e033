package io.upsilon.cli.reinterpret;

import java.util.List;
import java.util.Map;

/**
 * The result of one model point.
 *
 * @param parameters the model's parameter point
 * @param poiScale the model strength per unit of the POI (B = mu x br for b-to-k-scalar, else 1)
 * @param signalEvents the re-weighted signal yield at POI = 1, summed over the mapped channels
 * @param muHat the best-fit POI (bounded below by 0); NaN without signal
 * @param twiceNllAtOne -2 ln L with the POI fixed at 1 and the nuisance parameters profiled
 *     (absolute, so that points of one scan compare: their differences are profile likelihood
 *     ratios of the model parameters)
 * @param clsAtOne observed CLs of POI = 1, i.e. of the model point itself (qtilde, asymptotic); NaN
 *     without signal
 * @param limits one upper limit per CL, in units of the POI
 * @param hypotestMillis wall time of the re-weighting, refit and the CLs hypotest at POI = 1
 * @param limitMillis wall time of all the upper limits
 * @param notes what the limit search had to work around, if anything
 */
record PointResult(
        Map<String, Double> parameters,
        double poiScale,
        double signalEvents,
        double muHat,
        double twiceNllAtOne,
        double clsAtOne,
        List<Limit> limits,
        double hypotestMillis,
        double limitMillis,
        List<String> notes) {

    /**
     * An upper limit at one CL, in units of the POI.
     *
     * @param cl the confidence level, e.g. 0.95
     * @param observed the observed limit
     * @param expected the expected limits at -2, -1, 0, +1, +2 sigma
     */
    record Limit(double cl, double observed, double[] expected) {}
}

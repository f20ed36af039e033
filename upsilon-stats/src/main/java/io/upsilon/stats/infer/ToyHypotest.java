package io.upsilon.stats.infer;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.toys.ToyEnsemble;

/**
 * A toy-based hypothesis test with everything behind it.
 *
 * @param result the CLs values
 * @param sb the signal+background ensemble
 * @param b the background ensemble
 * @param observedFree the free fit to the observed data
 * @param observedConditional the fit to the observed data with the POI fixed at the tested value
 */
public record ToyHypotest(
        HypotestResult result, ToyEnsemble sb, ToyEnsemble b, FitResult observedFree, FitResult observedConditional) {

    /** Toys whose fits failed, both hypotheses (counted, left out of the distributions). */
    public int failures() {
        return sb.failures() + b.failures();
    }

    /**
     * The binomial standard error of the observed CLs from the finite number of toys: CL_{s+b}
     * and CL_b are fractions of independent ensembles, so var(CLs)/CLs^2 = var(CLsb)/CLsb^2 +
     * var(CLb)/CLb^2 with var(p) = p (1 - p) / N (first-order error propagation).
     */
    public double clsObsError() {
        double psb = result.clsbObs();
        double pb = result.clbObs();
        int nsb = sb.size() - sb.failures();
        int nb = b.size() - b.failures();
        if (!(pb > 0) || nsb == 0 || nb == 0) {
            return Double.NaN;
        }
        double cls = psb / pb;
        double rel2 = (psb > 0 ? (1 - psb) / (psb * nsb) : 0) + (1 - pb) / (pb * nb);
        return cls * Math.sqrt(rel2);
    }
}

package io.upsilon.stats.report;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.model.Model;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * Goodness of fit against the saturated model (Baker and Cousins, NIM 221 (1984) 437): the
 * saturated model fits every bin exactly, so {@code t = 2 (NLL_fit - NLL_sat) = 2 sum_b [lambda_b -
 * n_b + n_b ln(n_b / lambda_b)]}. As in cabinetry (cabinetry/fit/__init__.py, _goodness_of_fit),
 * the constraint terms are kept at the best-fit values in the saturated model too, so they cancel,
 * and the p-value is the asymptotic chi2 probability with {@code bins - unconstrained free
 * parameters} degrees of freedom (Wilks; approximate for small counts). Per channel the statistic
 * is the channel's share of t, with the channel's bin count as degrees of freedom: the shared
 * parameters are not subtracted, so those p-values are indicative only.
 */
public final class GoodnessOfFit {

    /**
     * The statistic of one channel or of all.
     *
     * @param name channel name, or "total"
     * @param t the saturated-model statistic
     * @param ndof degrees of freedom of the chi2 approximation
     * @param pValue P(chi2_ndof > t), NaN if ndof < 1
     */
    public record Entry(String name, double t, int ndof, double pValue) {}

    /**
     * The result.
     *
     * @param channels one entry per channel
     * @param total all channels
     * @param unconstrainedParameters the free parameters without a constraint (subtracted from the bins)
     */
    public record Result(List<Entry> channels, Entry total, int unconstrainedParameters) {
        /** Copies. */
        public Result {
            channels = List.copyOf(channels);
        }
    }

    private GoodnessOfFit() {}

    /** The test of {@code fit} to {@code data}. */
    public static Result compute(Model model, double[] data, FitResult fit) {
        double[] lambda = model.expectedMain(fit.values());
        boolean[] fixed = model.suggestedFixed();
        int free = 0;
        for (int i = 0; i < model.size(); i++) {
            if (!fixed[i]
                    && !model.parameterSetOf(i)
                            .constrained(i - model.parameterSetOf(i).offset())) {
                free++;
            }
        }
        int[] bins = model.channelBins();
        List<Entry> channels = new ArrayList<>();
        double total = 0;
        int b = 0;
        for (int c = 0; c < bins.length; c++) {
            double t = 0;
            for (int k = 0; k < bins[c]; k++, b++) {
                t += deviance(data[b], lambda[b]);
            }
            total += t;
            channels.add(entry(model.channelNames().get(c), t, bins[c]));
        }
        return new Result(channels, entry("total", total, model.mainBins() - free), free);
    }

    /** 2 [lambda - n + n ln(n / lambda)], the bin's share of the saturated-model statistic. */
    static double deviance(double n, double lambda) {
        return n > 0 ? 2 * (lambda - n + n * Math.log(n / lambda)) : 2 * lambda;
    }

    private static Entry entry(String name, double t, int ndof) {
        double p = ndof >= 1 ? 1 - new ChiSquaredDistribution(ndof).cumulativeProbability(t) : Double.NaN;
        return new Entry(name, t, ndof, p);
    }
}

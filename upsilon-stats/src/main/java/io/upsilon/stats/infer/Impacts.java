package io.upsilon.stats.infer;

import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.model.Constraint;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ParameterSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pulls and impacts of nuisance parameters on the POI. For each free nuisance parameter theta:
 * the post-fit impact is the shift of the POI when theta is fixed at theta-hat +- its Hessian
 * error and everything else refitted; the pre-fit impact uses the constraint width instead (sigma
 * for Gaussian constraints, 1/sqrt(tau) for Poisson ones; none for free parameters). The ranking
 * orders parameters by the larger absolute post-fit impact. Refits run in parallel ({@link
 * ParallelTasks}: one fitter per task, the same ranking for any thread count). The {@code stats
 * impacts} command and the post-fit report both use this class.
 */
public final class Impacts {

    private Impacts() {}

    /**
     * One row of the ranking.
     *
     * @param name parameter element name
     * @param index parameter index
     * @param value post-fit value
     * @param error post-fit uncertainty
     * @param prefitWidth the constraint width (pre-fit uncertainty), NaN for free parameters
     * @param pull (value - nominal) / prefit width, the nominal being the Gaussian constraint's
     *     auxiliary datum or a Poisson constraint's aux / tau; NaN for free parameters
     * @param prefitUp POI shift with theta at +1 prefit width
     * @param prefitDown POI shift with theta at -1 prefit width
     * @param postfitUp POI shift with theta at +1 postfit error
     * @param postfitDown POI shift with theta at -1 postfit error
     */
    public record Impact(
            String name,
            int index,
            double value,
            double error,
            double prefitWidth,
            double pull,
            double prefitUp,
            double prefitDown,
            double postfitUp,
            double postfitDown) {
        /** The ranking key: the larger absolute post-fit impact. */
        public double rankingKey() {
            return Math.max(Math.abs(postfitUp), Math.abs(postfitDown));
        }

        /** The post-fit error in units of the pre-fit width (the pull's error bar), NaN for free parameters. */
        public double pullError() {
            return error / prefitWidth;
        }
    }

    /**
     * The result.
     *
     * @param nominal the free fit with errors
     * @param ranking impacts sorted by decreasing post-fit impact
     * @param poiAtBound whether the best-fit POI sits at one of its bounds. Then a refit with a
     *     nuisance parameter shifted usually ends at the same bound and the impact is exactly 0: not a
     *     failure, but a property of the bounded fit (the unbounded optimum lies beyond the bound).
     */
    public record Result(FitResult nominal, List<Impact> ranking, boolean poiAtBound) {
        /** Copies. */
        public Result {
            ranking = List.copyOf(ranking);
        }
    }

    /** Computes the ranking on {@code data} with one thread per available processor. */
    public static Result compute(Model model, double[] data) {
        return compute(model, data, ParallelTasks.defaultThreads());
    }

    /** Computes the ranking on {@code data}, the refits on {@code threads} threads. */
    public static Result compute(Model model, double[] data, int threads) {
        FitResult nominal = new Fitter(model).fit(data, model.suggestedInit(), model.suggestedFixed(), true);
        double[] best = nominal.values();
        double[] err = nominal.errors();
        boolean[] fixed = model.suggestedFixed();
        int poi = model.poiIndex();
        double muHat = best[poi];
        String[] names = model.parameterNames();
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        List<Integer> targets = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            if (i != poi && !fixed[i]) {
                targets.add(i);
            }
        }
        List<Impact> out = ParallelTasks.map("impacts", targets.size(), threads, k -> {
            int i = targets.get(k);
            Fitter fitter = new Fitter(model);
            ParameterSet ps = model.parameterSetOf(i);
            int j = i - ps.offset();
            double width = Double.NaN;
            double aux = Double.NaN;
            if (ps.constrained(j)) {
                if (ps.constraint() == Constraint.GAUSSIAN) {
                    aux = ps.auxdata()[j];
                    width = ps.widths()[j];
                } else {
                    // Poisson (shapesys): the auxiliary datum is tau * gamma_0, so gamma_0 = aux / tau
                    // (1 unless the workspace's auxdata say otherwise), width 1 / sqrt(tau).
                    double tau = ps.widths()[j];
                    aux = ps.auxdata()[j] / tau;
                    width = 1 / Math.sqrt(tau);
                }
            }
            double e = err == null ? Double.NaN : err[i];
            double postUp = shift(fitter, data, best, fixed, i, best[i] + e, lo[i], hi[i], poi, muHat);
            double postDn = shift(fitter, data, best, fixed, i, best[i] - e, lo[i], hi[i], poi, muHat);
            double preUp = shift(fitter, data, best, fixed, i, best[i] + width, lo[i], hi[i], poi, muHat);
            double preDn = shift(fitter, data, best, fixed, i, best[i] - width, lo[i], hi[i], poi, muHat);
            double pull = Double.isNaN(width) ? Double.NaN : (best[i] - aux) / width;
            return new Impact(names[i], i, best[i], e, width, pull, preUp, preDn, postUp, postDn);
        });
        List<Impact> ranking = new ArrayList<>(out);
        ranking.sort(Comparator.comparingDouble(Impact::rankingKey).reversed());
        boolean atBound = muHat <= lo[poi] || muHat >= hi[poi];
        return new Result(nominal, ranking, atBound);
    }

    private static double shift(
            Fitter fitter,
            double[] data,
            double[] best,
            boolean[] fixed,
            int i,
            double value,
            double lo,
            double hi,
            int poi,
            double muHat) {
        if (!Double.isFinite(value)) {
            return Double.NaN;
        }
        double[] init = best.clone();
        init[i] = Math.min(hi, Math.max(lo, value));
        boolean[] f = fixed.clone();
        f[i] = true;
        FitResult r = fitter.fit(data, init, f, false);
        return r.status().ok() ? r.value(poi) - muHat : Double.NaN;
    }
}

package io.upsilon.searches.taualpha;

import io.upsilon.core.hist.Hist1D;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Channel;
import io.upsilon.stats.workspace.Measurement;
import io.upsilon.stats.workspace.Modifier;
import io.upsilon.stats.workspace.Observation;
import io.upsilon.stats.workspace.ParameterConfig;
import io.upsilon.stats.workspace.Sample;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The binned template fit of the τ → ℓα search in one channel at one α mass, as a HistFactory
 * workspace over the x_ℓ bins:
 *
 * <pre>
 * N(x) = mu · n_lnunu · T_ℓα(x) + n_lnunu · T_ℓνν(x) + T_τbkg(x) + Σ T_other(x)
 * </pre>
 *
 * where T_ℓα is the expected signal for B(τ → ℓα)/B(τ → ℓνν) = 1 (N_ττ × 2 × B(τ → ℓνν) × the
 * simulated selection efficiency, from the generated samples' weights), T_ℓνν the simulated SM
 * τ → ℓνν yield and n_lnunu its free normalisation. Because the signal carries n_lnunu too, mu is
 * exactly the ratio of the ALP and SM branching fractions, N_ℓα = mu · N_ℓνν · ε_ℓα/ε_ℓνν (the
 * model of the paper), independent of the luminosity and τ-pair cross section. Lepton-ID
 * efficiency (on true leptons) and mis-ID (on everything else) are histosys shape nuisances; Monte
 * Carlo statistics enter as staterror (one set for the backgrounds, one for the signal). The POI
 * is {@code mu}.
 */
final class TauAlphaFit {
    /** POI name. */
    static final String POI = "mu";

    /** Name of the free SM τ → ℓνν normalisation. */
    static final String NORM = "n_lnunu";

    private TauAlphaFit() {}

    /**
     * A template with its lepton-ID variations (null variations: the modifier is not applied).
     *
     * @param name sample name
     * @param nominal expected events
     * @param effUp efficiency +1σ
     * @param effDown efficiency −1σ
     * @param misUp mis-ID +1σ
     * @param misDown mis-ID −1σ
     * @param normUncertainty relative normalisation uncertainty (0: none)
     * @param scaledBySm whether the sample carries the n_lnunu normalisation
     */
    record Template(
            String name,
            Hist1D nominal,
            Hist1D effUp,
            Hist1D effDown,
            Hist1D misUp,
            Hist1D misDown,
            double normUncertainty,
            boolean scaledBySm) {}

    /** Limits at one confidence level: observed and the expected band [−2σ, −1σ, median, +1σ, +2σ]. */
    record Limit(double cl, double observed, double[] expected, boolean converged) {}

    /** Best-fit POI and its Hessian error. */
    record PoiFit(double muHat, double error, boolean converged) {}

    /**
     * Builds the workspace. Bins with no expected background are merged into their neighbour (the
     * staterror constraint needs a non-empty nominal).
     *
     * @param name workspace/channel name stem (e.g. "e_M1p00")
     * @param signal the signal template at ratio 1
     * @param backgrounds the background templates (the SM τ → ℓνν one with {@code scaledBySm})
     * @param data the (pseudo-)data
     */
    static Workspace workspace(String name, Template signal, List<Template> backgrounds, Hist1D data) {
        int n = data.bins();
        double[] bkg = new double[n];
        for (Template t : backgrounds) {
            for (int i = 0; i < n; i++) {
                bkg[i] += t.nominal().content(i);
            }
        }
        List<Integer> bounds = mergedBounds(bkg);
        String stat = "mcstat_" + name;
        List<Sample> samples = new ArrayList<>();
        // The signal gets its own staterror: combined with the backgrounds' it would be weighted by
        // its nominal at ratio 1 (as large as the SM yield), inflating the per-bin uncertainty.
        samples.add(sample(signal, bounds, "mcstat_signal_" + name, name, true));
        for (Template t : backgrounds) {
            if (Arrays.stream(group(t.nominal(), bounds, false)).sum() > 0) {
                samples.add(sample(t, bounds, stat, name, false));
            }
        }
        String channel = "xl_" + name;
        List<ParameterConfig> params = List.of(
                new ParameterConfig(POI, new double[] {0.0}, new double[][] {{0, 100}}, false, null, null),
                new ParameterConfig(NORM, new double[] {1.0}, new double[][] {{0, 10}}, false, null, null));
        return new Workspace(
                List.of(new Channel(channel, samples)),
                List.of(new Observation(channel, group(data, bounds, false))),
                List.of(new Measurement("taualpha_" + name, POI, params)),
                "1.0.0");
    }

    private static Sample sample(Template t, List<Integer> bounds, String stat, String name, boolean poi) {
        List<Modifier> mods = new ArrayList<>();
        if (poi) {
            mods.add(new Modifier.NormFactor(POI));
        }
        if (t.scaledBySm()) {
            mods.add(new Modifier.NormFactor(NORM));
        }
        if (t.normUncertainty() > 0) {
            mods.add(new Modifier.NormSys(
                    "norm_" + t.name() + "_" + name, 1 + t.normUncertainty(), 1 - t.normUncertainty()));
        }
        if (t.effUp() != null) {
            mods.add(new Modifier.HistoSys(
                    "lepton_id_eff_" + channelOf(name),
                    group(t.effUp(), bounds, false),
                    group(t.effDown(), bounds, false)));
        }
        if (t.misUp() != null) {
            mods.add(new Modifier.HistoSys(
                    "lepton_mis_id_" + channelOf(name),
                    group(t.misUp(), bounds, false),
                    group(t.misDown(), bounds, false)));
        }
        mods.add(new Modifier.StatError(stat, group(t.nominal(), bounds, true)));
        return new Sample(t.name(), group(t.nominal(), bounds, false), mods);
    }

    private static String channelOf(String name) {
        int k = name.indexOf('_');
        return k < 0 ? name : name.substring(0, k);
    }

    /** Fine-bin group boundaries such that every group has a positive background. */
    static List<Integer> mergedBounds(double[] bkg) {
        List<Integer> b = new ArrayList<>();
        b.add(0);
        double acc = 0;
        for (int i = 0; i < bkg.length; i++) {
            acc += bkg[i];
            if (acc > 0) {
                b.add(i + 1);
                acc = 0;
            }
        }
        if (b.size() == 1) {
            b.add(bkg.length);
        } else if (b.get(b.size() - 1) != bkg.length) {
            b.set(b.size() - 1, bkg.length);
        }
        return b;
    }

    /** Sums fine bins [bounds[k], bounds[k+1]) (contents, or errors = sqrt of summed variances). */
    static double[] group(Hist1D h, List<Integer> bounds, boolean errors) {
        double[] out = new double[bounds.size() - 1];
        for (int k = 0; k < out.length; k++) {
            double s = 0;
            for (int i = bounds.get(k); i < bounds.get(k + 1); i++) {
                s += errors ? h.variance(i) : h.content(i);
            }
            out[k] = errors ? Math.sqrt(s) : s;
        }
        return out;
    }

    /** Asymptotic CLs limits (qtilde) on the ratio at each confidence level. */
    static List<Limit> limits(Workspace ws, double[] cls) {
        Model model = ModelCompiler.compile(ws, "tau-l-alpha workspace");
        AsymptoticCalculator calc = new AsymptoticCalculator(model, model.observedData(), TestStatistic.QTILDE);
        List<Limit> out = new ArrayList<>();
        for (double cl : cls) {
            UpperLimit.Result r = UpperLimit.rootFind(calc, 0, 0.05, 1 - cl, 1e-4);
            boolean ok = Double.isFinite(r.obs()) && Arrays.stream(r.exp()).allMatch(Double::isFinite);
            out.add(new Limit(cl, r.obs(), r.exp(), ok));
        }
        return out;
    }

    /** Maximum-likelihood fit of the POI to the workspace's observation (closure test). */
    static PoiFit fitPoi(Workspace ws) {
        Model model = ModelCompiler.compile(ws, "tau-l-alpha workspace");
        FitResult r = new Fitter(model).fit(model.observedData(), model.suggestedInit(), model.suggestedFixed(), true);
        int k = model.poiIndex();
        double[] err = r.errors();
        double e = err == null ? Double.NaN : err[k];
        return new PoiFit(r.values()[k], e, r.status().ok() && Double.isFinite(e));
    }

    /** "M1p00" style tag of a mass, for names. */
    static String massTag(double mass) {
        return String.format(Locale.ROOT, "M%.2f", mass).replace('.', 'p');
    }
}

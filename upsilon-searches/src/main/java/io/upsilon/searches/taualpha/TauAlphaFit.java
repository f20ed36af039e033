package io.upsilon.searches.taualpha;

import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.ChannelTemplate;
import io.upsilon.searches.SampleTemplate;
import io.upsilon.searches.WorkspaceBuilder;
import io.upsilon.stats.fit.FitResult;
import io.upsilon.stats.fit.Fitter;
import io.upsilon.stats.infer.AsymptoticCalculator;
import io.upsilon.stats.infer.TestStatistic;
import io.upsilon.stats.infer.UpperLimit;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.model.ModelCompiler;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        // The signal gets its own staterror: combined with the backgrounds' it would be weighted by
        // its nominal at ratio 1 (as large as the SM yield), inflating the per-bin uncertainty.
        ChannelTemplate channel = ChannelTemplate.of("xl_" + name, BinGrouping.allBins(data.bins()))
                .mergingEmptyBackgroundBins()
                .droppingEmptyBackgrounds()
                .withSample(sample(signal, "mcstat_signal_" + name, name, true))
                .withObserved(data);
        for (Template t : backgrounds) {
            channel = channel.withSample(sample(t, "mcstat_" + name, name, false));
        }
        return WorkspaceBuilder.measurement("taualpha_" + name, POI)
                .parameter(POI, 0.0, 0, 100)
                .parameter(NORM, 1.0, 0, 10)
                .channel(channel)
                .build();
    }

    private static SampleTemplate sample(Template t, String stat, String name, boolean poi) {
        SampleTemplate s =
                poi ? SampleTemplate.signal(t.name(), t.nominal()) : SampleTemplate.background(t.name(), t.nominal());
        if (poi) {
            s = s.withNormFactor(POI);
        }
        if (t.scaledBySm()) {
            s = s.withNormFactor(NORM);
        }
        if (t.normUncertainty() > 0) {
            s = s.withNormSys("norm_" + t.name() + "_" + name, t.normUncertainty());
        }
        if (t.effUp() != null) {
            s = s.withHistoSys("lepton_id_eff_" + channelOf(name), t.effUp(), t.effDown());
        }
        if (t.misUp() != null) {
            s = s.withHistoSys("lepton_mis_id_" + channelOf(name), t.misUp(), t.misDown());
        }
        return s.withStatError(stat);
    }

    private static String channelOf(String name) {
        int k = name.indexOf('_');
        return k < 0 ? name : name.substring(0, k);
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
}

package io.upsilon.searches.zprime;

import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.SelectedEvents;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The statistical part of the Z' search at one mass: a fit window in M_rec² around the signal
 * peak, a HistFactory workspace (signal with a free normalisation mu for sigma = 1 fb, each
 * background with its normalisation uncertainty, Monte Carlo statistics as staterror) and the
 * asymptotic CLs upper limit on mu with the expected band. Because the signal template is
 * normalised to 1 fb, the limit on mu is the limit on sigma(e+e- → μ+μ−Z′) × BR(Z′ → invisible) in fb.
 */
final class ZPrimeFit {
    /** Fewest weighted signal events (selected) for a usable template. */
    static final int MIN_SIGNAL_EVENTS = 20;

    private ZPrimeFit() {}

    /**
     * A named background's fine histogram (expected events), its normalisation uncertainty, and
     * optionally one more normalisation uncertainty (e.g. a classifier's pass fraction).
     */
    record BackgroundHist(
            String name, Hist1D hist, double normalisationUncertainty, String extraName, double extraUncertainty) {
        BackgroundHist(String name, Hist1D hist, double normalisationUncertainty) {
            this(name, hist, normalisationUncertainty, null, 0);
        }
    }

    /**
     * The window and workspace at one mass.
     *
     * @param lo window low edge (observable units)
     * @param hi window high edge
     * @param edges bin edges inside the window (after merging bins with no background)
     * @param workspace the HistFactory workspace (pyhf JSON-ready)
     * @param signalYield expected signal events in the window at sigma = 1 fb
     * @param backgroundYield expected background events in the window
     * @param observed pseudo-data events in the window
     */
    record Window(
            double lo,
            double hi,
            double[] edges,
            Workspace workspace,
            double signalYield,
            double backgroundYield,
            double observed) {}

    /**
     * One way of selecting the signal at one mass and its limit.
     *
     * @param selection "cut-based" or "bdt"
     * @param efficiency signal efficiency (of all generated events)
     * @param efficiencyError its Monte Carlo error
     * @param window fit window and workspace, or null when the template had too few events
     * @param limit the limit, or null
     */
    record Candidate(String selection, double efficiency, double efficiencyError, Window window, Limit limit) {
        /** Median expected limit, or +infinity when there is none. */
        double expectedMedian() {
            return limit != null && limit.converged() ? limit.expected()[2] : Double.POSITIVE_INFINITY;
        }
    }

    /** The 90% (or configured) CL limits on mu = sigma x BR / 1 fb. */
    record Limit(double observed, double[] expected, boolean converged) {}

    /**
     * Builds the window and workspace.
     *
     * @param mass Z' mass (for names)
     * @param signal the selected signal events, weights in expected events at sigma = 1 fb
     * @param backgrounds the backgrounds' fine histograms
     * @param data the pseudo-data fine histogram
     * @param fit window quantiles and bins
     * @param signalEfficiencyUncertainty relative
     */
    static Window window(
            double mass,
            Hist1D signalHist,
            SelectedEvents signal,
            List<BackgroundHist> backgrounds,
            Hist1D data,
            ZPrimeConfig.Fit fit,
            double signalEfficiencyUncertainty) {
        double qlo = weightedQuantile(signal, fit.windowLow());
        double qhi = weightedQuantile(signal, fit.windowHigh());
        var axis = data.axis();
        double w = axis.width(0);
        int first = (int) Math.max(0, Math.floor((qlo - axis.lo()) / w));
        int last = (int) Math.min(axis.bins(), Math.ceil((qhi - axis.lo()) / w));
        if (last <= first) {
            last = Math.min(axis.bins(), first + 1);
        }
        int nFine = last - first;
        int groups = Math.min(fit.windowBins(), nFine);
        List<Integer> bounds = new ArrayList<>();
        for (int k = 0; k <= groups; k++) {
            bounds.add(first + (int) Math.round((double) k * nFine / groups));
        }
        // Merge groups with no background into their neighbour: a bin with nothing expected but
        // signal would make the Monte Carlo-statistics constraint undefined.
        double[] bkgFine = new double[axis.bins()];
        for (BackgroundHist b : backgrounds) {
            for (int i = 0; i < bkgFine.length; i++) {
                bkgFine[i] += b.hist().content(i);
            }
        }
        List<Integer> merged = new ArrayList<>();
        merged.add(bounds.get(0));
        for (int k = 1; k < bounds.size(); k++) {
            double sum = 0;
            for (int i = merged.get(merged.size() - 1); i < bounds.get(k); i++) {
                sum += bkgFine[i];
            }
            if (sum > 0) {
                merged.add(bounds.get(k));
            } else if (k == bounds.size() - 1 && merged.size() > 1) {
                merged.set(merged.size() - 1, bounds.get(k));
            }
        }
        if (merged.size() < 2) {
            merged.add(last);
        }
        int nb = merged.size() - 1;
        double[] edges = new double[nb + 1];
        for (int k = 0; k <= nb; k++) {
            edges[k] = axis.edge(merged.get(k));
        }

        List<Sample> samples = new ArrayList<>();
        double[] sig = group(signalHist, merged, false);
        double[] sigErr = group(signalHist, merged, true);
        samples.add(new Sample(
                "signal",
                sig,
                List.of(
                        new Modifier.NormFactor("mu"),
                        new Modifier.NormSys(
                                "signal_efficiency", 1 + signalEfficiencyUncertainty, 1 - signalEfficiencyUncertainty),
                        new Modifier.StatError("mcstat", sigErr))));
        double bkgTotal = 0;
        for (BackgroundHist b : backgrounds) {
            double[] y = group(b.hist(), merged, false);
            double total = Arrays.stream(y).sum();
            if (total <= 0) {
                continue;
            }
            bkgTotal += total;
            List<Modifier> mods = new ArrayList<>();
            mods.add(new Modifier.NormSys(
                    "norm_" + b.name(), 1 + b.normalisationUncertainty(), 1 - b.normalisationUncertainty()));
            if (b.extraName() != null) {
                mods.add(new Modifier.NormSys(b.extraName(), 1 + b.extraUncertainty(), 1 - b.extraUncertainty()));
            }
            mods.add(new Modifier.StatError("mcstat", group(b.hist(), merged, true)));
            samples.add(new Sample(b.name(), y, mods));
        }
        double[] obs = group(data, merged, false);
        String channel = "mrec2_" + massTag(mass);
        Workspace ws = new Workspace(
                List.of(new Channel(channel, samples)),
                List.of(new Observation(channel, obs)),
                List.of(new Measurement(
                        "zprime_" + massTag(mass),
                        "mu",
                        List.of(new ParameterConfig(
                                "mu", new double[] {1.0}, new double[][] {{0, 1e6}}, false, null, null)))),
                "1.0.0");
        return new Window(
                edges[0],
                edges[nb],
                edges,
                ws,
                Arrays.stream(sig).sum(),
                bkgTotal,
                Arrays.stream(obs).sum());
    }

    /** Asymptotic CLs limit with the qtilde test statistic. */
    static Limit limit(Workspace ws, double cl) {
        Model model = ModelCompiler.compile(ws, "zprime workspace");
        AsymptoticCalculator calc = new AsymptoticCalculator(model, model.observedData(), TestStatistic.QTILDE);
        UpperLimit.Result r = UpperLimit.rootFind(calc, 0, 10, 1 - cl, 1e-4);
        boolean ok = Double.isFinite(r.obs()) && Arrays.stream(r.exp()).allMatch(Double::isFinite);
        return new Limit(r.obs(), r.exp(), ok);
    }

    /** Sums fine bins [bounds[k], bounds[k+1]) (contents, or errors = sqrt of summed variances). */
    private static double[] group(Hist1D h, List<Integer> bounds, boolean errors) {
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

    /** The weighted quantile q of the selected events' observable. */
    static double weightedQuantile(SelectedEvents ev, double q) {
        Integer[] idx = IntStream.range(0, ev.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.comparingDouble(ev::observable));
        double total = ev.totalWeight();
        double target = q * total;
        double acc = 0;
        for (Integer i : idx) {
            acc += ev.weight(i);
            if (acc >= target) {
                return ev.observable(i);
            }
        }
        return ev.observable(idx[idx.length - 1]);
    }

    /** "M3p50" style tag of a mass, for names. */
    static String massTag(double mass) {
        return String.format(Locale.ROOT, "M%.2f", mass).replace('.', 'p');
    }
}

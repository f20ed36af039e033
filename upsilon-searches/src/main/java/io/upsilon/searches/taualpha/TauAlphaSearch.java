package io.upsilon.searches.taualpha;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.Histograms;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SignalGrid;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code upsilon run tau-l-alpha}: the Belle II search for τ → ℓα (α invisible) in e+e- → τ+τ−
 * with a three-prong tag (PRL 130, 181803, 62.8 fb^-1), from generation to the limit plots.
 *
 * <ol>
 *   <li>τ pairs (a configured fraction of σ × L, weights scaled to L), the QED backgrounds and the
 *       signal (one τ → ℓα per event) at every α mass and for e and μ are generated as weighted
 *       events, preselected at generator level, run through the Belle II fast simulation and
 *       selected ({@link TauAlphaSelection}).
 *   <li>The τ-pair sample is split by the truth of the signal-side track into the SM τ → ℓνν
 *       template and the τ background; lepton-ID variations reweight events by momentum.
 *   <li>A pseudo-dataset per channel is drawn from the SM expectation with the job's seed.
 *   <li>At every mass and channel a HistFactory workspace ({@link TauAlphaFit}) gives the
 *       asymptotic CLs limits on B(τ → ℓα)/B(τ → ℓνν); a closure test fits a pseudo-dataset with an
 *       injected signal.
 *   <li>{@link TauAlphaReport} writes the tables, plots, workspaces, HEPData and summary.
 * </ol>
 */
public final class TauAlphaSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "tau -> l alpha (alpha invisible), 3x1 topology, x_l in the tau pseudo-rest frame,"
                    + " Belle II PRL 130, 181803 (62.8 fb^-1)";

    /** Registry name. */
    public static final String NAME = "tau-l-alpha";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public TauAlphaSearch() {
        super(NAME, DESCRIPTION, TauAlphaConfig.QUICK);
    }

    /** A signal sample: channel, mass and outcome. */
    record SignalOutcome(LeptonChannel channel, double mass, SampleOutcome<ChannelResults<LeptonChannel>> outcome) {}

    /**
     * Results for one channel at one mass.
     *
     * @param channel e or μ
     * @param mass α mass, GeV
     * @param efficiency ε_ℓα: selected / generated signal events (the α decay on either τ)
     * @param efficiencyError its Monte Carlo error
     * @param signalAtRatio1 expected signal events at ratio 1
     * @param selectedMc selected signal Monte Carlo events
     * @param workspace the fit workspace
     * @param limits limits at each configured confidence level
     */
    record MassPoint(
            LeptonChannel channel,
            double mass,
            double efficiency,
            double efficiencyError,
            double signalAtRatio1,
            int selectedMc,
            Workspace workspace,
            List<TauAlphaFit.Limit> limits) {
        /** The limit at a confidence level, or null. */
        TauAlphaFit.Limit limit(double cl) {
            return limits.stream().filter(l -> l.cl() == cl).findFirst().orElse(null);
        }
    }

    /** Per-channel histograms: the fit's backgrounds and the pseudo-data. */
    record ChannelHists(List<TauAlphaFit.Template> backgrounds, Hist1D data, double lnunuEfficiency) {}

    /** The closure test in one channel: injected ratio, fitted ratio and its error. */
    record Closure(LeptonChannel channel, double mass, double injected, TauAlphaFit.PoiFit fit) {
        /** |mu_hat − injected| / σ. */
        double pull() {
            return (fit.muHat() - injected) / fit.error();
        }
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        TauAlphaConfig cfg = TauAlphaConfig.read(root, ctx.common());
        TauAlphaSelection selection = new TauAlphaSelection(cfg, ctx.beam());

        SampleOutcome<ChannelResults<LeptonChannel>> tautau = ctx.produce(cfg.tautau(), selection);
        List<SampleOutcome<ChannelResults<LeptonChannel>>> others = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            others.add(ctx.produce(b, selection));
        }

        // Signal grid.
        double[] masses = ctx.masses(cfg.signal().grid());
        long signalEvents = ctx.signalEvents(cfg.signal().grid());
        List<SignalOutcome> signals = new ArrayList<>();
        Process signalProcess = cfg.signal().grid().process();
        for (LeptonChannel c : LeptonChannel.values()) {
            for (double m : masses) {
                Map<String, String> given = new LinkedHashMap<>();
                given.put("mass", Double.toString(m));
                given.put("br", "1");
                given.put("lepton", Integer.toString(c.pdgId()));
                ProcessParameters params = ctx.parameters(signalProcess, given, "signal.masses");
                String tag = c.label() + "/" + SignalGrid.massTag(m);
                SampleOutcome<ChannelResults<LeptonChannel>> o = ctx.produce(
                        "signal/" + tag,
                        "τ → " + c.label() + "α, m_α = " + m + " GeV",
                        signalProcess,
                        params,
                        signalEvents,
                        selection);
                signals.add(new SignalOutcome(c, m, o));
            }
        }

        // Templates, pseudo-data, fits.
        TauAlphaConfig.Observable ob = cfg.observable();
        Axis axis = Axis.regular(ob.bins(), ob.lo(), ob.hi());
        TauAlphaConfig.Systematics sys = cfg.systematics();
        RandomStreams streams = ctx.streams();
        Map<LeptonChannel, ChannelHists> hists = new EnumMap<>(LeptonChannel.class);
        List<MassPoint> points = new ArrayList<>();
        List<Closure> closures = new ArrayList<>();
        for (LeptonChannel c : LeptonChannel.values()) {
            SelectedEvents tau = tautau.result().events(c);
            List<TauAlphaFit.Template> bkgs = new ArrayList<>();
            bkgs.add(template("lnunu", axis, tau, sys, 1.0, true, 0.0, true));
            bkgs.add(template("taubkg", axis, tau, sys, 1.0, false, 0.0, false));
            for (int k = 0; k < others.size(); k++) {
                SampleOutcome<ChannelResults<LeptonChannel>> o = others.get(k);
                SelectedEvents ev = o.result().events(c);
                double norm = cfg.backgrounds().get(k).normalisationUncertainty();
                bkgs.add(template(o.name(), axis, ev, sys, 1.0, null, norm, false));
            }
            Hist1D expected = new Hist1D(axis);
            for (TauAlphaFit.Template t : bkgs) {
                expected.add(t.nominal());
            }
            Hist1D data = Histograms.pseudoData(expected, streams.stream("pseudo-data/" + c.label()));
            double nTauPairs = tautau.result().flow(c).weight(0);
            double effLnunu = bkgs.get(0).nominal().integral(true)
                    / (nTauPairs * 2 * cfg.signal().brLNuNu(c));
            hists.put(c, new ChannelHists(List.copyOf(bkgs), data, effLnunu));

            for (SignalOutcome s : signals) {
                if (s.channel() != c) {
                    continue;
                }
                ChannelResults<LeptonChannel> r = s.outcome().result();
                int last = r.flow(c).steps().size() - 1;
                double generated = r.flow(c).weight(0);
                double eff = r.flow(c).efficiency(last);
                double effErr = r.flow(c).weightError(last) / generated;
                // Expected events at B(l alpha)/B(l nu nu) = 1: each of the N_tautau pairs has two
                // taus, each decaying to l alpha with B(l nu nu); the sample's weights sum to N_tautau.
                double scale = 2 * cfg.signal().brLNuNu(c);
                TauAlphaFit.Template sig = template("signal", axis, r.events(c), sys, scale, null, 0.0, true);
                String name = c.label() + "_" + SignalGrid.massTag(s.mass());
                Workspace ws = TauAlphaFit.workspace(name, sig, bkgs, data);
                List<TauAlphaFit.Limit> limits = r.events(c).size() < 10
                        ? List.of()
                        : TauAlphaFit.limits(ws, cfg.fit().cls());
                points.add(new MassPoint(
                        c,
                        s.mass(),
                        eff,
                        effErr,
                        sig.nominal().integral(true),
                        r.events(c).size(),
                        ws,
                        limits));
                if (s.mass() == cfg.fit().closureMass()) {
                    Hist1D injected = expected.copy();
                    injected.add(sig.nominal().scaled(cfg.fit().closureRatio()));
                    Hist1D cdata = Histograms.pseudoData(injected, streams.stream("closure/" + c.label()));
                    Workspace cws = TauAlphaFit.workspace(name + "_closure", sig, bkgs, cdata);
                    closures.add(new Closure(c, s.mass(), cfg.fit().closureRatio(), TauAlphaFit.fitPoi(cws)));
                }
            }
        }

        TauAlphaReport report = new TauAlphaReport(cfg, ctx, tautau, others, signals, axis, hists, points, closures);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /**
     * A template from selected events with its lepton-ID variations.
     *
     * @param trueLepton keep only events whose signal track is (true) or is not (false) a
     *     generated lepton of the channel's flavour; null keeps all
     * @param scaledBySm whether the sample carries the SM normalisation n_lnunu
     */
    static TauAlphaFit.Template template(
            String name,
            Axis axis,
            SelectedEvents ev,
            TauAlphaConfig.Systematics sys,
            double scale,
            Boolean trueLepton,
            double normUncertainty,
            boolean scaledBySm) {
        java.util.function.IntPredicate keep =
                i -> trueLepton == null || (ev.feature(i, TauAlphaSelection.F_TRUE_LEPTON) > 0.5) == trueLepton;
        java.util.function.IntPredicate lepton = i -> ev.feature(i, TauAlphaSelection.F_TRUE_LEPTON) > 0.5;
        Hist1D nominal = Histograms.fill(axis, ev, i -> keep.test(i) ? scale : 0.0);
        Hist1D[] eff = new Hist1D[2];
        Hist1D[] mis = new Hist1D[2];
        for (int k = 0; k < 2; k++) {
            double sign = k == 0 ? 1 : -1;
            eff[k] = Histograms.fill(axis, ev, i -> {
                if (!keep.test(i)) {
                    return 0.0;
                }
                double s = lepton.test(i)
                        ? sign * sys.efficiency() * sys.tilt(ev.feature(i, TauAlphaSelection.F_P_LAB))
                        : 0;
                return scale * (1 + s);
            });
            mis[k] = Histograms.fill(axis, ev, i -> {
                if (!keep.test(i)) {
                    return 0.0;
                }
                double s = lepton.test(i) ? 0 : sign * sys.misId();
                return scale * (1 + s);
            });
        }
        boolean anyLepton = trueLepton == null || trueLepton;
        boolean anyFake = trueLepton == null || !trueLepton;
        return new TauAlphaFit.Template(
                name,
                nominal,
                anyLepton ? eff[0] : null,
                anyLepton ? eff[1] : null,
                anyFake ? mis[0] : null,
                anyFake ? mis[1] : null,
                normUncertainty,
                scaledBySm);
    }
}

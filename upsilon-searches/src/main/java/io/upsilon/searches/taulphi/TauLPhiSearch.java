package io.upsilon.searches.taulphi;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.ChannelResults;
import io.upsilon.searches.CutFlow;
import io.upsilon.searches.LeptonChannel;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.stats.workspace.Workspace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code upsilon run tau-l-phi}: the Belle II search for τ → ℓφ (φ → K+K−, ℓ = e, μ) in e+e− →
 * τ+τ− with 190 fb^-1, from generation to the branching-fraction limits.
 *
 * <ol>
 *   <li>τ pairs (a configured fraction of σ × L, weights scaled to L), the QED backgrounds and the
 *       signal (one τ → ℓφ per event, e and μ) are generated as weighted events, preselected at
 *       generator level, run through the Belle II fast simulation and selected ({@link
 *       TauLPhiSelection}).
 *   <li>Per channel the signal region is a box in (M_ℓKK, ΔE) from the signal resolution:
 *       weighted quantiles of the selected signal give the centre (median) and the widths (half
 *       the 15.9–84.1% interval in M; in ΔE the lower and upper half-widths separately, for the ISR
 *       tail), times the configured numbers of σ.
 *   <li>The background in the signal region is estimated from the sideband box (signal region
 *       excluded): the pseudo-observed sideband count (Poisson, job's seed) times the simulated
 *       signal-region/sideband ratio, or the ratio of areas when too few simulated events fall in
 *       the signal region. The observed count is a Poisson pseudo-observation of the simulated
 *       expectation.
 *   <li>{@link TauLPhiLimit}: toy-based 90% CL CLs limit s_UL on the signal count, then B_UL =
 *       s_UL / (2 L σ_ττ ε) with σ_ττ from the generated τ-pair sample and ε measured on the
 *       signal sample (times B(φ → K+K−)).
 *   <li>{@link TauLPhiReport} writes result.json, the cut flow, the (M, ΔE) plots, the
 *       workspaces and summary.json.
 * </ol>
 */
public final class TauLPhiSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "tau -> l phi (phi -> K+K-), 3-prong l K K vs inclusive tag, (M, Delta E) signal region,"
                    + " sideband background, CLs counting limits (Belle II, 190 fb^-1)";

    /** Registry name. */
    public static final String NAME = "tau-l-phi";

    /** Lower and upper one-sigma quantiles of a Gaussian. */
    private static final double Q_LOW = 0.158655;

    private static final double Q_HIGH = 0.841345;

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public TauLPhiSearch() {
        super(NAME, DESCRIPTION, TauLPhiConfig.QUICK);
    }

    /** A box in (M, ΔE), GeV. */
    record Box(double mLo, double mHi, double deLo, double deHi) {
        boolean contains(double m, double de) {
            return m >= mLo && m <= mHi && de >= deLo && de <= deHi;
        }

        double area() {
            return (mHi - mLo) * (deHi - deLo);
        }
    }

    /**
     * Signal resolution from the selected signal: medians and one-sigma widths.
     *
     * @param mCentre median M, GeV
     * @param sigmaM half the 15.9–84.1% interval of M, GeV
     * @param deCentre median ΔE, GeV
     * @param sigmaDeLow median − 15.9% quantile of ΔE, GeV
     * @param sigmaDeHigh 84.1% quantile − median of ΔE, GeV
     */
    record Resolution(double mCentre, double sigmaM, double deCentre, double sigmaDeLow, double sigmaDeHigh) {}

    /** Weighted sum, its error and the Monte Carlo count of a sample in a region. */
    record Yield(double events, double error, int mcEvents) {}

    /**
     * Everything of one channel.
     *
     * @param channel e or μ
     * @param resolution signal resolution
     * @param signalRegion the signal-region box
     * @param sideband the sideband box (signal region excluded)
     * @param signalYield selected signal in the signal region (weights: expected events at one
     *     τ → ℓφ(→K+K−) per τ pair)
     * @param efficiencyReco reconstruction efficiency (signal region / generated)
     * @param efficiency ε = efficiencyReco × B(φ → K+K−)
     * @param efficiencyError MC error of ε
     * @param backgroundSr per background sample, yield in the signal region
     * @param backgroundSb per background sample, yield in the sideband
     * @param ratio signal-region / sideband ratio used
     * @param ratioMethod "simulation" or "area"
     * @param backgroundTrue expected background in the signal region (sideband expectation × ratio)
     * @param sidebandObserved pseudo-observed sideband count
     * @param backgroundEstimate sideband estimate of the background in the signal region
     * @param backgroundUncertainty its relative uncertainty
     * @param observed pseudo-observed count in the signal region
     * @param workspace the counting workspace
     * @param limit the limits on the signal count
     * @param branchingObserved observed B_UL
     * @param branchingExpected median expected B_UL
     */
    record ChannelResult(
            LeptonChannel channel,
            Resolution resolution,
            Box signalRegion,
            Box sideband,
            Yield signalYield,
            double efficiencyReco,
            double efficiency,
            double efficiencyError,
            Map<String, Yield> backgroundSr,
            Map<String, Yield> backgroundSb,
            double ratio,
            String ratioMethod,
            double backgroundTrue,
            int sidebandObserved,
            double backgroundEstimate,
            double backgroundUncertainty,
            int observed,
            Workspace workspace,
            TauLPhiLimit.Result limit,
            double branchingObserved,
            double branchingExpected) {}

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        TauLPhiConfig cfg = TauLPhiConfig.read(root, ctx.common());
        TauLPhiSelection selection = new TauLPhiSelection(cfg, ctx.beam());

        List<SampleOutcome<ChannelResults<LeptonChannel>>> backgrounds = new ArrayList<>();
        backgrounds.add(ctx.produce(cfg.tautau(), selection));
        for (SampleSpec b : cfg.backgrounds()) {
            backgrounds.add(ctx.produce(b, selection));
        }
        // sigma_tautau from the generated tau-pair sample: its weights sum to sigma x L.
        double sigmaTauTau = backgrounds.get(0).result().flow(LeptonChannel.E).weight(0) / (ctx.luminosityFb() * 1e6);

        Process signalProcess = cfg.signal().grid().process();
        long signalEvents = ctx.signalEvents(cfg.signal().grid());
        Map<LeptonChannel, SampleOutcome<ChannelResults<LeptonChannel>>> signals = new EnumMap<>(LeptonChannel.class);
        for (LeptonChannel c : LeptonChannel.values()) {
            ProcessParameters params = ctx.parameters(
                    signalProcess, Map.of("br", "1", "lepton", Integer.toString(c.pdgId())), "signal.process");
            signals.put(
                    c,
                    ctx.produce(
                            "signal/" + c.label(),
                            "tau -> " + c.label() + " phi",
                            signalProcess,
                            params,
                            signalEvents,
                            selection));
        }

        RandomStreams streams = ctx.streams();
        int toys = ctx.quick() ? cfg.limit().quickToys() : cfg.limit().toys();
        Map<LeptonChannel, ChannelResult> results = new EnumMap<>(LeptonChannel.class);
        for (LeptonChannel c : LeptonChannel.values()) {
            results.put(c, analyse(c, cfg, signals.get(c), backgrounds, sigmaTauTau, streams, toys));
        }
        TauLPhiReport report = new TauLPhiReport(cfg, ctx, backgrounds, signals, results, sigmaTauTau, toys);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /** Signal region, background estimate, pseudo-observation and limit of one channel. */
    static ChannelResult analyse(
            LeptonChannel c,
            TauLPhiConfig cfg,
            SampleOutcome<ChannelResults<LeptonChannel>> signal,
            List<SampleOutcome<ChannelResults<LeptonChannel>>> backgrounds,
            double sigmaTauTau,
            RandomStreams streams,
            int toys) {
        TauLPhiConfig.Regions reg = cfg.regions();
        SelectedEvents sig = signal.result().events(c);
        if (sig.size() < 10) {
            throw new IllegalStateException("too few selected signal events (" + sig.size() + ") in channel "
                    + c.label() + " to measure the resolution; generate more signal");
        }
        Resolution res = resolution(sig);
        Box sr = new Box(
                res.mCentre() - reg.nSigmaMass() * res.sigmaM(),
                res.mCentre() + reg.nSigmaMass() * res.sigmaM(),
                res.deCentre() - reg.nSigmaDeLow() * res.sigmaDeLow(),
                res.deCentre() + reg.nSigmaDeHigh() * res.sigmaDeHigh());
        Box sbOuter =
                new Box(reg.sidebandMass()[0], reg.sidebandMass()[1], reg.sidebandDeltaE()[0], reg.sidebandDeltaE()[1]);
        Yield sigYield = yieldIn(sig, sr, null);
        double generated = signal.result().flow(c).weight(0);
        double effReco = sigYield.events() / generated;
        double eff = effReco * cfg.signal().brPhiKk();
        double effErr = sigYield.error() / generated * cfg.signal().brPhiKk();

        Map<String, Yield> inSr = new java.util.LinkedHashMap<>();
        Map<String, Yield> inSb = new java.util.LinkedHashMap<>();
        double nSr = 0;
        double varSr = 0;
        int mcSr = 0;
        double nSb = 0;
        double varSb = 0;
        for (SampleOutcome<ChannelResults<LeptonChannel>> b : backgrounds) {
            SelectedEvents ev = b.result().events(c);
            Yield y = yieldIn(ev, sr, null);
            Yield z = yieldIn(ev, sbOuter, sr);
            inSr.put(b.name(), y);
            inSb.put(b.name(), z);
            nSr += y.events();
            varSr += y.error() * y.error();
            mcSr += y.mcEvents();
            nSb += z.events();
            varSb += z.error() * z.error();
        }
        // Area of the sideband box without the part of the signal region inside it.
        double overlap = Math.max(0, Math.min(sr.mHi(), sbOuter.mHi()) - Math.max(sr.mLo(), sbOuter.mLo()))
                * Math.max(0, Math.min(sr.deHi(), sbOuter.deHi()) - Math.max(sr.deLo(), sbOuter.deLo()));
        double sbArea = sbOuter.area() - overlap;
        double ratio;
        double ratioRelErr;
        String method;
        if (mcSr >= reg.minMcEvents() && nSb > 0) {
            ratio = nSr / nSb;
            // MC statistics, plus each sample's normalisation uncertainty: scaling one sample
            // changes the ratio when its share differs between signal region and sideband.
            double rel2 = varSr / (nSr * nSr) + varSb / (nSb * nSb);
            for (SampleOutcome<ChannelResults<LeptonChannel>> b : backgrounds) {
                double u = normalisationUncertainty(cfg, b.name());
                double scaled = (nSr + u * inSr.get(b.name()).events())
                        / (nSb + u * inSb.get(b.name()).events());
                rel2 += Math.pow(scaled / ratio - 1, 2);
            }
            ratioRelErr = Math.sqrt(rel2);
            method = "simulation";
        } else {
            ratio = sr.area() / sbArea;
            ratioRelErr = 1.0; // [E] flat-background assumption, 100% uncertainty
            method = "area";
        }
        double bTrue = nSb * ratio;
        int nSbObs = streams.stream("sideband/" + c.label()).nextPoisson(nSb);
        int nObs = bTrue > 0 ? streams.stream("observed/" + c.label()).nextPoisson(bTrue) : 0;
        double bEst = nSbObs * ratio;
        double bUnc = Math.sqrt(1.0 / Math.max(nSbObs, 1) + ratioRelErr * ratioRelErr);
        if (nSbObs == 0) {
            // No sideband event: the background estimate is zero with the one-event scale as uncertainty.
            bEst = 0;
        }
        Workspace ws =
                TauLPhiLimit.workspace(c.label(), bEst, bUnc, cfg.signal().efficiencyUncertainty(), nObs);
        TauLPhiLimit.Result lim = TauLPhiLimit.limit(
                ws, cfg.limit().cl(), toys, streams.child("limit").child(c.label()));
        double bObs = TauLPhiLimit.branchingLimit(lim.observed(), cfg.common().luminosityFb(), sigmaTauTau, eff);
        double bExp = TauLPhiLimit.branchingLimit(lim.expected(), cfg.common().luminosityFb(), sigmaTauTau, eff);
        return new ChannelResult(
                c, res, sr, sbOuter, sigYield, effReco, eff, effErr, inSr, inSb, ratio, method, bTrue, nSbObs, bEst,
                bUnc, nObs, ws, lim, bObs, bExp);
    }

    /** The declared normalisation uncertainty of the background sample {@code name} (0 when none). */
    static double normalisationUncertainty(TauLPhiConfig cfg, String name) {
        if (cfg.tautau().name().equals(name)) {
            return cfg.tautau().normalisationUncertainty();
        }
        for (SampleSpec b : cfg.backgrounds()) {
            if (b.name().equals(name)) {
                return b.normalisationUncertainty();
            }
        }
        return 0;
    }

    /** Weighted yield in {@code box} and not in {@code excluded} (may be null). */
    static Yield yieldIn(SelectedEvents ev, Box box, Box excluded) {
        double w = 0;
        double w2 = 0;
        int n = 0;
        for (int i = 0; i < ev.size(); i++) {
            double m = ev.observable(i);
            double de = ev.feature(i, TauLPhiSelection.F_DELTA_E);
            if (box.contains(m, de) && (excluded == null || !excluded.contains(m, de))) {
                w += ev.weight(i);
                w2 += ev.weight(i) * ev.weight(i);
                n++;
            }
        }
        return new Yield(w, Math.sqrt(w2), n);
    }

    /** Medians and one-sigma quantile widths of M and ΔE of the selected signal. */
    static Resolution resolution(SelectedEvents sig) {
        double[] m = new double[sig.size()];
        double[] de = new double[sig.size()];
        for (int i = 0; i < sig.size(); i++) {
            m[i] = sig.observable(i);
            de[i] = sig.feature(i, TauLPhiSelection.F_DELTA_E);
        }
        double mMed = quantile(sig, m, 0.5);
        double deMed = quantile(sig, de, 0.5);
        return new Resolution(
                mMed,
                (quantile(sig, m, Q_HIGH) - quantile(sig, m, Q_LOW)) / 2,
                deMed,
                deMed - quantile(sig, de, Q_LOW),
                quantile(sig, de, Q_HIGH) - deMed);
    }

    /** Weighted quantile q of the values x of the selected events (ties broken by index). */
    static double quantile(SelectedEvents ev, double[] x, double q) {
        Integer[] idx = IntStream.range(0, x.length).boxed().toArray(Integer[]::new);
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingInt(i -> i));
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            total += ev.weight(i);
        }
        double acc = 0;
        for (Integer i : idx) {
            acc += ev.weight(i);
            if (acc >= q * total) {
                return x[i];
            }
        }
        return x[idx[idx.length - 1]];
    }

    /** The cut flow of a sample in a channel (for the report). */
    static CutFlow flow(SampleOutcome<ChannelResults<LeptonChannel>> s, LeptonChannel c) {
        return s.result().flow(c);
    }
}

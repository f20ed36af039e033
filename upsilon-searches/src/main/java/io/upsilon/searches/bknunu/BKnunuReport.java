package io.upsilon.searches.bknunu;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.plot.HistSeries;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.StackedHistogramPlot;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.searches.BinGrouping;
import io.upsilon.searches.CrossTrainedBdt;
import io.upsilon.searches.CutFlow;
import io.upsilon.searches.CutFlowTable;
import io.upsilon.searches.Histograms;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.stats.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outputs of the ITA search: the cut flow (with the classifier steps), the workspace and its
 * reinterpretation mapping, η(BDT2), q²_rec and post-fit plots, {@code results.csv}, {@code
 * summary.json} and the report page; and the terminal summary. Also runs the fits whose numbers it
 * reports ({@link BKnunuFit}).
 */
final class BKnunuReport {
    /** Published numbers the results are shown next to. */
    static final double PAPER_MU_ITA = 5.4; // [S] PRD 109, 112006 abstract: B = 2.7e-5 = 5.4 x 4.97e-6

    static final double PAPER_SIGNIFICANCE_ITA = 3.5; // [R] ITA observed significance, PRD 109, 112006 Sec. X

    static final double PAPER_LIMIT_2021 = 4.1e-5; // [S] PRL 127, 181802 abstract: B < 4.1e-5 at 90% CL

    static final double PAPER_MU_HTA = 2.2; // [S] PRD 109, 112006 abstract: B_HTA = 1.1e-5 (2.2 x 4.97e-6 [R])

    static final double PAPER_MU_COMBINED = 4.6; // [S] abstract: B = 2.3e-5 (4.6 x 4.97e-6 [R])

    static final double PAPER_SIGNIFICANCE_COMBINED = 3.5; // [S] PRD 109, 112006 abstract

    /** The cut-flow channel of the HTA (from the tag on, events count with weight × tag probability). */
    static final String HTA_CHANNEL = "hadronic tag";

    private static final String TITLE = "B⁺ → K⁺νν̄ (inclusive and hadronic tag, combined)";

    private final BKnunuConfig cfg;
    private final RunContext ctx;
    private final List<BKnunuSearch.Scored> scored;
    private final int onCount;
    private final CrossTrainedBdt bdt1;
    private final CrossTrainedBdt bdt2;
    private final BackgroundTail tail;
    private final BKnunuFit.Templates templates;
    private final ReinterpretMapping mapping;
    private final HtaAnalysis hta;

    BKnunuReport(
            BKnunuConfig cfg,
            RunContext ctx,
            List<BKnunuSearch.Scored> scored,
            int onCount,
            CrossTrainedBdt bdt1,
            CrossTrainedBdt bdt2,
            BackgroundTail tail,
            BKnunuFit.Templates templates,
            ReinterpretMapping mapping,
            HtaAnalysis hta) {
        this.cfg = cfg;
        this.ctx = ctx;
        this.scored = List.copyOf(scored);
        this.onCount = onCount;
        this.bdt1 = bdt1;
        this.bdt2 = bdt2;
        this.tail = tail;
        this.templates = templates;
        this.mapping = mapping;
        this.hta = hta;
    }

    /** Runs the fits, writes every output and returns the terminal summary. */
    String write() {
        BKnunuConfig.Fit fit = cfg.fit();
        Hist1D dataOn = Histograms.pseudoData(templates.expectedOn(1.0), ctx.streams().stream("pseudo-data/onres"));
        Hist1D dataOff = Histograms.pseudoData(templates.expectedOff(), ctx.streams().stream("pseudo-data/offres"));
        Workspace ws = BKnunuFit.workspace("b_knunu_ita", templates, dataOn, dataOff);
        BinGrouping onBins = BKnunuFit.onChannel(templates, dataOn).fitBins();
        BKnunuFit.Sensitivity full = BKnunuFit.sensitivity(templates, fit.cl());
        BKnunuFit.Sensitivity early = BKnunuFit.sensitivity(
                templates.scaled(
                        fit.luminosity2021Fb() / ctx.luminosityFb(),
                        fit.offResonance2021Fb() / cfg.offResonance().luminosityFb()),
                fit.cl());
        List<BKnunuFit.Closure> closure = new ArrayList<>();
        for (double mu : fit.closureMu()) {
            closure.add(BKnunuFit.closure(
                    templates, mu, ctx.streams().stream(String.format(Locale.ROOT, "closure/mu-%g", mu))));
        }
        BKnunuFit.PostFit post = BKnunuFit.postFit(ws);

        // The hadronic tag alone and the ITA + HTA combination (shared mu, correlated systematics).
        HtaFit.Templates htaT = hta.templates();
        double scale63 = fit.luminosity2021Fb() / ctx.luminosityFb();
        double scaleOff63 = fit.offResonance2021Fb() / cfg.offResonance().luminosityFb();
        Hist1D dataHta = Histograms.pseudoData(htaT.expected(1.0), ctx.streams().stream("pseudo-data/hta"));
        Workspace wsHta = HtaFit.workspace("b_knunu_hta", htaT, dataHta);
        Workspace wsComb = HtaFit.combined("b_knunu_combined", templates, htaT, dataOn, dataOff, dataHta);
        BKnunuFit.Sensitivity htaFull = BKnunuFit.sensitivity(mu -> HtaFit.asimov("hta", htaT, mu), fit.cl());
        HtaFit.Templates hta63 = htaT.scaled(scale63);
        BKnunuFit.Sensitivity htaEarly = BKnunuFit.sensitivity(mu -> HtaFit.asimov("hta", hta63, mu), fit.cl());
        BKnunuFit.Sensitivity combFull =
                BKnunuFit.sensitivity(mu -> HtaFit.combinedAsimov("comb", templates, htaT, mu), fit.cl());
        BKnunuFit.Templates ita63 = templates.scaled(scale63, scaleOff63);
        BKnunuFit.Sensitivity combEarly =
                BKnunuFit.sensitivity(mu -> HtaFit.combinedAsimov("comb", ita63, hta63, mu), fit.cl());
        List<BKnunuFit.Closure> combClosure = new ArrayList<>();
        for (double mu : fit.closureMu()) {
            combClosure.add(BKnunuFit.closure(
                    HtaFit.combinedAsimov("closure", templates, htaT, mu),
                    mu,
                    ctx.streams().stream(String.format(Locale.ROOT, "closure-combined/mu-%g", mu))));
        }
        BKnunuFit.PostFit postHta = BKnunuFit.postFit(wsHta);
        int toys =
                ctx.quick() ? Math.min(cfg.hta().toys(), QUICK_TOYS) : cfg.hta().toys();
        ToyCheck toyCheck = ToyCheck.run(
                HtaFit.combinedAsimov("comb_bonly", templates, htaT, 0.0),
                combFull.median(),
                toys,
                ctx.streams().child("toys/combined"));

        BKnunuSearch.Scored sig = scored.get(0);
        double generated = sig.outcome().result().flow().weight(0) * sig.scale();
        double inSr = templates.signal().integral();
        double efficiency = inSr / generated;
        Map<String, Double> composition = new LinkedHashMap<>();
        for (BKnunuFit.Template t : templates.onResonance()) {
            composition.put(t.name(), t.hist().integral());
        }
        double bkgSr =
                composition.values().stream().mapToDouble(Double::doubleValue).sum();
        double offSr = templates.expectedOff().integral();

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("signal_efficiency_sr", efficiency);
        body.put("signal_expected_sr_sm", inSr);
        body.put("background_expected_sr", bkgSr);
        body.put("background_composition_sr", composition);
        body.put("offresonance_expected_sr", offSr);
        // Validation of the tail model: the backgrounds' signal-region yields counted directly.
        Map<String, Object> direct = new LinkedHashMap<>();
        for (int s = 1; s < scored.size(); s++) {
            BKnunuSearch.Scored sc = scored.get(s);
            Hist1D h = BKnunuSearch.template(templates.axis(), sc);
            Hist1D t = BKnunuSearch.tailTemplate(templates.axis(), sc, tail, fit);
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("expected", h.integral());
            one.put("expected_error", Math.sqrt(sumW2(h)));
            one.put("mc_events", h.entries());
            one.put("tail_model", t.integral());
            one.put("template", h.entries() >= fit.directMinEvents() ? "direct" : "tail");
            direct.put(sc.spec().name(), one);
        }
        Map<String, Object> tailMap = new LinkedHashMap<>();
        tailMap.put("eta_min", tail.etaMin());
        tailMap.put("k", tail.k());
        tailMap.put("k_error", tail.kError());
        tailMap.put("mc_events", tail.events());
        tailMap.put("sr_factor_hi", templates.tailHi());
        tailMap.put("sr_factor_lo", templates.tailLo());
        tailMap.put("direct_mc_sr", direct);
        body.put("background_tail", tailMap);
        body.put("generator_filter", filterValidation());
        body.put("offresonance_channel_fitted", BKnunuFit.hasOffResonance(templates));
        body.put("bdt1", bdtSummary(bdt1));
        body.put("bdt2", bdtSummary(bdt2));
        body.put("expected_362", sensitivityMap(full, ctx.luminosityFb()));
        body.put("expected_63", sensitivityMap(early, fit.luminosity2021Fb()));
        List<Map<String, Object>> cl = new ArrayList<>();
        for (BKnunuFit.Closure c : closure) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mu_injected", c.injected());
            m.put("mu_fitted", c.fitted());
            m.put("mu_error", c.error());
            m.put("pull", c.pull());
            cl.add(m);
        }
        body.put("closure", cl);
        body.put("pseudo_data_fit", Map.of("mu", post.mu(), "mu_error", post.muError()));
        body.put("fit_bins_onres", onBins.groups());
        body.put("hta", htaSummary(htaFull, htaEarly, postHta));
        Map<String, Object> comb = new LinkedHashMap<>();
        comb.put("channels", wsComb.channels().size());
        comb.put("expected_362", sensitivityMap(combFull, ctx.luminosityFb()));
        comb.put("expected_63", sensitivityMap(combEarly, fit.luminosity2021Fb()));
        comb.put("closure", closureList(combClosure));
        // The toys' wall time only in the full run: the quick run's outputs are compared byte for byte.
        comb.put("toy_cls", toyCheck.toMap(!ctx.quick()));
        body.put("combined", comb);
        body.put(
                "paper",
                Map.of(
                        "mu_ita_observed", PAPER_MU_ITA,
                        "significance_ita_observed", PAPER_SIGNIFICANCE_ITA,
                        "limit_2021_90cl", PAPER_LIMIT_2021,
                        "mu_hta_observed", PAPER_MU_HTA,
                        "mu_combined_observed", PAPER_MU_COMBINED,
                        "significance_combined_observed", PAPER_SIGNIFICANCE_COMBINED));

        List<SampleOutcome<?>> outcomes = new ArrayList<>();
        scored.forEach(s -> outcomes.add(s.outcome()));
        String mappingSource = "Upsilon b-knunu run (seed " + ctx.seed() + (ctx.quick() ? ", quick mode" : "")
                + "): method of Belle II PRD 109, 112006 (2024); signal SM KNUNU model; weights at "
                + PlotLabels.formatNumber(ctx.luminosityFb()) + " fb^-1";
        SearchOutput out = SearchOutput.of(ctx, TITLE, BKnunuSearch.DESCRIPTION)
                .figure(
                        "eta_bdt2.png",
                        "η(BDT2) of the events with BDT1 above its cut (signal region: η > " + fit.etaEdges()[0] + ")")
                .figure("q2rec_sr.png", "q²_rec in the signal region")
                .figure(
                        "postfit_onres.png",
                        "on-resonance fit bins: pseudo-data, pre-fit backgrounds and post-fit total")
                .resultsCsv("results.csv")
                .samples(outcomes)
                .cutFlow(cutFlowTable(), "")
                .figure(
                        "eta_bdth.png",
                        "η(BDTh) of the hadronic-tag events (signal region: η > "
                                + cfg.hta().etaEdges()[0] + ")")
                .figure("postfit_hta.png", "HTA fit bins: pseudo-data, pre-fit backgrounds and post-fit total")
                .workspace("b_knunu_ita", ws)
                .workspace("b_knunu_hta", wsHta)
                .workspace("b_knunu_combined", wsComb)
                .files(d -> {
                    // Both channels with a signal: the mapping goes with the combined workspace.
                    Map<String, double[][]> channels = new LinkedHashMap<>();
                    channels.put(BKnunuFit.ON, mapping.matrix(onBins));
                    channels.put(
                            HtaFit.HTA,
                            htaMapping().matrix(HtaFit.channel(htaT, dataHta).fitBins()));
                    mapping.write(d.resolve("workspaces").resolve("reinterpret-mapping.json"), mappingSource, channels);
                    AtomicFiles.writeString(
                            d.resolve("results.csv"),
                            resultsCsv(efficiency, bkgSr, full, early, closure)
                                    + htaResultsCsv(
                                            htaFull, htaEarly, combFull, combEarly, combClosure, postHta.muError()));
                    writePlots(d, post, dataOn, onBins);
                    HtaPlots.write(d, ctx.plotLabels(), cfg, hta, postHta, dataHta, this::label);
                })
                .summary(body);
        out.write();
        return out.terminalHeader("B+ -> K+ nu nubar (ITA)")
                + String.format(
                        Locale.ROOT,
                        "signal efficiency in the SR %.4f; expected SR yields: signal (SM) %.1f, background %.1f%n"
                                + "expected at %s fb^-1: significance %.2f sigma, 90%% CL limit mu < %.2f (B < %.2e)%n"
                                + "expected at %s fb^-1: significance %.2f sigma, 90%% CL limit mu < %.2f (B < %.2e)%n"
                                + "HTA: signal efficiency in the SR %.5f; expected significance %.2f sigma, limit mu < %.2f%n"
                                + "ITA + HTA: expected significance %.2f sigma, limit mu < %.2f; toy CLs at it %.3f (%d toys, %.1f s)%n",
                        efficiency,
                        inSr,
                        bkgSr,
                        PlotLabels.formatNumber(ctx.luminosityFb()),
                        full.significance(),
                        full.median(),
                        full.median() * cfg.smBranchingFraction(),
                        PlotLabels.formatNumber(fit.luminosity2021Fb()),
                        early.significance(),
                        early.median(),
                        early.median() * cfg.smBranchingFraction(),
                        hta.signalEfficiency(),
                        htaFull.significance(),
                        htaFull.median(),
                        combFull.significance(),
                        combFull.median(),
                        toyCheck.clsExpToys()[2],
                        toyCheck.toys(),
                        toyCheck.seconds());
    }

    /** The HTA signal's expected events per generated-q² bin (the ITA mapping's) and η(BDTh) bin. */
    private ReinterpretMapping htaMapping() {
        ReinterpretMapping m =
                new ReinterpretMapping(mapping.truthEdges(), cfg.hta().bins());
        BKnunuSearch.Scored sig = hta.scored().get(0);
        for (int i = 0; i < sig.events().size(); i++) {
            if (sig.bin()[i] >= 0) {
                m.add(sig.events().feature(i, HtaSelection.TRUTH_COLUMN), sig.bin()[i], sig.weight(i));
            }
        }
        return m;
    }

    /** Toys per hypothesis in --quick mode (the full run uses the YAML's count). */
    static final int QUICK_TOYS = 100;

    private Map<String, Object> htaSummary(
            BKnunuFit.Sensitivity full, BKnunuFit.Sensitivity early, BKnunuFit.PostFit post) {
        HtaFit.Templates t = hta.templates();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("signal_efficiency_sr", hta.signalEfficiency());
        m.put("signal_expected_sr_sm", t.signal().integral());
        Map<String, Object> comp = new LinkedHashMap<>();
        Map<String, Object> mc = new LinkedHashMap<>();
        double bkg = 0;
        for (BKnunuFit.Template b : t.backgrounds()) {
            comp.put(b.name(), b.hist().integral());
            mc.put(b.name(), b.hist().entries());
            bkg += b.hist().integral();
        }
        m.put("background_expected_sr", bkg);
        m.put("background_composition_sr", comp);
        m.put("background_mc_events_sr", mc);
        m.put("signal_mc_events_sr", t.signal().entries());
        m.put("eta_edges", cfg.hta().etaEdges());
        BKnunuConfig.Enriched enriched = cfg.hta().enriched();
        HtaSideFilter filter = enriched != null ? enriched.filter() : BKnunuSearch.DEFAULT_SIDE_FILTER;
        Map<String, Object> side = new LinkedHashMap<>();
        side.put(
                "applied_to",
                enriched != null
                        ? enriched.samples().stream().map(SampleSpec::name).toList()
                        : List.of());
        side.put("max_side_tracks", filter.maxSideTracks());
        side.put(
                "check_on_generic_samples",
                hta.sideFilterCheck(
                        filter,
                        enriched != null
                                ? enriched.samples().stream()
                                        .map(SampleSpec::name)
                                        .toList()
                                : List.of()));
        m.put("side_filter", side);
        m.put("bdth", bdtSummary(hta.bdt()));
        // The ITA's loss to the overlap removal: the signal-region share the HTA takes.
        double removed = 0;
        double before = 0;
        BKnunuSearch.Scored sig = scored.get(0);
        for (int i = 0; i < sig.events().size(); i++) {
            if (sig.bin()[i] >= 0) {
                double w = sig.events().weight(i) * sig.scale();
                before += w;
                removed += w - sig.weight(i);
            }
        }
        m.put("ita_signal_removed_by_overlap", before > 0 ? removed / before : 0.0);
        m.put("expected_362", sensitivityMap(full, ctx.luminosityFb()));
        m.put("expected_63", sensitivityMap(early, cfg.fit().luminosity2021Fb()));
        m.put("pseudo_data_fit", Map.of("mu", post.mu(), "mu_error", post.muError()));
        return m;
    }

    private static List<Map<String, Object>> closureList(List<BKnunuFit.Closure> closure) {
        List<Map<String, Object>> cl = new ArrayList<>();
        for (BKnunuFit.Closure c : closure) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mu_injected", c.injected());
            m.put("mu_fitted", c.fitted());
            m.put("mu_error", c.error());
            m.put("pull", c.pull());
            cl.add(m);
        }
        return cl;
    }

    private Map<String, Object> sensitivityMap(BKnunuFit.Sensitivity s, double lumi) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("luminosity_fb", lumi);
        m.put("significance_sm", s.significance());
        m.put("limit_mu_median", s.median());
        m.put("limit_mu_band", s.limits());
        m.put("limit_branching_fraction_median", s.median() * cfg.smBranchingFraction());
        m.put("converged", s.converged());
        return m;
    }

    private static Map<String, Object> bdtSummary(CrossTrainedBdt b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folds", b.folds());
        m.put("training_events_signal", b.trainingEvents()[0]);
        m.put("training_events_background", b.trainingEvents()[1]);
        m.put("auc_out_of_fold", b.outOfFoldAuc());
        m.put("auc_in_fold", b.inFoldAuc());
        return m;
    }

    private String resultsCsv(
            double eff,
            double bkg,
            BKnunuFit.Sensitivity full,
            BKnunuFit.Sensitivity early,
            List<BKnunuFit.Closure> closure) {
        StringBuilder sb = new StringBuilder("quantity,upsilon,paper\n");
        sb.append(String.format(Locale.ROOT, "signal efficiency in the SR,%.4g,~0.08 [R]%n", eff));
        sb.append(String.format(Locale.ROOT, "expected background in the SR (on-res),%.4g,%n", bkg));
        sb.append(String.format(
                Locale.ROOT,
                "expected significance of an SM signal at %s fb^-1,%.3g,%n",
                PlotLabels.formatNumber(ctx.luminosityFb()),
                full.significance()));
        sb.append(String.format(
                Locale.ROOT,
                "expected 90%% CL limit on B at %s fb^-1,%.3g,%n",
                PlotLabels.formatNumber(ctx.luminosityFb()),
                full.median() * cfg.smBranchingFraction()));
        sb.append(String.format(
                Locale.ROOT,
                "expected 90%% CL limit on B at %s fb^-1,%.3g,%.2g observed (PRL 127 181802)%n",
                PlotLabels.formatNumber(cfg.fit().luminosity2021Fb()),
                early.median() * cfg.smBranchingFraction(),
                PAPER_LIMIT_2021));
        for (BKnunuFit.Closure c : closure) {
            sb.append(String.format(
                    Locale.ROOT,
                    "closure: mu injected %g fitted,%.3f +- %.3f,%n",
                    c.injected(),
                    c.fitted(),
                    c.error()));
        }
        return sb.toString();
    }

    /** The rows of results.csv for the hadronic tag and the combination (same columns). */
    private String htaResultsCsv(
            BKnunuFit.Sensitivity htaFull,
            BKnunuFit.Sensitivity htaEarly,
            BKnunuFit.Sensitivity combFull,
            BKnunuFit.Sensitivity combEarly,
            List<BKnunuFit.Closure> combClosure,
            double htaMuError) {
        String lumi = PlotLabels.formatNumber(ctx.luminosityFb());
        String lumi63 = PlotLabels.formatNumber(cfg.fit().luminosity2021Fb());
        double bkg = hta.templates().expected(0).integral();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "HTA: signal efficiency in the SR,%.4g,~0.004 [R] (PRD 109 112006)%n",
                hta.signalEfficiency()));
        sb.append(String.format(Locale.ROOT, "HTA: expected background in the SR,%.4g,%n", bkg));
        sb.append(String.format(
                Locale.ROOT,
                "HTA: expected significance of an SM signal at %s fb^-1,%.3g,%n",
                lumi,
                htaFull.significance()));
        sb.append(String.format(
                Locale.ROOT, "HTA: expected 90%% CL limit on mu at %s fb^-1,%.3g,%n", lumi, htaFull.median()));
        sb.append(String.format(
                Locale.ROOT,
                "HTA: uncertainty of mu (fit to the pseudo-data) at %s fb^-1,%.3g,~1.8 (stat; mu = %.1f +1.8 -1.7 observed; PRD 109 112006)%n",
                lumi,
                htaMuError,
                PAPER_MU_HTA));
        sb.append(String.format(
                Locale.ROOT, "HTA: expected 90%% CL limit on mu at %s fb^-1,%.3g,%n", lumi63, htaEarly.median()));
        sb.append(String.format(
                Locale.ROOT,
                "ITA + HTA: expected significance of an SM signal at %s fb^-1,%.3g,%.1f observed (PRD 109 112006)%n",
                lumi,
                combFull.significance(),
                PAPER_SIGNIFICANCE_COMBINED));
        sb.append(String.format(
                Locale.ROOT, "ITA + HTA: expected 90%% CL limit on mu at %s fb^-1,%.3g,%n", lumi, combFull.median()));
        sb.append(String.format(
                Locale.ROOT,
                "ITA + HTA: expected significance of an SM signal at %s fb^-1,%.3g,%n",
                lumi63,
                combEarly.significance()));
        sb.append(String.format(
                Locale.ROOT,
                "ITA + HTA: expected 90%% CL limit on mu at %s fb^-1,%.3g,%n",
                lumi63,
                combEarly.median()));
        for (BKnunuFit.Closure c : combClosure) {
            sb.append(String.format(
                    Locale.ROOT,
                    "ITA + HTA closure: mu injected %s fitted,%.3f +- %.3f,%n",
                    PlotLabels.formatNumber(c.injected()),
                    c.fitted(),
                    c.error()));
        }
        return sb.toString();
    }

    private CutFlowTable cutFlowTable() {
        List<String> more = List.of(
                String.format(
                        Locale.ROOT,
                        "BDT1 > %s",
                        PlotLabels.formatNumber(cfg.bdt().bdt1Cut())),
                String.format(
                        Locale.ROOT,
                        "η(BDT2) > %s (signal region)",
                        PlotLabels.formatNumber(cfg.fit().etaEdges()[0])));
        CutFlowTable.Builder b = CutFlowTable.builder(
                TITLE,
                ctx.luminosityFb(),
                "generated B⁺B⁻ events with one B → K⁺νν̄",
                ctx.quick(),
                "B → K K_L K_L and B → K n n̄ as separate samples, K_L inefficiency corrections");
        b.channel("on-resonance");
        for (int s = 0; s <= onCount; s++) {
            BKnunuSearch.Scored sc = scored.get(s);
            b.column(
                    sc.outcome(), s == 0 ? CutFlowTable.Kind.SIGNAL : CutFlowTable.Kind.BACKGROUND, extended(sc, more));
        }
        b.channel("off-resonance");
        for (int s = onCount + 1; s < scored.size(); s++) {
            BKnunuSearch.Scored sc = scored.get(s);
            b.column(sc.outcome(), CutFlowTable.Kind.BACKGROUND, extended(sc, more));
        }
        b.channel(HTA_CHANNEL);
        String sr = String.format(
                Locale.ROOT,
                "η(BDTh) > %s (signal region)",
                PlotLabels.formatNumber(cfg.hta().etaEdges()[0]));
        for (int s = 0; s < hta.scored().size(); s++) {
            BKnunuSearch.Scored sc = hta.scored().get(s);
            CutFlow f = sc.outcome().result().flow().extendedBy(List.of(sr));
            int first = sc.outcome().result().flow().steps().size();
            for (int i = 0; i < sc.events().size(); i++) {
                if (sc.bin()[i] >= 0) {
                    f.passFrom(first, first, sc.events().weight(i));
                }
            }
            b.column(sc.outcome(), s == 0 ? CutFlowTable.Kind.SIGNAL : CutFlowTable.Kind.BACKGROUND, f);
        }
        return b.build();
    }

    /**
     * The validation of the generator-level missing-energy filter: its settings, and per sample the
     * fraction of generated events that the preselection and the filter leave for the simulation, and
     * the events above the BDT1 cut and in the signal region with a truth missing energy below the
     * threshold (those the filter removes, or would have removed when it is not applied).
     */
    private Map<String, Object> filterValidation() {
        MissingEnergyFilter f = cfg.filter();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("missing_energy_min", f.eMin());
        m.put("applied", f.apply());
        Map<String, Object> samples = new LinkedHashMap<>();
        int col = BKnunuSelection.missingEnergyColumn(cfg);
        for (BKnunuSearch.Scored sc : scored) {
            CutFlow flow = sc.outcome().result().flow();
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("simulated_fraction", flow.weight(1) / flow.weight(0));
            one.put("bdt1", FilterCheck.of(sc, col, f.eMin(), false).toMap());
            one.put("signal_region", FilterCheck.of(sc, col, f.eMin(), true).toMap());
            samples.put(sc.spec().name(), one);
        }
        m.put("samples", samples);
        return m;
    }

    /**
     * The selected events of one sample above the BDT1 cut (or in the signal region) and those of
     * them with a truth missing energy below the filter's threshold.
     *
     * @param events simulated events
     * @param weight their expected events
     * @param below simulated events below the threshold
     * @param weightBelow their expected events
     * @param minMissingEnergy the lowest truth missing energy among them, GeV (NaN: none)
     */
    record FilterCheck(int events, double weight, int below, double weightBelow, double minMissingEnergy) {
        static FilterCheck of(BKnunuSearch.Scored s, int col, double eMin, boolean signalRegion) {
            int n = 0;
            int nb = 0;
            double w = 0;
            double wb = 0;
            double min = Double.NaN;
            for (int i = 0; i < s.events().size(); i++) {
                boolean in = signalRegion ? s.bin()[i] >= 0 : !Float.isNaN(s.bdt2()[i]);
                if (!in) {
                    continue;
                }
                double e = s.events().feature(i, col);
                n++;
                w += s.weight(i);
                min = Double.isNaN(min) ? e : Math.min(min, e);
                if (e < eMin) {
                    nb++;
                    wb += s.weight(i);
                }
            }
            return new FilterCheck(n, w, nb, wb, min);
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("mc_events", events);
            m.put("expected", weight);
            m.put("mc_events_below", below);
            m.put("expected_below", weightBelow);
            m.put("fraction_below", weight > 0 ? weightBelow / weight : 0.0);
            if (events > 0) {
                m.put("min_missing_energy", minMissingEnergy);
            }
            return m;
        }
    }

    /** Sum of squared weights over the bins of {@code h}. */
    private static double sumW2(Hist1D h) {
        double s = 0;
        for (int i = 0; i < h.axis().bins(); i++) {
            s += h.variance(i);
        }
        return s;
    }

    /** The sample's cut flow followed by the classifier steps. */
    private CutFlow extended(BKnunuSearch.Scored s, List<String> more) {
        CutFlow f = s.outcome().result().flow().extendedBy(more);
        int first = s.outcome().result().flow().steps().size();
        for (int i = 0; i < s.events().size(); i++) {
            double w = s.events().weight(i);
            if (s.bin()[i] >= 0) {
                f.passFrom(first, first + 1, w);
            } else if (s.bdt1()[i] > cfg.bdt().bdt1Cut()) {
                f.passFrom(first, first, w);
            }
        }
        return f;
    }

    PlotLabels labels() {
        return ctx.plotLabels().withLine("B⁺ → K⁺νν̄, inclusive tag");
    }

    private void writePlots(Path d, BKnunuFit.PostFit post, Hist1D dataOn, BinGrouping onBins) {
        // eta(BDT2) after BDT1 and q2rec in the signal region, per sample group.
        Axis etaAxis = Axis.regular(25, 0.0, 1.0);
        Axis q2Axis = Axis.regular(26, -1.0, 25.0);
        double sigFactor = 20;
        StackedHistogramPlot.Builder eta = StackedHistogramPlot.builder()
                .xLabel("η(BDT2)", "")
                .labels(labels().withLine(
                                "BDT1 > " + PlotLabels.formatNumber(cfg.bdt().bdt1Cut())))
                .logY(true);
        StackedHistogramPlot.Builder q2 = StackedHistogramPlot.builder()
                .xLabel("q^{2}_{rec}", "GeV^{2}/c^{4}")
                .labels(labels().withLine("signal region η(BDT2) > "
                                + PlotLabels.formatNumber(cfg.fit().etaEdges()[0]))
                        .withLine("backgrounds: η-tail model (events with η > " + PlotLabels.formatNumber(tail.etaMin())
                                + ")"));
        for (int s = 1; s <= onCount; s++) {
            BKnunuSearch.Scored sc = scored.get(s);
            eta.background(HistSeries.of(sc.outcome().label(), fillEta(etaAxis, sc)));
            q2.background(HistSeries.of(sc.outcome().label(), fillQ2Tail(q2Axis, sc)));
        }
        BKnunuSearch.Scored sig = scored.get(0);
        String sigLabel = String.format(Locale.ROOT, "B⁺ → K⁺νν̄ (SM × %s)", PlotLabels.formatNumber(sigFactor));
        // Flat and ~1e-3 of the background after BDT1: drawn larger than in the signal region to show.
        double etaFactor = 100;
        eta.signal(HistSeries.of(
                String.format(Locale.ROOT, "B⁺ → K⁺νν̄ (SM × %s)", PlotLabels.formatNumber(etaFactor)),
                fillEta(etaAxis, sig).scaled(etaFactor)));
        q2.signal(HistSeries.of(sigLabel, fillQ2(q2Axis, sig).scaled(sigFactor)));
        SearchOutput.writePlot(d, eta.build().chart(), "eta_bdt2");
        SearchOutput.writePlot(d, q2.build().chart(), "q2rec_sr");

        // On-resonance fit bins: pre-fit stack, post-fit total, pseudo-data.
        int n = onBins.groups();
        Axis fitAxis = Axis.regular(n, 0, n);
        StackedHistogramPlot.Builder pf = StackedHistogramPlot.builder()
                .xLabel("fit bin (η(BDT2) × q^{2}_{rec}, η-major)", "")
                .yLabel("Events / bin")
                .integerX()
                .labels(labels().withLine(String.format(
                        Locale.ROOT, "pseudo-data (SM signal): μ̂ = %.2f ± %.2f", post.mu(), post.muError())));
        for (BKnunuFit.Template t : templates.onResonance()) {
            pf.background(HistSeries.of(label(t.name()), grouped(fitAxis, onBins.contents(t.hist()))));
        }
        double postSigFactor = 10;
        pf.signal(HistSeries.of(
                "signal, SM × " + PlotLabels.formatNumber(postSigFactor),
                grouped(fitAxis, onBins.contents(templates.signal().scaled(postSigFactor)))));
        pf.signal(HistSeries.of("post-fit total", grouped(fitAxis, post.postFitOn())));
        pf.data(HistSeries.of("pseudo-data", counts(fitAxis, onBins.contents(dataOn))));
        SearchOutput.writePlot(d, pf.build().chart(), "postfit_onres");
    }

    String label(String sampleName) {
        for (BKnunuSearch.Scored s : scored) {
            if (s.spec().name().equals(sampleName)) {
                return s.outcome().label();
            }
        }
        return sampleName;
    }

    private static Hist1D grouped(Axis axis, double[] values) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < values.length; i++) {
            h.fill(i + 0.5, values[i]);
        }
        return h;
    }

    /** Event counts (Poisson errors, sqrt(n)) per bin. */
    private static Hist1D counts(Axis axis, double[] n) {
        double[] sumw = new double[axis.bins() + 3];
        System.arraycopy(n, 0, sumw, 1, n.length);
        return Hist1D.of(
                axis, sumw, sumw.clone(), Math.round(java.util.Arrays.stream(n).sum()));
    }

    /** A background's q²_rec in the signal region as the fit models it: its events above the tail threshold times P(SR). */
    private Hist1D fillQ2Tail(Axis axis, BKnunuSearch.Scored s) {
        double[] e = cfg.fit().etaEdges();
        double p = tail.fraction(e[0], e[e.length - 1]);
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < s.events().size(); i++) {
            if (s.eta()[i] > tail.etaMin()) {
                h.fill(s.events().observable(i), s.weight(i) * p);
            }
        }
        return h;
    }

    private static Hist1D fillEta(Axis axis, BKnunuSearch.Scored s) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < s.events().size(); i++) {
            if (!Double.isNaN(s.eta()[i])) {
                h.fill(Math.min(s.eta()[i], 0.999999), s.weight(i));
            }
        }
        return h;
    }

    private static Hist1D fillQ2(Axis axis, BKnunuSearch.Scored s) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < s.events().size(); i++) {
            if (s.bin()[i] >= 0) {
                h.fill(s.events().observable(i), s.weight(i));
            }
        }
        return h;
    }
}

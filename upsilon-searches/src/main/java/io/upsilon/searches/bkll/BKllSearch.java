package io.upsilon.searches.bkll;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.random.RandomStream;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.CrossTrainedBdt;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.stats.unbinned.DataSet;
import io.upsilon.stats.unbinned.ParameterSet;
import io.upsilon.stats.unbinned.UnbinnedFitResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code upsilon run b-kll}: B+ -&gt; K+ l+ l- and B0 -&gt; K*0 l+ l- (l = e, mu), branching fractions,
 * R(K) and R(K*) with the method of Belle (JHEP 03 (2021) 105, arXiv:1908.01848) and Belle II
 * (arXiv:2206.05946), from generation to the result.
 *
 * <ol>
 *   <li>Signal samples (one B of each pair to the mode's final state), J/psi K(*) control samples
 *       and the background samples (generic B Bbar, continuum, each a fraction of the
 *       luminosity with weights), all reconstructed in the four modes at once ({@link
 *       BKllSelection}).
 *   <li>A continuum-suppression BDT ({@link CrossTrainedBdt}, k-fold) on the candidates' R2,
 *       thrust, CLEO-cone and KSFW variables, signal against continuum; its cut optimised for
 *       S / sqrt(S + B) in the signal box, or fixed in the YAML.
 *   <li>Per mode: the signal simulation is split by event-number parity into a half that gives the
 *       efficiency and the signal shape and a half from which the pseudo-data's signal is drawn
 *       (each candidate kept with the ratio of the expected decays at the luminosity, from the
 *       input branching fraction, to the half's generated decays); the pseudo-data's combinatorial
 *       and peaking backgrounds are drawn from the shapes and weighted yields of the background
 *       simulation (its weights are of order 100: the events themselves cannot be the data).
 *   <li>The extended 2D fit ({@link BKllFit}) gives the signal yield, the branching fraction
 *       N / (2 N(B Bbar) eps [B(K*0 -&gt; K+ pi-)]) and R(K) = B(mu mu) / B(e e); pseudo-experiments
 *       from the fitted model give the pulls of the yield.
 *   <li>The control modes: candidates in the J/psi window, fitted the same way, give B(B -&gt; J/psi
 *       K(*)), checked against the generator's value.
 * </ol>
 */
public final class BKllSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION = "B -> K(*) l+ l- (l = e, mu): extended Mbc x Delta E fit, branching fractions,"
            + " R(K) and R(K*), Belle JHEP 03 (2021) 105 / Belle II arXiv:2206.05946";

    /** Registry name. */
    public static final String NAME = "b-kll";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public BKllSearch() {
        super(NAME, DESCRIPTION, BKllConfig.QUICK);
    }

    /**
     * One mode's measurement.
     *
     * @param mode the mode
     * @param signal the signal sample
     * @param efficiency selected / generated signal decays (shape half)
     * @param efficiencyError its binomial error
     * @param pairs N(B Bbar pairs) of the mode's charge at the luminosity
     * @param expectedSignal expected selected signal candidates at the input branching fraction
     * @param expectedComb expected combinatorial candidates (background simulation, weighted)
     * @param expectedPeak expected peaking-background candidates (fixed in the fit; 0 when fewer than
     *     {@link #MIN_PEAKING_EVENTS} simulated candidates)
     * @param peakingEvents simulated peaking-background candidates behind it
     * @param shape the signal shape
     * @param comb the combinatorial shape fitted to the background simulation
     * @param data the pseudo-data
     * @param injectedSignal signal candidates in the pseudo-data
     * @param fit the fit
     * @param model the model
     * @param branchingFraction fitted branching fraction
     * @param branchingFractionError its statistical error
     * @param toyPulls pulls of the signal yield in the pseudo-experiments
     * @param toyErrors fitted yield errors of the pseudo-experiments
     */
    record ModeResult(
            BKllMode mode,
            BKllConfig.Signal signal,
            double efficiency,
            double efficiencyError,
            double pairs,
            double expectedSignal,
            double expectedComb,
            double expectedPeak,
            int peakingEvents,
            BKllFit.SignalShape shape,
            BKllFit.CombShape comb,
            DataSet data,
            int injectedSignal,
            UnbinnedFitResult fit,
            BKllFit.Model model,
            double branchingFraction,
            double branchingFractionError,
            double[] toyPulls,
            double[] toyErrors) {
        double nSig() {
            return fit.value(model.nSig());
        }

        double nSigError() {
            return fit.error(model.nSig());
        }
    }

    /**
     * One control mode's check.
     *
     * @param mode the lepton mode
     * @param control the control sample
     * @param dataFraction the pseudo-data's fraction of the decays at the luminosity
     * @param efficiency selected / generated J/psi(-&gt; this lepton pair) K(*) decays
     * @param data the pseudo-data (J/psi window)
     * @param fit the fit
     * @param model the model
     * @param branchingFraction fitted B(B -&gt; J/psi K(*))
     * @param branchingFractionError its statistical error
     * @param injectedSignal control-signal candidates in the pseudo-data (before the background)
     */
    record ControlResult(
            BKllMode mode,
            BKllConfig.Control control,
            double dataFraction,
            double efficiency,
            DataSet data,
            UnbinnedFitResult fit,
            BKllFit.Model model,
            double branchingFraction,
            double branchingFractionError,
            int injectedSignal) {}

    /**
     * Everything measured.
     *
     * @param outcomes every produced sample (signals, controls, backgrounds)
     * @param scores the BDT score of every selected row, by sample name
     * @param bdt the classifier (null: too few background candidates to train one, no cut)
     * @param bdtCut the cut applied
     * @param modes the four modes' results
     * @param controls the control modes' results
     */
    record Measurement(
            List<Produced> outcomes,
            CrossTrainedBdt bdt,
            double bdtCut,
            Map<BKllMode, ModeResult> modes,
            List<ControlResult> controls) {
        /** R(K) or R(K*) = B(mu mu) / B(e e) and its statistical error. */
        double[] ratio(boolean kstar) {
            ModeResult mu = modes.get(kstar ? BKllMode.KSTARMUMU : BKllMode.KMUMU);
            ModeResult e = modes.get(kstar ? BKllMode.KSTAREE : BKllMode.KEE);
            double r = mu.branchingFraction() / e.branchingFraction();
            double rel = Math.hypot(
                    mu.branchingFractionError() / mu.branchingFraction(),
                    e.branchingFractionError() / e.branchingFraction());
            return new double[] {r, Math.abs(r) * rel};
        }
    }

    /**
     * A produced sample with its role and BDT scores.
     *
     * @param spec its configuration
     * @param outcome the production
     * @param kind signal, control, continuum or B Bbar
     * @param scores BDT score of every selected row
     */
    record Produced(SampleSpec spec, SampleOutcome<SelectionResult> outcome, Kind kind, float[] scores) {
        SelectedEvents events() {
            return outcome.result().events();
        }
    }

    /** The role of a sample. */
    enum Kind {
        SIGNAL,
        CONTROL,
        BBBAR,
        CONTINUUM
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        BKllConfig cfg = BKllConfig.read(root, ctx.common());
        BKllSelection selection = new BKllSelection(cfg, ctx.beam());
        BKllConfig.Selection s = cfg.selection();
        BKllFit fit = new BKllFit(s.mbcMin(), ctx.beam().eStarBeam(), s.deltaEMin(), s.deltaEMax());

        List<Produced> raw = new ArrayList<>();
        for (BKllMode m : BKllMode.ALL) {
            SampleSpec spec = cfg.signals().get(m).spec();
            raw.add(new Produced(spec, ctx.produce(spec, selection), Kind.SIGNAL, null));
        }
        for (BKllConfig.Control c : cfg.controls()) {
            raw.add(new Produced(c.spec(), ctx.produce(c.spec(), selection), Kind.CONTROL, null));
        }
        for (SampleSpec b : cfg.backgrounds()) {
            Kind k = b.process().name().startsWith("y4s-") ? Kind.BBBAR : Kind.CONTINUUM;
            raw.add(new Produced(b, ctx.produce(b, selection), k, null));
        }

        RandomStreams bdtStreams = ctx.streams().child("bdt");
        CrossTrainedBdt bdt = trainBdt(cfg, raw, bdtStreams);
        List<Produced> samples = new ArrayList<>();
        for (Produced p : raw) {
            long salt = CrossTrainedBdt.splitSalt(bdtStreams, p.spec().name());
            float[] scores = new float[p.events().size()];
            if (bdt != null) {
                scores = bdt.scores(p.events(), salt);
            } else {
                java.util.Arrays.fill(scores, 1f);
            }
            samples.add(new Produced(p.spec(), p.outcome(), p.kind(), scores));
        }
        double cut = bdt == null ? 0 : cfg.bdt().cut() >= 0 ? cfg.bdt().cut() : optimiseCut(cfg, samples);

        Map<BKllMode, ModeResult> modes = new EnumMap<>(BKllMode.class);
        int toys = ctx.quick() ? cfg.toys().quickCount() : cfg.toys().count();
        for (BKllMode m : BKllMode.ALL) {
            modes.put(m, measure(ctx, cfg, fit, samples, cut, m, toys));
        }
        List<ControlResult> controls = new ArrayList<>();
        for (Produced p : samples) {
            if (p.kind() != Kind.CONTROL) {
                continue;
            }
            BKllConfig.Control c = cfg.controls().stream()
                    .filter(x -> x.spec().name().equals(p.spec().name()))
                    .findFirst()
                    .orElseThrow();
            for (BKllMode m : BKllMode.ALL) {
                if (m.kstar() == c.kstar()) {
                    controls.add(control(
                            ctx, cfg, fit, samples, p, c, cut, m, modes.get(m).shape()));
                }
            }
        }
        Measurement result = new Measurement(samples, bdt, cut, modes, controls);
        BKllReport report = new BKllReport(cfg, ctx, fit, result);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /** Fewer simulated peaking-background candidates than this: no peaking component. */
    static final int MIN_PEAKING_EVENTS = 3;

    /** Fewer combinatorial background candidates than this: no classifier (every score 1). */
    static final int MIN_BACKGROUND_ROWS = 40;

    /**
     * The continuum-suppression BDT: the signal samples' candidates outside the vetoes against the
     * combinatorial candidates (not from one B) of the background samples in every q^2 region
     * (continuum and B Bbar: two identified leptons are rare in the continuum, and the event-shape
     * variables separate both from a B signal). Null when the background samples have fewer than
     * {@link #MIN_BACKGROUND_ROWS} such candidates (then no cut is applied).
     */
    static CrossTrainedBdt trainBdt(BKllConfig cfg, List<Produced> samples, RandomStreams streams) {
        List<CrossTrainedBdt.Input> inputs = new ArrayList<>();
        int background = 0;
        for (Produced p : samples) {
            if (p.kind() == Kind.CONTROL) {
                continue;
            }
            boolean signal = p.kind() == Kind.SIGNAL;
            SelectedEvents ev = p.events();
            boolean[] use = new boolean[ev.size()];
            for (int i = 0; i < ev.size(); i++) {
                use[i] = signal
                        ? ev.feature(i, BKllSelection.F_REGION) == BKllSelection.RARE
                        : ev.feature(i, BKllSelection.F_ONE_B) == 0f;
                background += !signal && use[i] ? 1 : 0;
            }
            inputs.add(new CrossTrainedBdt.Input(
                    ev,
                    use,
                    signal ? TrainingSet.SIGNAL : TrainingSet.BACKGROUND,
                    CrossTrainedBdt.splitSalt(streams, p.spec().name())));
        }
        if (background < MIN_BACKGROUND_ROWS) {
            return null;
        }
        BKllConfig.Bdt b = cfg.bdt();
        BdtConfig xgb = BdtConfig.defaults()
                .withNumTrees(b.trees())
                .withMaxDepth(b.depth())
                .withLearningRate(b.learningRate())
                .withSeed(CrossTrainedBdt.xgboostSeed(streams, "continuum"))
                .withNthread(1);
        int[] columns = IntStream.range(0, BKllSelection.CS_NAMES.size())
                .map(i -> BKllSelection.F_CS + i)
                .toArray();
        return CrossTrainedBdt.train(BKllSelection.CS_NAMES, columns, inputs, b.folds(), xgb);
    }

    /**
     * The BDT cut with the largest S / sqrt(S + B) summed over the modes in the signal box (Mbc &gt;
     * 5.27 GeV, |Delta E| &lt; 0.05 GeV), scanned in steps of 0.01. S: the signal samples at the input
     * branching fractions. B: the background samples' weighted candidates in the whole fit window
     * times the fraction of the window's background (all modes, before the cut) that lies in the box;
     * the few weighted background events rarely fall in the box itself, so counting them there would
     * make the optimum jump.
     */
    static double optimiseCut(BKllConfig cfg, List<Produced> samples) {
        double inBox = 0;
        double inWindow = 0;
        for (Produced p : samples) {
            if (p.kind() != Kind.BBBAR && p.kind() != Kind.CONTINUUM) {
                continue;
            }
            SelectedEvents ev = p.events();
            for (int i = 0; i < ev.size(); i++) {
                if (ev.feature(i, BKllSelection.F_REGION) == BKllSelection.RARE) {
                    inWindow += ev.weight(i);
                    inBox += inBox(ev, i) ? ev.weight(i) : 0;
                }
            }
        }
        // Without background the box's share of the window's area (Mbc 20 of 90 MeV, Delta E 0.1 of 0.25 GeV).
        double boxFraction = inWindow > 0 && inBox > 0 ? inBox / inWindow : 0.09;
        double bestCut = 0;
        double best = -1;
        for (int k = 0; k < 100; k++) {
            double cut = k / 100.0;
            double fom = 0;
            for (BKllMode m : BKllMode.ALL) {
                double sig = 0;
                double bkg = 0;
                for (Produced p : samples) {
                    boolean signal = p.kind() == Kind.SIGNAL;
                    if (p.kind() == Kind.CONTROL
                            || (signal && !p.spec().equals(cfg.signals().get(m).spec()))) {
                        continue;
                    }
                    SelectedEvents ev = p.events();
                    for (int i = 0; i < ev.size(); i++) {
                        if (!inRegion(ev, i, m, BKllSelection.RARE) || !(p.scores()[i] > cut)) {
                            continue;
                        }
                        if (signal && inBox(ev, i)) {
                            sig += ev.weight(i) * signalScale(cfg, m);
                        } else if (!signal) {
                            bkg += ev.weight(i) * boxFraction;
                        }
                    }
                }
                fom += sig > 0 ? sig / Math.sqrt(sig + bkg) : 0;
            }
            if (fom > best) {
                best = fom;
                bestCut = cut;
            }
        }
        return bestCut;
    }

    private static boolean inBox(SelectedEvents ev, int i) {
        return ev.observable(i) > 5.27 && Math.abs(ev.feature(i, BKllSelection.F_DELTA_E)) < 0.05;
    }

    /**
     * The signal samples' weight is sigma(B Bbar) L / N per generated pair; a pair has two B's, each
     * decaying to the mode with the input branching fraction (times B(K*0 -&gt; K+ pi-), as the
     * overlay decays every K*0 so).
     */
    static double signalScale(BKllConfig cfg, BKllMode m) {
        return 2 * cfg.signals().get(m).branchingFraction() * (m.kstar() ? cfg.kstarToKpi() : 1.0);
    }

    static boolean inRegion(SelectedEvents ev, int i, BKllMode m, int region) {
        return ev.feature(i, BKllSelection.F_MODE) == m.ordinal() && ev.feature(i, BKllSelection.F_REGION) == region;
    }

    private static ModeResult measure(
            RunContext ctx, BKllConfig cfg, BKllFit fit, List<Produced> samples, double cut, BKllMode m, int toys) {
        BKllConfig.Signal sig = cfg.signals().get(m);
        Produced sp = samples.stream()
                .filter(p -> p.kind() == Kind.SIGNAL && p.spec().equals(sig.spec()))
                .findFirst()
                .orElseThrow();
        SelectedEvents ev = sp.events();
        long generated = sp.outcome().generatedEvents();
        double half = generated / 2.0;
        double pairs = sp.outcome().result().flow().weight(0);
        List<double[]> shapeRows = new ArrayList<>();
        List<double[]> pool = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            if (inRegion(ev, i, m, BKllSelection.RARE) && sp.scores()[i] > cut) {
                double[] row = {ev.observable(i), ev.feature(i, BKllSelection.F_DELTA_E)};
                (ev.eventNumber(i) % 2 == 0 ? shapeRows : pool).add(row);
            }
        }
        double eff = shapeRows.size() / half;
        double effErr = Math.sqrt(eff * (1 - eff) / half);
        BKllFit.SignalShape shape = fit.fitSignal(toData(fit, shapeRows));

        // Background simulation: combinatorial (tracks from different B's or continuum) and peaking.
        List<double[]> combRows = new ArrayList<>();
        double nComb = 0;
        double nPeak = 0;
        int peakEvents = 0;
        for (Produced p : samples) {
            if (p.kind() != Kind.BBBAR && p.kind() != Kind.CONTINUUM) {
                continue;
            }
            SelectedEvents b = p.events();
            for (int i = 0; i < b.size(); i++) {
                if (inRegion(b, i, m, BKllSelection.RARE) && p.scores()[i] > cut) {
                    if (b.feature(i, BKllSelection.F_ONE_B) == 1f) {
                        nPeak += b.weight(i);
                        peakEvents++;
                    } else {
                        nComb += b.weight(i);
                        combRows.add(new double[] {b.observable(i), b.feature(i, BKllSelection.F_DELTA_E)});
                    }
                }
            }
        }
        BKllFit.CombShape comb = fit.fitCombinatorial(toData(fit, combRows));
        // A peaking yield from fewer than MIN_PEAKING_EVENTS simulated events (weights of 100 to
        // 10^4) is not an estimate: it is set to 0 and the count reported.
        if (peakEvents < MIN_PEAKING_EVENTS) {
            nPeak = 0;
        }

        // The pseudo-data.
        double expectedProduced = pairs * signalScale(cfg, m);
        double keep = Math.min(1.0, expectedProduced / half);
        RandomStream rng = ctx.streams().stream("pseudo-data/" + m.key());
        List<double[]> dataRows = new ArrayList<>();
        for (double[] r : pool) {
            if (rng.nextDouble() < keep) {
                dataRows.add(r);
            }
        }
        int injected = dataRows.size();
        DataSet data = toData(fit, dataRows);
        int nc = rng.nextPoisson(nComb);
        int np = rng.nextPoisson(nPeak);
        if (nc > 0) {
            data = data.concat(BKllFit.sample(fit.combShapePdf(comb), nc, rng));
        }
        if (np > 0) {
            data = data.concat(BKllFit.sample(fit.signalShapePdf(shape), np, rng));
        }
        double expectedSignal = expectedProduced * eff;
        BKllFit.Model model = fit.model(m.key() + "_", shape, comb, expectedSignal, nComb, nPeak);
        UnbinnedFitResult result = model.fit(data);
        double norm = pairs * 2 * eff * (m.kstar() ? cfg.kstarToKpi() : 1.0);
        double bf = result.value(model.nSig()) / norm;
        double bfErr = result.error(model.nSig()) / norm;

        // Pseudo-experiments from the fitted model; toy k uses stream toys/MODE/k.
        ParameterSet truth = result.parameters();
        double trueN = truth.get(model.nSig()).value();
        if (trueN < 0) {
            truth = truth.withValue(model.nSig(), 0.0);
            trueN = 0;
        }
        ParameterSet generator = truth;
        double trueSignal = trueN;
        RandomStreams toyStreams = ctx.streams().child("toys");
        double[][] pulls = IntStream.range(0, toys)
                .parallel()
                .mapToObj(k -> {
                    RandomStream t = toyStreams.stream(m.key() + "/" + k);
                    DataSet toy = model.toy(generator, t);
                    UnbinnedFitResult r = model.fit(toy, generator);
                    double err = r.error(model.nSig());
                    return new double[] {(r.value(model.nSig()) - trueSignal) / err, err};
                })
                .toArray(double[][]::new);
        double[] toyPulls = new double[toys];
        double[] toyErrors = new double[toys];
        for (int k = 0; k < toys; k++) {
            toyPulls[k] = pulls[k][0];
            toyErrors[k] = pulls[k][1];
        }
        return new ModeResult(
                m,
                sig,
                eff,
                effErr,
                pairs,
                expectedSignal,
                nComb,
                nPeak,
                peakEvents,
                shape,
                comb,
                data,
                injected,
                result,
                model,
                bf,
                bfErr,
                toyPulls,
                toyErrors);
    }

    private static ControlResult control(
            RunContext ctx,
            BKllConfig cfg,
            BKllFit fit,
            List<Produced> samples,
            Produced cp,
            BKllConfig.Control c,
            double cut,
            BKllMode m,
            BKllFit.SignalShape rareShape) {
        SelectedEvents ev = cp.events();
        double half = cp.outcome().generatedEvents() / 2.0;
        double pairs = cp.outcome().result().flow().weight(0);
        double llShare = cfg.jpsiToLl(m.lepton()) / (cfg.jpsiToEe() + cfg.jpsiToMuMu());
        List<double[]> shapeRows = new ArrayList<>();
        List<double[]> pool = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            if (inRegion(ev, i, m, BKllSelection.JPSI) && cp.scores()[i] > cut) {
                double[] row = {ev.observable(i), ev.feature(i, BKllSelection.F_DELTA_E)};
                (ev.eventNumber(i) % 2 == 0 ? shapeRows : pool).add(row);
            }
        }
        double eff = shapeRows.size() / (half * llShare);
        BKllFit.SignalShape shape = shapeRows.size() >= 50 ? fit.fitSignal(toData(fit, shapeRows)) : rareShape;
        double hadron = c.kstar() ? cfg.kstarToKpi() : 1.0;
        // The pseudo-data are a fraction of the decays at L (quick mode: times its luminosity fraction).
        double dataFraction =
                c.dataFraction() * (ctx.quick() ? cfg.common().quick().luminosityFraction() : 1.0);
        double expected =
                dataFraction * 2 * pairs * c.branchingFraction() * hadron * (cfg.jpsiToEe() + cfg.jpsiToMuMu());
        double keep = Math.min(1.0, expected / half);
        RandomStream rng =
                ctx.streams().stream("pseudo-data/control/" + c.spec().name() + "/" + m.key());
        List<double[]> dataRows = new ArrayList<>();
        for (double[] r : pool) {
            if (rng.nextDouble() < keep) {
                dataRows.add(r);
            }
        }
        // Combinatorial background in the J/psi window (B -> J/psi X in the generic simulation is
        // the control signal itself, so only candidates not from one B), scaled to the fraction.
        List<double[]> combRows = new ArrayList<>();
        double nComb = 0;
        for (Produced p : samples) {
            if (p.kind() != Kind.BBBAR && p.kind() != Kind.CONTINUUM) {
                continue;
            }
            SelectedEvents b = p.events();
            for (int i = 0; i < b.size(); i++) {
                if (inRegion(b, i, m, BKllSelection.JPSI)
                        && p.scores()[i] > cut
                        && b.feature(i, BKllSelection.F_ONE_B) == 0f) {
                    nComb += b.weight(i) * dataFraction;
                    combRows.add(new double[] {b.observable(i), b.feature(i, BKllSelection.F_DELTA_E)});
                }
            }
        }
        BKllFit.CombShape comb = fit.fitCombinatorial(toData(fit, combRows));
        DataSet data = toData(fit, dataRows);
        int nc = rng.nextPoisson(nComb);
        if (nc > 0) {
            data = data.concat(BKllFit.sample(fit.combShapePdf(comb), nc, rng));
        }
        BKllFit.Model model =
                fit.model("ctl_" + c.spec().name() + "_" + m.key() + "_", shape, comb, dataRows.size(), nComb, 0);
        UnbinnedFitResult r = model.fit(data);
        double norm = dataFraction * 2 * pairs * eff * hadron * cfg.jpsiToLl(m.lepton());
        return new ControlResult(
                m,
                c,
                dataFraction,
                eff,
                data,
                r,
                model,
                r.value(model.nSig()) / norm,
                r.error(model.nSig()) / norm,
                dataRows.size());
    }

    static DataSet toData(BKllFit fit, List<double[]> rows) {
        double[] m = new double[rows.size()];
        double[] de = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            // Float features can round a hair outside the window's edge; clamp into it.
            m[i] = clamp(rows.get(i)[0], fit.mbc().lower(), fit.mbc().upper());
            de[i] = clamp(rows.get(i)[1], fit.deltaE().lower(), fit.deltaE().upper());
        }
        return fit.data(m, de);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(hi, Math.max(lo, x));
    }
}

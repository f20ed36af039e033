package io.upsilon.searches.sin2phi1;

import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.random.RandomStream;
import io.upsilon.generators.process.Process;
import io.upsilon.generators.process.ProcessParameters;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SearchOutput;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code upsilon run sin2phi1}: sin(2 phi_1) from the time-dependent CP asymmetry of B0 -&gt; J/psi
 * K_S0 (Belle II, PRD 108, 012001 (2023), arXiv:2302.12898, 190 fb^-1), from generation to the
 * result.
 *
 * <ol>
 *   <li>Three signal samples of Upsilon(4S) -&gt; B0 anti-B0 with one B0 -&gt; J/psi(-&gt; l+l-) K_S0
 *       (the {@code b0-jpsiks} overlay, coherent pair, S set by the overlay's -2 phi_1): the
 *       pseudo-data (the expected number of decays at the luminosity), a resolution calibration
 *       sample and a CP-null sample (S = 0); generated, simulated and reconstructed ({@link
 *       Sin2Phi1Selection}).
 *   <li>The resolution function is fitted to the Delta t pulls of the truth-matched calibration
 *       candidates ({@link ResolutionFunction}).
 *   <li>Every candidate is tagged ({@link FlavourTagger}) from the generated flavour of the other
 *       B; the background is added to each sample from its model (fraction and Delta t shape from
 *       the configuration, not simulated: see the YAML).
 *   <li>S and C are fitted ({@link CpFit}); a truth-level fit (generated Delta t, perfect tag) checks
 *       the conventions; {@link ToyStudy} gives the pulls.
 *   <li>{@link Sin2Phi1Report} writes result.json, the plots and the report.
 * </ol>
 */
public final class Sin2Phi1Search extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION = "sin(2 phi_1) from B0 -> J/psi K_S0, r-bin flavour tagging, unbinned Delta t fit,"
            + " Belle II PRD 108, 012001 (190 fb^-1)";

    /** Registry name. */
    public static final String NAME = "sin2phi1";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public Sin2Phi1Search() {
        super(NAME, DESCRIPTION, Sin2Phi1Config.QUICK);
    }

    /**
     * One sample after tagging, with its background added.
     *
     * @param spec its configuration
     * @param outcome the production (cut flow, selected candidates)
     * @param events the tagged candidates of the simulation followed by the modelled background
     * @param signalCandidates how many of {@code events} are simulated candidates
     * @param fit the fit of S and C
     * @param truthFit the fit of the simulated candidates with generated Delta t and perfect tags
     */
    record TaggedSample(
            Sin2Phi1Config.Sample spec,
            SampleOutcome<SelectionResult> outcome,
            TaggedEvents events,
            int signalCandidates,
            CpFit.Result fit,
            CpFit.Result truthFit) {
        String name() {
            return spec.name();
        }
    }

    /**
     * Everything measured.
     *
     * @param data the pseudo-data
     * @param cpNull the S = 0 sample
     * @param calibration the resolution calibration sample
     * @param resolution the fitted resolution function
     * @param toys the pseudo-experiments at the data's input
     * @param expectedSignal the expected produced signal decays at L
     */
    record Measurement(
            TaggedSample data,
            TaggedSample cpNull,
            SampleOutcome<SelectionResult> calibration,
            ResolutionFunction resolution,
            ToyStudy.Outcome toys,
            double expectedSignal) {}

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        Sin2Phi1Config cfg = Sin2Phi1Config.read(root, ctx.common());
        Sin2Phi1Selection selection =
                new Sin2Phi1Selection(cfg, ctx.beam(), ctx.card().tracking());
        Process process = Sin2Phi1Config.process();
        double expected = cfg.yield().expected(ctx.luminosityFb());

        SampleOutcome<SelectionResult> cal = produce(ctx, cfg, process, cfg.sample("calibration"), selection, expected);
        ResolutionFunction resolution =
                ResolutionFunction.fit(pulls(cal.result().events()));
        DeltaTModel model = new DeltaTModel(cfg.physics().tauPs(), cfg.physics().deltaM(), resolution);
        CpFit fitter = new CpFit(model, cfg.tagger(), cfg.background());

        TaggedSample data = tagged(ctx, cfg, model, fitter, cfg.sample("data"), process, selection, expected);
        TaggedSample cpNull = tagged(ctx, cfg, model, fitter, cfg.sample("cp_null"), process, selection, expected);

        int count = ctx.quick() ? cfg.toys().quickCount() : cfg.toys().count();
        double[] sigmaPool = java.util.Arrays.copyOf(data.events().sigma(), data.signalCandidates());
        ToyStudy.Outcome toys = new ToyStudy(
                        model, cfg.tagger(), cfg.background(), cfg.selection().deltaTMax())
                .run(
                        count,
                        data.events().size(),
                        sigmaPool,
                        data.spec().inputS(),
                        0,
                        ctx.streams().child("toys"));

        Measurement m = new Measurement(data, cpNull, cal, resolution, toys, expected);
        Sin2Phi1Report report = new Sin2Phi1Report(cfg, ctx, model, m);
        SearchOutput out = report.output();
        out.write();
        return report.terminalSummary(out);
    }

    /** The sample's number of generated events: its fraction of the expected decays (quick: scaled). */
    static long events(RunContext ctx, Sin2Phi1Config cfg, Sin2Phi1Config.Sample s, double expected) {
        double f = s.fraction() * (ctx.quick() ? cfg.common().quick().luminosityFraction() : 1.0);
        return Math.max(200, Math.round(f * expected));
    }

    private static SampleOutcome<SelectionResult> produce(
            RunContext ctx,
            Sin2Phi1Config cfg,
            Process process,
            Sin2Phi1Config.Sample s,
            Sin2Phi1Selection selection,
            double expected) {
        ProcessParameters params = ctx.parameters(
                process,
                Map.of(
                        "signal",
                        Sin2Phi1Config.OVERLAY,
                        Sin2Phi1Config.MINUS_TWO_PHI1,
                        Double.toString(s.minusTwoPhi1())),
                "samples." + s.name() + ".minus_two_phi1");
        String label = String.format(java.util.Locale.ROOT, "%s: B0 -> J/psi K_S0, S = %.3f", s.name(), s.inputS());
        return ctx.produce(s.name(), label, process, params, events(ctx, cfg, s, expected), selection);
    }

    /** The pulls (Delta t - generated Delta t) / sigma of the truth-matched candidates. */
    static double[] pulls(SelectedEvents ev) {
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            double t = ev.feature(i, Sin2Phi1Selection.F_TRUE_DT);
            if (ev.feature(i, Sin2Phi1Selection.F_MATCHED) == 1f && Double.isFinite(t)) {
                p.add((ev.observable(i) - t) / ev.feature(i, Sin2Phi1Selection.F_SIGMA));
            }
        }
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static TaggedSample tagged(
            RunContext ctx,
            Sin2Phi1Config cfg,
            DeltaTModel model,
            CpFit fitter,
            Sin2Phi1Config.Sample s,
            Process process,
            Sin2Phi1Selection selection,
            double expected) {
        SampleOutcome<SelectionResult> o = produce(ctx, cfg, process, s, selection, expected);
        SelectedEvents ev = o.result().events();
        RandomStream tagRng = ctx.streams().stream("tagger/" + s.name());
        List<double[]> rows = new ArrayList<>();
        List<double[]> truthRows = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            int flavour = (int) ev.feature(i, Sin2Phi1Selection.F_TAG_FLAVOUR);
            if (flavour == 0) {
                continue;
            }
            int[] tag = cfg.tagger().tag(flavour, tagRng);
            double sigma = ev.feature(i, Sin2Phi1Selection.F_SIGMA);
            rows.add(new double[] {ev.observable(i), sigma, tag[0], tag[1]});
            double t = ev.feature(i, Sin2Phi1Selection.F_TRUE_DT);
            if (Double.isFinite(t)) {
                truthRows.add(new double[] {t, 0, flavour, 0});
            }
        }
        int signalCandidates = rows.size();
        // The modelled background: f_b / (1 - f_b) candidates per simulated one, drawn like the toys'.
        double fb = cfg.background().fraction();
        if (fb > 0 && signalCandidates > 0) {
            RandomStream bRng = ctx.streams().stream("background/" + s.name());
            Sin2Phi1Config.Background onlyBackground = new Sin2Phi1Config.Background(
                    1.0, cfg.background().promptFraction(), cfg.background().tauPs());
            double[] pool = rows.stream().mapToDouble(r -> r[1]).toArray();
            int nb = bRng.nextPoisson(signalCandidates * fb / (1 - fb));
            TaggedEvents b = new ToyStudy(
                            model, cfg.tagger(), onlyBackground, cfg.selection().deltaTMax())
                    .generate(nb, pool, 0, 0, bRng);
            for (int i = 0; i < b.size(); i++) {
                rows.add(new double[] {b.deltaT()[i], b.sigma()[i], b.q()[i], b.bin()[i]});
            }
        }
        TaggedEvents events = toEvents(rows);
        CpFit.Result fit = fitter.fit(events);
        FlavourTagger perfect =
                new FlavourTagger(new double[] {0, 1}, new double[] {1}, new double[] {0}, new double[] {0});
        CpFit truth = new CpFit(model, perfect, new Sin2Phi1Config.Background(0, 0, 1));
        CpFit.Result truthFit = CpFit.fit(truth.coefficients(toEvents(truthRows), false));
        return new TaggedSample(s, o, events, signalCandidates, fit, truthFit);
    }

    private static TaggedEvents toEvents(List<double[]> rows) {
        int n = rows.size();
        double[] dt = new double[n];
        double[] sg = new double[n];
        int[] q = new int[n];
        int[] bin = new int[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            dt[i] = r[0];
            sg[i] = r[1];
            q[i] = (int) r[2];
            bin[i] = (int) r[3];
        }
        return new TaggedEvents(dt, sg, q, bin);
    }
}

package io.upsilon.searches.bknunu;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.beam.Beam;
import io.upsilon.core.config.ConfigNode;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.pdg.ParticleTable;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.CrossTrainedBdt;
import io.upsilon.searches.NamedSearch;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code upsilon run b-knunu}: the Belle II inclusive-tag search for B+ → K+ ν ν̄ (PRD 109, 112006
 * (2024)), from generation to the expected significance and upper limit.
 *
 * <ol>
 *   <li>The signal (B+B− pairs with one B → K+ ν ν̄), the generic B B̄ pairs, the u, d, s, c
 *       continuum and τ pairs at the Υ(4S), and the continuum again 60 MeV below it, each
 *       generated as weighted events, preselected at generator level, simulated and selected
 *       ({@link BKnunuSelection}); weights are scaled to each sample's luminosity.
 *   <li>BDT1 on all selected events and BDT2 on those with BDT1 above its cut, both cross-trained
 *       ({@link CrossTrainedBdt}) on the signal against the on-resonance backgrounds; η(BDT2)
 *       flattens the signal ({@link SignalFlattening}).
 *   <li>The signal region η(BDT2) > 0.92 in η × q²_rec bins, on- and off-resonance, makes the
 *       workspace; expected significance, CLs limits, closure and post-fit yields ({@link
 *       BKnunuFit}); the reinterpretation mapping ({@link ReinterpretMapping}).
 *   <li>{@link BKnunuReport} writes the outputs.
 * </ol>
 */
public final class BKnunuSearch extends NamedSearch {
    /** One line: which published analysis this reproduces. */
    static final String DESCRIPTION =
            "B+ -> K+ nu nubar, inclusive and hadronic tag, Belle II PRD 109, 112006 (362 fb^-1) and PRL 127, 181802 (63 fb^-1)";

    /** Registry name. */
    public static final String NAME = "b-knunu";

    /** The driver (registered in {@link io.upsilon.searches.Searches}). */
    public BKnunuSearch() {
        super(NAME, DESCRIPTION, BKnunuConfig.QUICK);
    }

    /**
     * A produced sample with its classifier scores and signal-region bin per selected event.
     *
     * @param spec the sample as declared
     * @param outcome the production (cut flow, selected events)
     * @param scale factor on the weights (the signal's 2 × B_SM; 1 for backgrounds)
     * @param salt its fold salt
     * @param bdt1 BDT1 score per selected event
     * @param bdt2 BDT2 score per selected event (NaN below the BDT1 cut)
     * @param eta η(BDT2) per selected event (NaN below the BDT1 cut)
     * @param bin flat fit bin per selected event, or −1 outside the signal region
     * @param keep per selected event, the share this selection keeps (the ITA gives up the share of
     *     an event that the HTA selects in its signal region); null: all of every event
     */
    record Scored(
            SampleSpec spec,
            SampleOutcome<SelectionResult> outcome,
            double scale,
            long salt,
            float[] bdt1,
            float[] bdt2,
            double[] eta,
            int[] bin,
            double[] keep) {
        SelectedEvents events() {
            return outcome.result().events();
        }

        double weight(int i) {
            return events().weight(i) * scale * (keep == null ? 1.0 : keep[i]);
        }
    }

    @Override
    protected String run(ConfigNode root, RunContext ctx) {
        BKnunuConfig cfg = BKnunuConfig.read(root, ctx.common());
        BKnunuSelection onSelection = new BKnunuSelection(cfg, ctx.beam());
        Beam offBeam = Beam.preset(cfg.offResonance().beamPreset());
        BKnunuSelection offSelection = new BKnunuSelection(cfg, offBeam);

        // One simulation per event, both selections (ITA and HTA) on it.
        RandomStreams tagStreams = ctx.streams().child("hta/tag");
        BKnunuConfig.Enriched enriched = cfg.hta().enriched();
        HtaSideFilter sideFilter = enriched != null ? enriched.filter() : DEFAULT_SIDE_FILTER;
        HtaSelection htaOn = new HtaSelection(cfg.hta(), sideFilter, ctx.beam());
        HtaSelection htaOff = new HtaSelection(cfg.hta(), sideFilter, offBeam);
        SampleOutcome<BKnunuEventAnalysis.Result> signalBoth = ctx.produce(
                cfg.signal(),
                new BKnunuEventAnalysis(
                        onSelection, htaOn, tagStreams.child(cfg.signal().name())));
        SampleOutcome<SelectionResult> signal = BKnunuEventAnalysis.itaOf(signalBoth);
        List<SampleSpec> htaSpecs = new ArrayList<>(List.of(cfg.signal()));
        List<SampleOutcome<SelectionResult>> htaOutcomes =
                new ArrayList<>(List.of(BKnunuEventAnalysis.htaOf(signalBoth)));
        List<String> htaFitNames = new ArrayList<>(List.of("signal"));
        List<Double> htaScales = new ArrayList<>(List.of(1.0));
        List<SampleOutcome<SelectionResult>> on = new ArrayList<>();
        for (SampleSpec b : cfg.backgrounds()) {
            SampleOutcome<BKnunuEventAnalysis.Result> both =
                    ctx.produce(b, new BKnunuEventAnalysis(onSelection, htaOn, tagStreams.child(b.name())));
            on.add(BKnunuEventAnalysis.itaOf(both));
            htaSpecs.add(b);
            htaOutcomes.add(BKnunuEventAnalysis.htaOf(both));
            // A generic sample and its enriched copy make one HTA template, each weighted by its share of
            // the two samples' luminosity fractions (two estimates of one background, combined).
            SampleSpec copy = enriched != null ? enriched.replacing(b.name()) : null;
            htaFitNames.add(b.name());
            htaScales.add(copy == null ? 1.0 : share(b, copy));
        }
        // The HTA's enriched B Bbar samples: only events that pass the generator-level side filter are
        // simulated, and only the HTA selects them.
        if (enriched != null) {
            for (int e = 0; e < enriched.samples().size(); e++) {
                SampleSpec spec = enriched.samples().get(e);
                htaSpecs.add(spec);
                htaOutcomes.add(BKnunuEventAnalysis.htaOf(ctx.produce(
                        spec,
                        BKnunuEventAnalysis.htaOnly(
                                onSelection, htaOn, tagStreams.child(spec.name()), enriched.filter()))));
                String generic = enriched.replaces().get(e);
                htaFitNames.add(generic);
                htaScales.add(share(
                        spec,
                        cfg.backgrounds().stream()
                                .filter(b -> b.name().equals(generic))
                                .findFirst()
                                .orElseThrow()));
            }
        }
        List<SampleSpec> offSpecs = new ArrayList<>();
        List<SampleOutcome<SelectionResult>> off = new ArrayList<>();
        for (String name : cfg.offResonance().samples()) {
            SampleSpec spec = cfg.offResonance()
                    .sampleOf(cfg.backgrounds().stream()
                            .filter(b -> b.name().equals(name))
                            .findFirst()
                            .orElseThrow());
            offSpecs.add(spec);
            // The HTA has no off-resonance channel (as Belle II's published HTA likelihood): its part is unused.
            off.add(BKnunuEventAnalysis.itaOf(ctx.produce(
                    spec,
                    offBeam,
                    cfg.offResonance().luminosityFb(),
                    new BKnunuEventAnalysis(offSelection, htaOff, tagStreams.child(spec.name())))));
        }

        // Classifiers: named streams for the fold salts and the XGBoost seeds.
        RandomStreams bdtStreams = ctx.streams().child("bdt");
        double signalScale = 2 * cfg.smBranchingFraction(); // one signal B per B+B- pair, either charge
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample(cfg.signal(), signal, signalScale, TrainingSet.SIGNAL, true));
        for (int b = 0; b < on.size(); b++) {
            samples.add(new Sample(cfg.backgrounds().get(b), on.get(b), 1.0, TrainingSet.BACKGROUND, true));
        }
        for (int b = 0; b < off.size(); b++) {
            samples.add(new Sample(offSpecs.get(b), off.get(b), 1.0, TrainingSet.BACKGROUND, false));
        }
        long[] salts = samples.stream()
                .mapToLong(s -> CrossTrainedBdt.splitSalt(bdtStreams, s.spec().name()))
                .toArray();
        BKnunuConfig.Bdt bc = cfg.bdt();
        BdtConfig xgb = BdtConfig.defaults()
                .withNumTrees(bc.trees())
                .withMaxDepth(bc.maxDepth())
                .withLearningRate(bc.learningRate())
                .withMinChildWeight(bc.minChildWeight())
                .withNthread(1);

        List<BKnunuConfig.Feature> features = cfg.features();
        int[] bdt1Columns = IntStream.range(0, features.size())
                .filter(i -> features.get(i).inBdt1())
                .toArray();
        int[] bdt2Columns = IntStream.range(0, features.size()).toArray();
        List<String> bdt1Names =
                IntStream.of(bdt1Columns).mapToObj(i -> features.get(i).name()).toList();
        List<String> bdt2Names =
                features.stream().map(BKnunuConfig.Feature::name).toList();

        List<CrossTrainedBdt.Input> in1 = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            if (samples.get(s).training()) {
                in1.add(new CrossTrainedBdt.Input(
                        samples.get(s).events(), null, samples.get(s).label(), salts[s]));
            }
        }
        CrossTrainedBdt bdt1 = CrossTrainedBdt.train(
                bdt1Names, bdt1Columns, in1, bc.folds(), xgb.withSeed(CrossTrainedBdt.xgboostSeed(bdtStreams, "bdt1")));
        float[][] score1 = new float[samples.size()][];
        for (int s = 0; s < samples.size(); s++) {
            score1[s] = bdt1.scores(samples.get(s).events(), salts[s]);
        }
        List<CrossTrainedBdt.Input> in2 = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            if (samples.get(s).training()) {
                in2.add(new CrossTrainedBdt.Input(
                        samples.get(s).events(),
                        passes(score1[s], bc.bdt1Cut()),
                        samples.get(s).label(),
                        salts[s]));
            }
        }
        CrossTrainedBdt bdt2 = CrossTrainedBdt.train(
                bdt2Names, bdt2Columns, in2, bc.folds(), xgb.withSeed(CrossTrainedBdt.xgboostSeed(bdtStreams, "bdt2")));

        // eta(BDT2) from the signal that passed BDT1.
        float[] sigScore2 = bdt2.scores(signal.result().events(), salts[0]);
        boolean[] sigPass1 = passes(score1[0], bc.bdt1Cut());
        List<Float> fs = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int i = 0; i < sigScore2.length; i++) {
            if (sigPass1[i]) {
                fs.add(sigScore2[i]);
                ws.add(signal.result().events().weight(i));
            }
        }
        float[] fsa = new float[fs.size()];
        for (int i = 0; i < fsa.length; i++) {
            fsa[i] = fs.get(i);
        }
        SignalFlattening flat = SignalFlattening.of(
                fsa, ws.stream().mapToDouble(Double::doubleValue).toArray());

        // The hadronic tag: BDTh, eta(BDTh), templates; its signal-region events leave the ITA.
        HtaAnalysis hta =
                HtaAnalysis.of(cfg, bdtStreams, xgb, htaSpecs, htaOutcomes, htaFitNames, htaScales, signalScale);

        BKnunuConfig.Fit fit = cfg.fit();
        List<Scored> scored = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            Sample smp = samples.get(s);
            SelectedEvents ev = smp.events();
            float[] sc2 = bdt2.scores(ev, salts[s]);
            double[] eta = new double[ev.size()];
            int[] bin = new int[ev.size()];
            double[] keep = new double[ev.size()];
            // The generic on-resonance samples come first in the HTA's list too (same events).
            java.util.Map<Long, Double> overlap = s <= on.size() ? hta.overlap(s, ev) : java.util.Map.of();
            for (int i = 0; i < ev.size(); i++) {
                keep[i] = 1 - overlap.getOrDefault(ev.eventNumber(i), 0.0);
                boolean p1 = score1[s][i] > bc.bdt1Cut();
                eta[i] = p1 ? flat.eta(sc2[i]) : Double.NaN;
                if (!p1) {
                    sc2[i] = Float.NaN;
                }
                bin[i] = p1 ? fit.bin(eta[i], ev.observable(i)) : -1;
            }
            scored.add(new Scored(smp.spec(), smp.outcome(), smp.scale(), salts[s], score1[s], sc2, eta, bin, keep));
        }

        // Templates over the flat fit bins: the signal from its own events; each background from its own
        // signal-region events when it has at least fit.directMinEvents() of them, else from its events
        // above the tail threshold times the pooled eta-tail fraction of each eta bin.
        Axis axis = Axis.regular(fit.bins(), 0, fit.bins());
        Scored sig = scored.get(0);
        BackgroundTail tail = tail(fit.tailEtaMin(), scored.subList(1, on.size() + 1));
        double[] etaE = fit.etaEdges();
        double srNominal = tail.fraction(etaE[0], etaE[etaE.length - 1]);
        double kLow = Math.max(tail.k() - tail.kError(), 1e-3);
        double tailHi = tail.fraction(etaE[0], etaE[etaE.length - 1], kLow) / srNominal;
        double tailLo = tail.fraction(etaE[0], etaE[etaE.length - 1], tail.k() + tail.kError()) / srNominal;
        List<BKnunuFit.Template> onT = new ArrayList<>();
        List<BKnunuFit.Template> offT = new ArrayList<>();
        for (int s = 1; s < scored.size(); s++) {
            Scored sc = scored.get(s);
            String normName = "norm_"
                    + (s <= on.size() ? sc.spec().name() : sc.spec().name().substring(4));
            // Directly from the simulation where it has enough signal-region events, else the tail model.
            Hist1D direct = template(axis, sc);
            boolean fromTail = direct.entries() < fit.directMinEvents();
            BKnunuFit.Template t = new BKnunuFit.Template(
                    sc.spec().name(),
                    fromTail ? tailTemplate(axis, sc, tail, fit) : direct,
                    normName,
                    sc.spec().normalisationUncertainty(),
                    fromTail);
            (s <= on.size() ? onT : offT).add(t);
        }
        BKnunuFit.Templates templates =
                new BKnunuFit.Templates(axis, template(axis, sig), cfg.signalUncertainty(), onT, offT, tailHi, tailLo);

        // Reinterpretation mapping: generated q^2 of the signal vs fit bin.
        ParticleTable table = ParticleTable.standard();
        double q2Max = Math.pow(table.byName("B+").mass() - table.byName("K+").mass(), 2);
        ReinterpretMapping mapping =
                new ReinterpretMapping(ReinterpretMapping.uniformEdges(fit.truthQ2Bins(), q2Max), fit.bins());
        int truthCol = BKnunuSelection.truthColumn(cfg);
        for (int i = 0; i < sig.events().size(); i++) {
            if (sig.bin()[i] >= 0) {
                mapping.add(sig.events().feature(i, truthCol), sig.bin()[i], sig.weight(i));
            }
        }

        BKnunuReport report = new BKnunuReport(cfg, ctx, scored, on.size(), bdt1, bdt2, tail, templates, mapping, hta);
        return report.write();
    }

    /**
     * The side-track count each HTA event records when the YAML has no enriched samples: the CDC
     * acceptance and a p_T just below the HTA's track threshold (as the bundled file's filter).
     */
    static final HtaSideFilter DEFAULT_SIDE_FILTER = new HtaSideFilter(2, 0.09, 17.0, 150.0);

    /** Sample {@code a}'s share of the summed luminosity fractions of {@code a} and {@code b}. */
    static double share(SampleSpec a, SampleSpec b) {
        return a.luminosityFraction() / (a.luminosityFraction() + b.luminosityFraction());
    }

    /** A sample before scoring: declared spec, production, weight scale, class, whether it trains. */
    private record Sample(
            SampleSpec spec, SampleOutcome<SelectionResult> outcome, double scale, int label, boolean training) {
        SelectedEvents events() {
            return outcome.result().events();
        }
    }

    private static boolean[] passes(float[] scores, double cut) {
        boolean[] p = new boolean[scores.length];
        for (int i = 0; i < scores.length; i++) {
            p[i] = scores[i] > cut;
        }
        return p;
    }

    /** The eta tail pooled over the on-resonance backgrounds. */
    static BackgroundTail tail(double etaMin, List<Scored> backgrounds) {
        int n = backgrounds.stream().mapToInt(b -> b.events().size()).sum();
        double[] eta = new double[n];
        double[] w = new double[n];
        int k = 0;
        for (Scored b : backgrounds) {
            for (int i = 0; i < b.events().size(); i++, k++) {
                eta[k] = b.eta()[i];
                w[k] = b.weight(i);
            }
        }
        return BackgroundTail.fit(etaMin, eta, w);
    }

    /**
     * A background's template from the tail model: each of its events above the tail threshold,
     * in its q²_rec bin, spread over the eta bins with the tail's fractions.
     */
    static Hist1D tailTemplate(Axis axis, Scored s, BackgroundTail tail, BKnunuConfig.Fit fit) {
        double[] etaE = fit.etaEdges();
        int nq = fit.q2recEdges().length - 1;
        double[] frac = new double[etaE.length - 1];
        for (int i = 0; i < frac.length; i++) {
            frac[i] = tail.fraction(etaE[i], etaE[i + 1]);
        }
        Hist1D h = new Hist1D(axis);
        for (int e = 0; e < s.events().size(); e++) {
            int j = fit.q2Bin(s.events().observable(e));
            if (!(s.eta()[e] > tail.etaMin()) || j < 0) {
                continue;
            }
            for (int i = 0; i < frac.length; i++) {
                h.fill(i * nq + j + 0.5, s.weight(e) * frac[i]);
            }
        }
        return h;
    }

    /** The sample's expected events per flat fit bin (signal region only). */
    static Hist1D template(Axis axis, Scored s) {
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < s.events().size(); i++) {
            if (s.bin()[i] >= 0) {
                h.fill(s.bin()[i] + 0.5, s.weight(i));
            }
        }
        return h;
    }
}

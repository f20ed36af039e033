package io.upsilon.searches.bknunu;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.hist.Axis;
import io.upsilon.core.hist.Hist1D;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.CrossTrainedBdt;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SampleSpec;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The hadronic-tag analysis after the selection: BDTh on the {@link HtaSelection#FEATURES}
 * (cross-trained on the signal against the on-resonance backgrounds, XGBoost seed from {@code
 * b-knunu/bdt/xgboost/bdth}, fold salts from {@code b-knunu/bdt/split/hta-SAMPLE}), η(BDTh) from the
 * signal's cumulative distribution ({@link SignalFlattening}), the signal region η(BDTh) above the
 * first edge in η bins, and the HTA templates.
 *
 * @param bdt the cross-trained BDTh
 * @param scored the samples (signal first) with their BDTh score (in {@code bdt1} and {@code bdt2}),
 *     η(BDTh) and fit bin per selected event
 * @param templates the HTA templates
 * @param tail the pooled η(BDTh) tail of the backgrounds ({@link BackgroundTail})
 */
record HtaAnalysis(
        CrossTrainedBdt bdt, List<BKnunuSearch.Scored> scored, HtaFit.Templates templates, BackgroundTail tail) {

    /**
     * Trains, scores and fills.
     *
     * @param cfg the configuration
     * @param bdtStreams the search's classifier streams
     * @param xgb the XGBoost settings (seed set here)
     * @param specs the samples, signal first (on-resonance)
     * @param outcomes their HTA selections
     * @param signalScale the signal's factor on the weights (2 × B_SM)
     */
    static HtaAnalysis of(
            BKnunuConfig cfg,
            RandomStreams bdtStreams,
            BdtConfig xgb,
            List<SampleSpec> specs,
            List<SampleOutcome<SelectionResult>> outcomes,
            double signalScale) {
        int[] columns = IntStream.range(0, HtaSelection.FEATURES.size()).toArray();
        long[] salts = new long[specs.size()];
        List<CrossTrainedBdt.Input> in = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            salts[s] =
                    CrossTrainedBdt.splitSalt(bdtStreams, "hta-" + specs.get(s).name());
            SelectedEvents ev = outcomes.get(s).result().events();
            if (ev.size() > 0) {
                in.add(new CrossTrainedBdt.Input(
                        ev, null, s == 0 ? TrainingSet.SIGNAL : TrainingSet.BACKGROUND, salts[s]));
            }
        }
        CrossTrainedBdt bdt = CrossTrainedBdt.train(
                HtaSelection.FEATURES,
                columns,
                in,
                cfg.bdt().folds(),
                xgb.withSeed(CrossTrainedBdt.xgboostSeed(bdtStreams, "bdth")));
        SelectedEvents sigEv = outcomes.get(0).result().events();
        float[] sigScore = bdt.scores(sigEv, salts[0]);
        double[] sigW =
                IntStream.range(0, sigEv.size()).mapToDouble(sigEv::weight).toArray();
        SignalFlattening flat = SignalFlattening.of(sigScore, sigW);

        BKnunuConfig.Hta h = cfg.hta();
        Axis axis = Axis.regular(h.bins(), 0, h.bins());
        List<BKnunuSearch.Scored> scored = new ArrayList<>();
        for (int s = 0; s < specs.size(); s++) {
            SelectedEvents ev = outcomes.get(s).result().events();
            float[] score = bdt.scores(ev, salts[s]);
            double[] eta = new double[ev.size()];
            int[] bin = new int[ev.size()];
            for (int i = 0; i < ev.size(); i++) {
                eta[i] = flat.eta(score[i]);
                bin[i] = h.bin(eta[i]);
            }
            scored.add(new BKnunuSearch.Scored(
                    specs.get(s), outcomes.get(s), s == 0 ? signalScale : 1.0, salts[s], score, score, eta, bin, null));
        }
        // Backgrounds: their own signal-region events when there are enough of them, else all their
        // events above the tail threshold times the pooled eta-tail fraction of each bin (as the ITA).
        BackgroundTail tail = BKnunuSearch.tail(h.tailEtaMin(), scored.subList(1, scored.size()));
        double[] e = h.etaEdges();
        // With few simulated background events a classifier can push every one of them below the
        // signal region, and the tail fit then extrapolates a vanishing signal-region fraction. The
        // fraction used is at least Laplace's rule-of-succession estimate (m + 1) / (n + 2) for m of the
        // n pooled background events in the signal region, spread evenly over its bins.
        int pooled = 0;
        int inSr = 0;
        for (BKnunuSearch.Scored sc : scored.subList(1, scored.size())) {
            pooled += sc.events().size();
            for (int b : sc.bin()) {
                inSr += b >= 0 ? 1 : 0;
            }
        }
        double floor = (inSr + 1.0) / (pooled + 2.0) / h.bins();
        double nominal = srFraction(tail, e, tail.k(), floor);
        double kLow = Math.max(tail.k() - tail.kError(), 1e-3);
        double tailHi = srFraction(tail, e, kLow, floor) / nominal;
        double tailLo = srFraction(tail, e, tail.k() + tail.kError(), floor) / nominal;
        List<BKnunuFit.Template> backgrounds = new ArrayList<>();
        List<String> trueTags = new ArrayList<>();
        for (int s = 1; s < specs.size(); s++) {
            BKnunuSearch.Scored sc = scored.get(s);
            Hist1D direct = BKnunuSearch.template(axis, sc);
            boolean fromTail = direct.entries() < cfg.fit().directMinEvents();
            backgrounds.add(new BKnunuFit.Template(
                    specs.get(s).name(),
                    fromTail ? tailTemplate(axis, sc, tail, e, floor) : direct,
                    "norm_" + specs.get(s).name(),
                    specs.get(s).normalisationUncertainty(),
                    fromTail));
            // B Bbar backgrounds are mostly true tags: they carry the tag-calibration normsys.
            if (specs.get(s).process().name().startsWith("y4s-")) {
                trueTags.add(specs.get(s).name());
            }
        }
        HtaFit.Templates templates = new HtaFit.Templates(
                axis,
                BKnunuSearch.template(axis, scored.get(0)),
                backgrounds,
                cfg.signalUncertainty(),
                h.tagUncertainty(),
                trueTags,
                tailHi,
                tailLo);
        return new HtaAnalysis(bdt, scored, templates, tail);
    }

    /** The tail model's signal-region fraction at exponent {@code k}, each bin at least {@code floor}. */
    static double srFraction(BackgroundTail tail, double[] edges, double k, double floor) {
        double f = 0;
        for (int b = 0; b + 1 < edges.length; b++) {
            f += Math.max(tail.fraction(edges[b], edges[b + 1], k), floor);
        }
        return f;
    }

    /**
     * A background's template from the tail model: its events above the threshold, spread over the
     * bins with the tail's fractions, each at least {@code floor}.
     */
    static Hist1D tailTemplate(Axis axis, BKnunuSearch.Scored s, BackgroundTail tail, double[] edges, double floor) {
        double[] frac = new double[edges.length - 1];
        for (int b = 0; b < frac.length; b++) {
            frac[b] = Math.max(tail.fraction(edges[b], edges[b + 1]), floor);
        }
        // One fill per event and bin, so the variance (staterror) is that of the events' weights.
        Hist1D h = new Hist1D(axis);
        for (int i = 0; i < s.events().size(); i++) {
            if (s.eta()[i] > tail.etaMin()) {
                for (int b = 0; b < frac.length; b++) {
                    h.fill(b + 0.5, s.weight(i) * frac[b]);
                }
            }
        }
        return h;
    }

    /**
     * Per event number of sample {@code s} in the HTA signal region, the tag probability (the HTA
     * weight over the event weight): the share of that event the ITA gives up (the overlap removal).
     */
    Map<Long, Double> overlap(int s, SelectedEvents itaEvents) {
        Map<Long, Double> itaWeight = new HashMap<>();
        for (int i = 0; i < itaEvents.size(); i++) {
            itaWeight.put(itaEvents.eventNumber(i), itaEvents.weight(i));
        }
        BKnunuSearch.Scored sc = scored.get(s);
        Map<Long, Double> share = new HashMap<>();
        for (int i = 0; i < sc.events().size(); i++) {
            Double w = itaWeight.get(sc.events().eventNumber(i));
            if (sc.bin()[i] >= 0 && w != null && w > 0) {
                share.put(sc.events().eventNumber(i), Math.min(1.0, sc.events().weight(i) / w));
            }
        }
        return share;
    }

    /** The signal efficiency of the HTA signal region (of the generated signal events). */
    double signalEfficiency() {
        BKnunuSearch.Scored sig = scored.get(0);
        return templates.signal().integral() / (sig.outcome().result().flow().weight(0) * sig.scale());
    }
}

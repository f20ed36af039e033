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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * @param fitNames per scored sample, the fit sample it makes (the signal "signal", a generic
 *     background its own name, an enriched sample the name of the background it copies), or null for
 *     a sample that makes no template
 */
record HtaAnalysis(
        CrossTrainedBdt bdt,
        List<BKnunuSearch.Scored> scored,
        HtaFit.Templates templates,
        BackgroundTail tail,
        List<String> fitNames) {

    /**
     * Trains, scores and fills.
     *
     * @param cfg the configuration
     * @param bdtStreams the search's classifier streams
     * @param xgb the XGBoost settings (seed set here)
     * @param specs the samples: the signal, the generic on-resonance backgrounds (in the ITA's order,
     *     for the overlap removal), then the enriched samples
     * @param outcomes their HTA selections
     * @param fitNames per sample, the fit sample it makes, or null ({@link #fitNames()}); samples with
     *     the same name add up to one template
     * @param scales per sample, the factor on its weights (the signal's is replaced by {@code
     *     signalScale}): for a generic sample and its enriched copy, each one's share of their summed
     *     luminosity fractions, so that together they estimate the background once
     * @param signalScale the signal's factor on the weights (2 × B_SM)
     */
    static HtaAnalysis of(
            BKnunuConfig cfg,
            RandomStreams bdtStreams,
            BdtConfig xgb,
            List<SampleSpec> specs,
            List<SampleOutcome<SelectionResult>> outcomes,
            List<String> fitNames,
            List<Double> scales,
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
                    specs.get(s),
                    outcomes.get(s),
                    s == 0 ? signalScale : scales.get(s),
                    salts[s],
                    score,
                    score,
                    eta,
                    bin,
                    null));
        }
        // Backgrounds: their own signal-region events when there are enough of them, else all their
        // events above the tail threshold times the pooled eta-tail fraction of each bin (as the ITA).
        List<BKnunuSearch.Scored> fitBackgrounds = new ArrayList<>();
        for (int s = 1; s < specs.size(); s++) {
            if (fitNames.get(s) != null) {
                fitBackgrounds.add(scored.get(s));
            }
        }
        BackgroundTail tail = BKnunuSearch.tail(h.tailEtaMin(), fitBackgrounds);
        double[] e = h.etaEdges();
        // With few simulated background events a classifier can push every one of them below the
        // signal region, and the tail fit then extrapolates a vanishing signal-region fraction. The
        // fraction used is at least Laplace's rule-of-succession estimate (m + 1) / (n + 2) for m of the
        // n pooled background events in the signal region, spread evenly over its bins.
        int pooled = 0;
        int inSr = 0;
        for (BKnunuSearch.Scored sc : fitBackgrounds) {
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
        List<String> done = new ArrayList<>();
        for (int s = 1; s < specs.size(); s++) {
            String name = fitNames.get(s);
            if (name == null || done.contains(name)) {
                continue;
            }
            done.add(name);
            List<BKnunuSearch.Scored> members = new ArrayList<>();
            for (int t = s; t < specs.size(); t++) {
                if (name.equals(fitNames.get(t))) {
                    members.add(scored.get(t));
                }
            }
            Hist1D direct = new Hist1D(axis);
            long entries = 0;
            for (BKnunuSearch.Scored m : members) {
                Hist1D d = BKnunuSearch.template(axis, m);
                direct.add(d);
                entries += d.entries();
            }
            boolean fromTail = entries < cfg.fit().directMinEvents();
            Hist1D hist = direct;
            if (fromTail) {
                hist = new Hist1D(axis);
                for (BKnunuSearch.Scored m : members) {
                    hist.add(tailTemplate(axis, m, tail, e, floor));
                }
            }
            backgrounds.add(new BKnunuFit.Template(
                    name, hist, "norm_" + name, specs.get(s).normalisationUncertainty(), fromTail));
            // B Bbar backgrounds are mostly true tags: they carry the tag-calibration normsys.
            if (specs.get(s).process().name().startsWith("y4s-")) {
                trueTags.add(name);
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
        return new HtaAnalysis(bdt, scored, templates, tail, Collections.unmodifiableList(new ArrayList<>(fitNames)));
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
                // An event can be in the signal region with either B as the tag: the shares add.
                share.merge(sc.events().eventNumber(i), sc.events().weight(i) / w, Double::sum);
            }
        }
        share.replaceAll((k, v) -> Math.min(1.0, v));
        return share;
    }

    /** The signal efficiency of the HTA signal region (of the generated signal events). */
    double signalEfficiency() {
        BKnunuSearch.Scored sig = scored.get(0);
        return templates.signal().integral() / (sig.outcome().result().flow().weight(0) * sig.scale());
    }

    /** Whether scored sample {@code s} makes a fit template (the signal or a used background). */
    boolean inFit(int s) {
        return fitNames.get(s) != null;
    }

    /**
     * The check of the side filter ({@link HtaSideFilter}) on the generic Υ(4S) samples, which were
     * not filtered ({@code enrichedNames}: the filtered samples, skipped): per sample, the HTA-selected weight and the part of it whose signal side has more
     * trackable charged particles than the filter allows (the events the filter would have removed),
     * after the signal-side selection and in the signal region.
     */
    Map<String, Object> sideFilterCheck(HtaSideFilter filter, List<String> enrichedNames) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int s = 1; s < scored.size(); s++) {
            BKnunuSearch.Scored sc = scored.get(s);
            if (enrichedNames.contains(sc.spec().name())
                    || !sc.spec().process().name().startsWith("y4s-")) {
                continue;
            }
            double sel = 0;
            double selLost = 0;
            double sr = 0;
            double srLost = 0;
            int lostEvents = 0;
            for (int i = 0; i < sc.events().size(); i++) {
                double w = sc.events().weight(i); // the generic sample's own estimate
                boolean lost = sc.events().feature(i, HtaSelection.SIDE_TRACKS_COLUMN) > filter.maxSideTracks();
                sel += w;
                selLost += lost ? w : 0;
                lostEvents += lost ? 1 : 0;
                if (sc.bin()[i] >= 0) {
                    sr += w;
                    srLost += lost ? w : 0;
                }
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("selected_rows", sc.events().size());
            m.put("selected_rows_removed", lostEvents);
            m.put("selected_fraction_removed", sel > 0 ? selLost / sel : 0.0);
            m.put("sr_expected", sr);
            m.put("sr_expected_removed", srLost);
            out.put(sc.spec().name(), m);
        }
        return out;
    }
}

package io.upsilon.searches.zprime;

import io.upsilon.analysis.mva.PunziFigureOfMerit;
import io.upsilon.analysis.mva.SplitSampler;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.CrossTrainedBdt;
import io.upsilon.searches.CrossTrainedClassifier;
import io.upsilon.searches.RegionBdtConfig;
import io.upsilon.searches.SelectedEvents;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The boosted-decision-tree stage of the Z' search: one XGBoost classifier per mass region,
 * trained on the CM-frame kinematics of the selected μ+μ− pairs ({@link ZPrimeSelection#FEATURES};
 * M_rec² itself is not an input, so the classifier cannot sculpt a peak) to separate the signal
 * masses of the region from all backgrounds inside the region's fit windows.
 *
 * <p>k-fold cross-training: each selected event belongs to one of k folds by a hash of its sample
 * and event number ({@link SplitSampler#fold}); the classifier of fold f is trained on the other
 * folds and scores only fold f. Every event thus gets a score from a classifier that never saw it,
 * and all events fill the templates (the training and the fold-wise scoring are the framework's
 * {@link CrossTrainedClassifier} and {@link CrossTrainedBdt}; this class builds the rows, with the
 * signal masses normalised and the backgrounds restricted to the windows). The score cut
 * maximises the Punzi figure of merit on these out-of-fold scores, among cuts that keep at least a
 * configured number of background Monte Carlo events.
 *
 * <p>Background after the cut is estimated by factorisation: each background's M_rec² template
 * before the cut times its pass fraction in the region's windows (with its Monte Carlo error as a
 * normalisation uncertainty). A cut that leaves few simulated events would otherwise give templates
 * with empty bins that the fit would read as "no background".
 */
final class ZPrimeBdt {
    /** Cap of a relative normalisation uncertainty (a normsys needs a positive down variation). */
    static final double MAX_RELATIVE_ERROR = 0.9;

    /** The selected events' feature columns used as inputs: all of {@link ZPrimeSelection#FEATURES}, in order. */
    private static final int[] COLUMNS =
            IntStream.range(0, ZPrimeSelection.FEATURES.size()).toArray();

    private ZPrimeBdt() {}

    /**
     * A trained region.
     *
     * @param lowMass lowest mass of the region, GeV
     * @param highMass highest mass of the region, GeV
     * @param bdt the cross-trained classifiers (classifier f scores fold f, trained on the others)
     * @param cut score cut (events with score >= cut are kept)
     * @param signalEfficiency Punzi optimum: signal efficiency of the cut (out-of-fold scores)
     * @param background Punzi optimum: background events after the cut in the region's windows
     * @param backgroundPass each background's weighted pass fraction in the region's windows
     * @param backgroundPassError its relative Monte Carlo error
     */
    record Region(
            double lowMass,
            double highMass,
            CrossTrainedBdt bdt,
            double cut,
            double signalEfficiency,
            double background,
            double[] backgroundPass,
            double[] backgroundPassError) {
        /** Weighted ROC AUC of the out-of-fold scores. */
        double outOfFoldAuc() {
            return bdt.outOfFoldAuc();
        }

        /**
         * Weighted ROC AUC of each classifier on its own training events (averaged); much above
         * {@link #outOfFoldAuc} means overtraining.
         */
        double inFoldAuc() {
            return bdt.inFoldAuc();
        }

        /** Training events (signal, background), all folds. */
        int[] trainingEvents() {
            return bdt.trainingEvents();
        }

        /** Gain importance of the first fold's classifier. */
        Map<String, Double> featureImportance() {
            return bdt.featureImportance();
        }
    }

    /**
     * The XGBoost seed of region {@code region} (index in the configured regions): {@link
     * CrossTrainedBdt#xgboostSeed} of the name {@code region-K}, i.e. the stream {@code
     * xgboost/region-K} of the BDT stage's family ({@code child("bdt")} of the search's).
     */
    static int xgboostSeed(RandomStreams bdtStreams, int region) {
        return CrossTrainedBdt.xgboostSeed(bdtStreams, "region-" + region);
    }

    /**
     * Trains one region.
     *
     * @param signals the selected events of the region's signal masses (each mass is normalised to
     *     the same total)
     * @param signalSalts the split salt of each signal sample ({@link CrossTrainedBdt#splitSalt})
     * @param backgrounds the selected events of every background (weights in expected events)
     * @param backgroundSalts the split salt of each background
     * @param windowLo lowest fit-window edge of the region's masses
     * @param windowHi highest fit-window edge
     * @param xgboostSeed the classifiers' seed ({@link #xgboostSeed})
     * @throws IllegalArgumentException when some fold's training rows lack signal or background
     */
    static Region train(
            double lowMass,
            double highMass,
            List<SelectedEvents> signals,
            long[] signalSalts,
            List<SelectedEvents> backgrounds,
            long[] backgroundSalts,
            double windowLo,
            double windowHi,
            RegionBdtConfig cfg,
            int xgboostSeed) {
        int k = cfg.folds();
        CrossTrainedClassifier.Rows rows = new CrossTrainedClassifier.Rows(COLUMNS.length);
        for (int s = 0; s < signals.size(); s++) {
            SelectedEvents ev = signals.get(s);
            double total = ev.totalWeight();
            SplitSampler split = new SplitSampler(0.5, signalSalts[s]);
            for (int i = 0; i < ev.size(); i++) {
                rows.add(
                        ev.features(i),
                        TrainingSet.SIGNAL,
                        ev.weight(i) / total / signals.size(),
                        split.fold(ev.eventNumber(i), k));
            }
        }
        int signalRows = rows.size();
        int[] backgroundRows = new int[backgrounds.size()];
        for (int b = 0; b < backgrounds.size(); b++) {
            SelectedEvents ev = backgrounds.get(b);
            SplitSampler split = new SplitSampler(0.5, backgroundSalts[b]);
            int before = rows.size();
            for (int i = 0; i < ev.size(); i++) {
                double x = ev.observable(i);
                if (x >= windowLo && x < windowHi) {
                    rows.add(ev.features(i), TrainingSet.BACKGROUND, ev.weight(i), split.fold(ev.eventNumber(i), k));
                }
            }
            backgroundRows[b] = rows.size() - before;
        }
        CrossTrainedClassifier classifier =
                CrossTrainedClassifier.train(ZPrimeSelection.FEATURES, rows, k, cfg.xgboost(xgboostSeed));
        TrainingSet set = classifier.trainingSet();
        float[] oof = classifier.outOfFoldScores();
        double[] weights = set.weights(); // a copy: take it once
        PunziFigureOfMerit.Optimum opt =
                new PunziFigureOfMerit().optimise(oof, set.labels(), weights, cfg.minBackgroundEvents());
        // Pass fractions per background sample (rows of background b follow its order above).
        double[] pass = new double[backgrounds.size()];
        double[] passErr = new double[backgrounds.size()];
        int row = signalRows;
        for (int b = 0; b < backgrounds.size(); b++) {
            double tot = 0;
            double sw = 0;
            double sw2 = 0;
            int n = 0;
            int nPass = 0;
            for (int j = 0; j < backgroundRows[b]; j++, row++) {
                double w = weights[row];
                tot += w;
                n++;
                if (oof[row] >= opt.cut()) {
                    sw += w;
                    sw2 += w * w;
                    nPass++;
                }
            }
            if (n == 0) {
                pass[b] = 0;
                passErr[b] = 0;
            } else if (nPass == 0) {
                // No simulated event passes: one event's worth, known to within its size.
                pass[b] = 1.0 / n;
                passErr[b] = MAX_RELATIVE_ERROR;
            } else {
                pass[b] = sw / tot;
                passErr[b] = Math.min(MAX_RELATIVE_ERROR, Math.sqrt(sw2) / sw);
            }
        }
        return new Region(
                lowMass,
                highMass,
                CrossTrainedBdt.of(classifier, COLUMNS),
                opt.cut(),
                opt.signalEfficiency(),
                opt.background(),
                pass,
                passErr);
    }

    /**
     * The events of {@code ev} whose score passes the region's cut (weights unchanged); each event
     * is scored by the classifier of its fold under {@code salt}, the one that did not see it.
     */
    static SelectedEvents selected(Region r, SelectedEvents ev, long salt) {
        float[] scores = r.bdt().scores(ev, salt);
        SelectedEvents out = new SelectedEvents(ev.featureCount());
        for (int i = 0; i < ev.size(); i++) {
            if (scores[i] >= r.cut()) {
                out.add(ev.eventNumber(i), ev.observable(i), ev.weight(i), ev.features(i));
            }
        }
        return out;
    }
}

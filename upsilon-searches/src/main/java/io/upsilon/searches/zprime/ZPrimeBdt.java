package io.upsilon.searches.zprime;

import io.upsilon.analysis.mva.Bdt;
import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.BdtTrainer;
import io.upsilon.analysis.mva.PunziFigureOfMerit;
import io.upsilon.analysis.mva.RocCurve;
import io.upsilon.analysis.mva.SplitSampler;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.SelectedEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The boosted-decision-tree stage of the Z' search: one XGBoost classifier per mass region,
 * trained on the CM-frame kinematics of the selected μ+μ− pairs ({@link ZPrimeSelection#FEATURES};
 * M_rec² itself is not an input, so the classifier cannot sculpt a peak) to separate the signal
 * masses of the region from all backgrounds inside the region's fit windows.
 *
 * <p>k-fold cross-training: each selected event belongs to one of k folds by a hash of its sample
 * and event number ({@link SplitSampler#fold}); the classifier of fold f is trained on the other
 * folds and scores only fold f. Every event thus gets a score from a classifier that never saw it,
 * and all events fill the templates. The score cut maximises the Punzi figure of merit on these
 * out-of-fold scores, among cuts that keep at least a configured number of background Monte Carlo
 * events.
 *
 * <p>Background after the cut is estimated by factorisation: each background's M_rec² template
 * before the cut times its pass fraction in the region's windows (with its Monte Carlo error as a
 * normalisation uncertainty). A cut that leaves few simulated events would otherwise give templates
 * with empty bins that the fit would read as "no background".
 */
final class ZPrimeBdt {
    /** Cap of a relative normalisation uncertainty (a normsys needs a positive down variation). */
    static final double MAX_RELATIVE_ERROR = 0.9;

    private ZPrimeBdt() {}

    /**
     * A trained region.
     *
     * @param lowMass lowest mass of the region, GeV
     * @param highMass highest mass of the region, GeV
     * @param folds the classifier of each fold (classifier f scores fold f, trained on the others)
     * @param cut score cut (events with score >= cut are kept)
     * @param signalEfficiency Punzi optimum: signal efficiency of the cut (out-of-fold scores)
     * @param background Punzi optimum: background events after the cut in the region's windows
     * @param outOfFoldAuc weighted ROC AUC of the out-of-fold scores
     * @param inFoldAuc weighted ROC AUC of each classifier on its own training events (averaged); much
     *     above {@code outOfFoldAuc} means overtraining
     * @param trainingEvents training events (signal, background), all folds
     * @param backgroundPass each background's weighted pass fraction in the region's windows
     * @param backgroundPassError its relative Monte Carlo error
     */
    record Region(
            double lowMass,
            double highMass,
            List<Bdt> folds,
            double cut,
            double signalEfficiency,
            double background,
            double outOfFoldAuc,
            double inFoldAuc,
            int[] trainingEvents,
            double[] backgroundPass,
            double[] backgroundPassError) {
        /** Gain importance of the first fold's classifier. */
        Map<String, Double> featureImportance() {
            return folds.get(0).featureImportance();
        }
    }

    /**
     * The salt of a sample's fold split ({@link SplitSampler}), drawn from the stream {@code
     * split/SAMPLE} of the BDT stage's family: each sample gets its own independent split, the same
     * in training and in {@link #selected}.
     *
     * @param bdtStreams the BDT stage's family ({@code child("bdt")} of the search's)
     * @param sampleName the sample's unique name (a background's name, {@code signal-M3p00}, ...)
     */
    static long splitSalt(RandomStreams bdtStreams, String sampleName) {
        return bdtStreams.stream("split/" + sampleName).nextLong();
    }

    /**
     * The XGBoost seed of region {@code region} (index in the configured regions), drawn from the
     * stream {@code xgboost/region-K} of the BDT stage's family; non-negative, as XGBoost expects.
     */
    static int xgboostSeed(RandomStreams bdtStreams, int region) {
        return bdtStreams.stream("xgboost/region-" + region).nextInt(Integer.MAX_VALUE);
    }

    /**
     * Trains one region.
     *
     * @param signals the selected events of the region's signal masses (each mass is normalised to
     *     the same total)
     * @param signalSalts the split salt of each signal sample
     * @param backgrounds the selected events of every background (weights in expected events)
     * @param backgroundSalts the split salt of each background
     * @param windowLo lowest fit-window edge of the region's masses
     * @param windowHi highest fit-window edge
     * @param xgboostSeed the classifiers' seed ({@link #xgboostSeed})
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
            ZPrimeConfig.Bdt cfg,
            int xgboostSeed) {
        int nf = ZPrimeSelection.FEATURES.size();
        int k = cfg.folds();
        Rows all = new Rows(nf);
        for (int s = 0; s < signals.size(); s++) {
            SelectedEvents ev = signals.get(s);
            double total = ev.totalWeight();
            SplitSampler split = new SplitSampler(0.5, signalSalts[s]);
            for (int i = 0; i < ev.size(); i++) {
                all.add(
                        ev.features(i),
                        TrainingSet.SIGNAL,
                        ev.weight(i) / total / signals.size(),
                        split.fold(ev.eventNumber(i), k));
            }
        }
        all.signalRows = all.size();
        for (int b = 0; b < backgrounds.size(); b++) {
            SelectedEvents ev = backgrounds.get(b);
            SplitSampler split = new SplitSampler(0.5, backgroundSalts[b]);
            int before = all.size();
            for (int i = 0; i < ev.size(); i++) {
                double x = ev.observable(i);
                if (x >= windowLo && x < windowHi) {
                    all.add(ev.features(i), TrainingSet.BACKGROUND, ev.weight(i), split.fold(ev.eventNumber(i), k));
                }
            }
            all.backgroundRowsPerSample.add(all.size() - before);
        }
        TrainingSet set = all.toSet();
        BdtConfig bc = BdtConfig.defaults()
                .withNumTrees(cfg.trees())
                .withMaxDepth(cfg.maxDepth())
                .withLearningRate(cfg.learningRate())
                .withMinChildWeight(cfg.minChildWeight())
                .withSeed(xgboostSeed)
                .withNthread(1);
        List<Bdt> models = new ArrayList<>();
        float[] oof = new float[set.size()];
        double inFoldAuc = 0;
        for (int f = 0; f < k; f++) {
            int[] trainRows = all.rowsNotIn(f);
            int[] scoreRows = all.rowsIn(f);
            TrainingSet train = set.subset(trainRows);
            Bdt bdt = BdtTrainer.train(train, bc);
            models.add(bdt);
            inFoldAuc += RocCurve.of(bdt.scores(train.features(), train.size()), train.labels(), train.weights())
                            .auc()
                    / k;
            TrainingSet scored = set.subset(scoreRows);
            float[] sc = bdt.scores(scored.features(), scored.size());
            for (int j = 0; j < scoreRows.length; j++) {
                oof[scoreRows[j]] = sc[j];
            }
        }
        PunziFigureOfMerit.Optimum opt =
                new PunziFigureOfMerit().optimise(oof, set.labels(), set.weights(), cfg.minBackgroundEvents());
        // Pass fractions per background sample (rows of background b follow its order above).
        double[] pass = new double[backgrounds.size()];
        double[] passErr = new double[backgrounds.size()];
        int row = all.signalRows;
        double[] weights = set.weights(); // a copy: take it once
        for (int b = 0; b < backgrounds.size(); b++) {
            double tot = 0;
            double sw = 0;
            double sw2 = 0;
            int n = 0;
            int nPass = 0;
            for (int j = 0; j < all.backgroundRowsPerSample.get(b); j++, row++) {
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
        double auc = RocCurve.of(oof, set.labels(), set.weights()).auc();
        return new Region(
                lowMass,
                highMass,
                List.copyOf(models),
                opt.cut(),
                opt.signalEfficiency(),
                opt.background(),
                auc,
                inFoldAuc,
                new int[] {set.count(TrainingSet.SIGNAL), set.count(TrainingSet.BACKGROUND)},
                pass,
                passErr);
    }

    /** The events of {@code ev} whose out-of-fold score passes the region's cut (weights unchanged). */
    static SelectedEvents selected(Region r, SelectedEvents ev, long salt) {
        int k = r.folds().size();
        SplitSampler split = new SplitSampler(0.5, salt);
        int nf = ev.featureCount();
        SelectedEvents out = new SelectedEvents(nf);
        List<List<Integer>> byFold = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            byFold.add(new ArrayList<>());
        }
        for (int i = 0; i < ev.size(); i++) {
            byFold.get(split.fold(ev.eventNumber(i), k)).add(i);
        }
        boolean[] keep = new boolean[ev.size()];
        for (int f = 0; f < k; f++) {
            List<Integer> idx = byFold.get(f);
            if (idx.isEmpty()) {
                continue;
            }
            float[] rows = new float[idx.size() * nf];
            for (int j = 0; j < idx.size(); j++) {
                System.arraycopy(ev.features(idx.get(j)), 0, rows, j * nf, nf);
            }
            float[] sc = r.folds().get(f).scores(rows, idx.size());
            for (int j = 0; j < idx.size(); j++) {
                keep[idx.get(j)] = sc[j] >= r.cut();
            }
        }
        for (int i = 0; i < ev.size(); i++) {
            if (keep[i]) {
                out.add(ev.eventNumber(i), ev.observable(i), ev.weight(i), ev.features(i));
            }
        }
        return out;
    }

    /** Growable training rows with their fold, in primitive arrays (millions of rows at full luminosity). */
    private static final class Rows {
        private final int nf;
        private float[] features = new float[1024];
        private int[] labels = new int[128];
        private double[] weights = new double[128];
        private int[] folds = new int[128];
        private int size;
        int signalRows;
        final List<Integer> backgroundRowsPerSample = new ArrayList<>();

        Rows(int nf) {
            this.nf = nf;
            this.features = new float[128 * nf];
        }

        void add(float[] f, int label, double w, int fold) {
            if (size == labels.length) {
                int n = 2 * size;
                features = java.util.Arrays.copyOf(features, n * nf);
                labels = java.util.Arrays.copyOf(labels, n);
                weights = java.util.Arrays.copyOf(weights, n);
                folds = java.util.Arrays.copyOf(folds, n);
            }
            System.arraycopy(f, 0, features, size * nf, nf);
            labels[size] = label;
            weights[size] = w;
            folds[size] = fold;
            size++;
        }

        int size() {
            return size;
        }

        int[] rowsIn(int fold) {
            return java.util.stream.IntStream.range(0, size)
                    .filter(i -> folds[i] == fold)
                    .toArray();
        }

        int[] rowsNotIn(int fold) {
            return java.util.stream.IntStream.range(0, size)
                    .filter(i -> folds[i] != fold)
                    .toArray();
        }

        TrainingSet toSet() {
            return new TrainingSet(
                    ZPrimeSelection.FEATURES,
                    java.util.Arrays.copyOf(features, size * nf),
                    java.util.Arrays.copyOf(labels, size),
                    java.util.Arrays.copyOf(weights, size));
        }
    }
}

package io.upsilon.searches.resonance;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.analysis.mva.PunziFigureOfMerit;
import io.upsilon.analysis.mva.SplitSampler;
import io.upsilon.analysis.mva.TrainingSet;
import io.upsilon.core.random.RandomStreams;
import io.upsilon.searches.ClsLimit;
import io.upsilon.searches.CrossTrainedClassifier;
import io.upsilon.searches.RegionBdtConfig;
import io.upsilon.searches.RunContext;
import io.upsilon.searches.SampleOutcome;
import io.upsilon.searches.SelectedEvents;
import io.upsilon.searches.SelectionResult;
import io.upsilon.searches.SignalGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The classifier stage of a resonance search, per model and mass region: XGBoost trees cross-trained in
 * k folds ({@link CrossTrainedClassifier}) on the features of the pair closest to the mass hypothesis
 * (the search's pair features; not its candidate mass, so the classifier cannot sculpt a peak), signal
 * events of the region's masses in their windows against background events in the same windows. The
 * score cut maximises the Punzi figure of merit on the out-of-fold scores among cuts keeping a
 * configured number of simulated background events. Every simulated event then passes or fails by the
 * score of the classifier of its own fold, and the windows are counted again ({@link MassWindowCount});
 * a mass keeps the classifier only where its median expected limit is lower than the cut-based one.
 *
 * <p>Random numbers: the fold split of each sample from the stream {@code split/SAMPLE} and XGBoost's
 * seed from {@code xgboost/region-K}, in the family {@code bdt/MODEL} of the search's streams.
 */
final class WindowBdt {
    private WindowBdt() {}

    /**
     * A trained region.
     *
     * @param model the signal model
     * @param lowMass lowest mass, GeV
     * @param highMass highest mass
     * @param classifier the cross-trained classifier
     * @param cut the score cut
     * @param signalEfficiency signal efficiency of the cut (out-of-fold, training windows)
     * @param background background events after the cut in the region's windows (summed over its masses,
     *     each mass's windows weighted 1/masses)
     * @param trainingEvents training rows (signal, background)
     */
    record Region(
            String model,
            double lowMass,
            double highMass,
            CrossTrainedClassifier classifier,
            double cut,
            double signalEfficiency,
            double background,
            int[] trainingEvents) {}

    /** The regions trained for one model and its mass points (the better selection chosen at each mass). */
    record Stage(List<Region> regions, List<MassPoint> points) {}

    /** Trains the regions of one model and re-evaluates its masses. */
    static Stage run(
            ResonanceConfig cfg,
            ResonanceSearchText text,
            RunContext ctx,
            ResonanceConfig.Model model,
            double[] masses,
            List<SampleOutcome<SelectionResult>> signals,
            List<MassPoint> cutBased,
            List<MassWindowCount.Background> bkg,
            List<SelectedEvents> data,
            RandomStreams streams) {
        RegionBdtConfig bc = cfg.bdt();
        List<Region> regions = new ArrayList<>();
        List<MassPoint> points = new ArrayList<>(cutBased);
        long[] bkgSalts = new long[bkg.size()];
        for (int b = 0; b < bkg.size(); b++) {
            bkgSalts[b] = streams.stream("split/" + bkg.get(b).name()).nextLong();
        }
        for (int reg = 0; reg < bc.regionLow().length; reg++) {
            List<Integer> inRegion = new ArrayList<>();
            for (int k = 0; k < masses.length; k++) {
                if (bc.regionOf(masses[k]) == reg && cutBased.get(k).window() != null) {
                    inRegion.add(k);
                }
            }
            if (inRegion.isEmpty()) {
                continue;
            }
            long[] sigSalts = new long[masses.length];
            for (int k : inRegion) {
                sigSalts[k] = streams.stream("split/signal-" + SignalGrid.massTag(masses[k]))
                        .nextLong();
            }
            int folds = bc.folds();
            CrossTrainedClassifier.Rows rows =
                    new CrossTrainedClassifier.Rows(text.pairFeatures().size());
            for (int k : inRegion) {
                MassWindowCount.Window w = cutBased.get(k).window();
                SelectedEvents ev = signals.get(k).result().events();
                SplitSampler split = new SplitSampler(0.5, sigSalts[k]);
                double total = MassWindowCount.sum(ev, masses[k], w.lo(), w.hi(), i -> true)[0];
                for (int i = 0; i < ev.size(); i++) {
                    if (MassWindowCount.inWindow(ev, i, masses[k], w.lo(), w.hi())) {
                        rows.add(
                                closestFeatures(ev, i, masses[k], text),
                                TrainingSet.SIGNAL,
                                ev.weight(i) / total / inRegion.size(),
                                split.fold(ev.eventNumber(i), folds));
                    }
                }
            }
            for (int b = 0; b < bkg.size(); b++) {
                SelectedEvents ev = bkg.get(b).events();
                SplitSampler split = new SplitSampler(0.5, bkgSalts[b]);
                for (int k : inRegion) {
                    MassWindowCount.Window w = cutBased.get(k).window();
                    for (int i = 0; i < ev.size(); i++) {
                        if (MassWindowCount.inWindow(ev, i, masses[k], w.lo(), w.hi())) {
                            rows.add(
                                    closestFeatures(ev, i, masses[k], text),
                                    TrainingSet.BACKGROUND,
                                    ev.weight(i) / inRegion.size(),
                                    split.fold(ev.eventNumber(i), folds));
                        }
                    }
                }
            }
            if (rows.count(TrainingSet.BACKGROUND) < 2 * folds || rows.count(TrainingSet.SIGNAL) < 2 * folds) {
                continue; // too few rows to train: the cut-based result stays
            }
            BdtConfig config =
                    bc.xgboost(streams.stream("xgboost/region-" + reg).nextInt(Integer.MAX_VALUE));
            CrossTrainedClassifier clf;
            try {
                clf = CrossTrainedClassifier.train(text.pairFeatures(), rows, folds, config);
            } catch (IllegalArgumentException e) {
                continue; // a fold without one of the classes: the cut-based result stays
            }
            TrainingSet set = clf.trainingSet();
            PunziFigureOfMerit.Optimum opt = new PunziFigureOfMerit()
                    .optimise(clf.outOfFoldScores(), set.labels(), set.weights(), bc.minBackgroundEvents());
            regions.add(new Region(
                    model.name(),
                    bc.regionLow()[reg],
                    bc.regionHigh()[reg],
                    clf,
                    opt.cut(),
                    opt.signalEfficiency(),
                    opt.background(),
                    new int[] {set.count(TrainingSet.SIGNAL), set.count(TrainingSet.BACKGROUND)}));
            for (int k : inRegion) {
                points.set(
                        k,
                        withClassifier(
                                cfg,
                                text,
                                ctx,
                                model,
                                masses[k],
                                signals.get(k).result(),
                                cutBased.get(k),
                                bkg,
                                data,
                                clf,
                                opt.cut(),
                                sigSalts[k],
                                bkgSalts));
            }
        }
        return new Stage(regions, points);
    }

    private static MassPoint withClassifier(
            ResonanceConfig cfg,
            ResonanceSearchText text,
            RunContext ctx,
            ResonanceConfig.Model model,
            double mass,
            SelectionResult signal,
            MassPoint cut,
            List<MassWindowCount.Background> bkg,
            List<SelectedEvents> data,
            CrossTrainedClassifier clf,
            double scoreCut,
            long sigSalt,
            long[] bkgSalts) {
        SelectedEvents ev = signal.events();
        double lo = cut.window().lo();
        double hi = cut.window().hi();
        List<IntPredicate> bkgKeep = new ArrayList<>();
        List<IntPredicate> dataKeep = new ArrayList<>();
        for (int b = 0; b < bkg.size(); b++) {
            bkgKeep.add(passes(bkg.get(b).events(), mass, lo, hi, clf, scoreCut, bkgSalts[b], text));
            // a pseudo-data copy has its simulated event's number and split: scored out of fold
            dataKeep.add(passes(data.get(b), mass, lo, hi, clf, scoreCut, bkgSalts[b], text));
        }
        MassWindowCount.Window w = MassWindowCount.window(
                mass,
                cut.window().resolution(),
                cfg.scan(),
                ev,
                passes(ev, mass, lo, hi, clf, scoreCut, sigSalt, text),
                signal.flow().weight(0),
                ctx.luminosityFb(),
                bkg,
                bkgKeep,
                data,
                dataKeep);
        ClsLimit limit = MassWindowCount.limit(
                MassWindowCount.workspace(
                        text.workspacePrefix(),
                        model.name() + "_" + SignalGrid.massTag(mass),
                        w,
                        bkg,
                        cfg.signal().efficiencyUncertainty(),
                        "_bdt"),
                cfg.scan().cl(),
                w.signalYield());
        boolean better = limit.median() < cut.expectedCutBased();
        return new MassPoint(
                model.name(),
                mass,
                cut.sigmaBrGeneratedFb(),
                cut.generationCoupling(),
                cut.selectedEvents(),
                better ? "bdt" : cut.selection(),
                better ? w.signalYield() / ctx.luminosityFb() : cut.efficiency(),
                better ? w : cut.window(),
                better ? limit : cut.limit(),
                cut.expectedCutBased(),
                limit.median());
    }

    /**
     * Which events of {@code ev} in the window [lo, hi) pass the score cut, scored by the classifier of their
     * fold (events outside the window are not scored: the counts only look inside it).
     */
    static IntPredicate passes(
            SelectedEvents ev,
            double mass,
            double lo,
            double hi,
            CrossTrainedClassifier clf,
            double cut,
            long salt,
            ResonanceSearchText text) {
        SplitSampler split = new SplitSampler(0.5, salt);
        boolean[] keep = new boolean[ev.size()];
        for (int i = 0; i < ev.size(); i++) {
            if (MassWindowCount.inWindow(ev, i, mass, lo, hi)) {
                int fold = split.fold(ev.eventNumber(i), clf.folds());
                keep[i] = clf.score(closestFeatures(ev, i, mass, text), fold) >= cut;
            }
        }
        return i -> keep[i];
    }

    private static float[] closestFeatures(SelectedEvents ev, int i, double mass, ResonanceSearchText text) {
        return OppositeSignPairs.closestPairFeatures(
                ev.features(i), mass, text.pairFeatures().size());
    }
}

package io.upsilon.searches;

import io.upsilon.analysis.mva.BdtConfig;
import io.upsilon.core.config.ConfigNode;
import java.util.List;

/**
 * The settings of a classifier stage with one cross-trained BDT per mass region (the optional
 * {@code bdt} block of the zprime-invisible and x-mumu configurations): a mass uses its region's
 * classifier when that lowers the expected limit. The classifiers themselves are {@link
 * CrossTrainedClassifier}s.
 *
 * @param enabled whether to train at all
 * @param regionLow lowest mass of each region, GeV
 * @param regionHigh highest mass of each region, GeV
 * @param folds cross-training folds (each event is scored by a classifier that did not see it)
 * @param trees number of trees
 * @param maxDepth tree depth
 * @param learningRate shrinkage
 * @param minChildWeight minimum (balanced) weight in a leaf, against overtraining
 * @param minBackgroundEvents the score cut keeps at least this many background MC events
 */
public record RegionBdtConfig(
        boolean enabled,
        double[] regionLow,
        double[] regionHigh,
        int folds,
        int trees,
        int maxDepth,
        double learningRate,
        double minChildWeight,
        int minBackgroundEvents) {
    /** No classifier stage (the configuration has no {@code bdt} block). */
    public static final RegionBdtConfig DISABLED =
            new RegionBdtConfig(false, new double[0], new double[0], 2, 1, 1, 0.1, 1, 1);

    /** Validates (as many region ends as starts) and copies. */
    public RegionBdtConfig {
        if (regionLow.length != regionHigh.length) {
            throw new IllegalArgumentException(
                    regionLow.length + " region starts for " + regionHigh.length + " region ends");
        }
        regionLow = regionLow.clone();
        regionHigh = regionHigh.clone();
    }

    @Override
    public double[] regionLow() {
        return regionLow.clone();
    }

    @Override
    public double[] regionHigh() {
        return regionHigh.clone();
    }

    /** The number of regions. */
    public int regions() {
        return regionLow.length;
    }

    /** The region holding {@code mass} (ends included), or -1. */
    public int regionOf(double mass) {
        for (int r = 0; r < regionLow.length; r++) {
            if (mass >= regionLow[r] && mass <= regionHigh[r]) {
                return r;
            }
        }
        return -1;
    }

    /** The XGBoost settings of every fold's classifier: these trees with {@code seed}, one thread. */
    public BdtConfig xgboost(int seed) {
        return BdtConfig.defaults()
                .withNumTrees(trees)
                .withMaxDepth(maxDepth)
                .withLearningRate(learningRate)
                .withMinChildWeight(minChildWeight)
                .withSeed(seed)
                // One thread: more were not faster on a loaded two-core machine (see BdtConfig).
                .withNthread(1);
    }

    /**
     * Reads the optional {@code bdt} block of a configuration: {@code enabled} (default true),
     * {@code regions} (a list of {@code from}/{@code to} in GeV, ascending and not overlapping),
     * {@code folds}, {@code trees}, {@code max_depth}, {@code learning_rate}, {@code
     * min_child_weight}, {@code min_background_events}.
     *
     * @param root the configuration's root
     * @param massMax the largest mass a region may reach, GeV
     * @return the settings, or {@link #DISABLED} when there is no block
     * @throws io.upsilon.core.error.InputException on an unknown key or a value out of range
     */
    public static RegionBdtConfig read(ConfigNode root, double massMax) {
        if (!root.has("bdt")) {
            return DISABLED;
        }
        ConfigNode bn = root.block("bdt");
        boolean enabled = bn.bool("enabled", true);
        List<ConfigNode> regions = bn.blocks("regions");
        double[] lowR = new double[regions.size()];
        double[] highR = new double[regions.size()];
        for (int r = 0; r < regions.size(); r++) {
            ConfigNode rn = regions.get(r);
            lowR[r] = rn.number("from", 0.0, massMax);
            highR[r] = rn.number("to", lowR[r], massMax);
            if (r > 0 && !(lowR[r] > highR[r - 1])) {
                throw rn.error("from", "regions must be ascending and must not overlap");
            }
            rn.finish();
        }
        RegionBdtConfig bdt = new RegionBdtConfig(
                enabled,
                lowR,
                highR,
                bn.integer("folds", 2, 10),
                bn.integer("trees", 1, 5000),
                bn.integer("max_depth", 1, 16),
                bn.number("learning_rate", 1e-4, 1.0),
                bn.number("min_child_weight", 0, 1e4),
                bn.integer("min_background_events", 1, 1_000_000));
        bn.finish();
        return bdt;
    }
}

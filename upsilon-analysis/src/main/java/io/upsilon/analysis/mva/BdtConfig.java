package io.upsilon.analysis.mva;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hyper-parameters of a boosted-decision-tree training (XGBoost, {@code binary:logistic},
 * {@code tree_method=hist}). Immutable; start from {@link #defaults()} and change fields with the
 * {@code with...} methods.
 *
 * <p>Defaults, chosen for about 1e5 training events with a handful of features: 300 trees of depth
 * 4, learning rate 0.1, row subsample 0.8, all columns per tree, min child weight 1, L2 lambda 1,
 * seed 0, one thread, no early stopping, {@link ClassWeighting#BALANCED} weights.
 *
 * <p>Determinism: with the same training set, validation set and config the model is
 * bit-identical (tested: same scores and same serialised bytes). The number of threads is part of
 * the config and defaults to 1. Measured with xgboost4j 3.0.4 on linux-x86_64 with {@code hist}:
 * {@code nthread=2} gave predictions bit-identical to {@code nthread=1} on the unit-test problem
 * (2e4 events x 4 features, 100 trees of depth 3, subsample 0.8; tested) and on 1e5 weighted
 * events x 8 features with NaNs (200 trees of depth 4, colsample 0.7). XGBoost does not promise
 * this, so the thread count stays a config choice and is recorded in the provenance. More threads
 * are not always faster: on a two-core machine loaded by other jobs, {@code nthread=2} trained 20
 * times slower than 1 (OpenMP threads waiting on each other); use more threads only on free cores.
 *
 * @param numTrees number of boosting rounds (trees), at least 1
 * @param maxDepth maximum tree depth, 1 to 16
 * @param learningRate shrinkage {@code eta}, in (0, 1]
 * @param subsample fraction of rows sampled per tree, in (0, 1]
 * @param colsampleByTree fraction of features sampled per tree, in (0, 1]
 * @param minChildWeight minimum sum of hessians in a leaf, at least 0
 * @param lambda L2 regularisation of leaf weights, at least 0
 * @param seed random seed of the row/column sampling, at least 0
 * @param nthread threads used for training, at least 1 (scoring runs in Java on the caller's thread)
 * @param earlyStoppingRounds 0 for none; otherwise stop when the validation log-loss has not
 *     improved for this many rounds (needs a validation set) and keep the best iteration
 * @param classWeighting how event weights enter the training
 */
public record BdtConfig(
        int numTrees,
        int maxDepth,
        double learningRate,
        double subsample,
        double colsampleByTree,
        double minChildWeight,
        double lambda,
        int seed,
        int nthread,
        int earlyStoppingRounds,
        ClassWeighting classWeighting) {

    /** Validates every field; throws IllegalArgumentException naming the field and its range. */
    public BdtConfig {
        if (numTrees < 1) {
            throw new IllegalArgumentException("numTrees must be >= 1, got " + numTrees);
        }
        if (maxDepth < 1 || maxDepth > 16) {
            throw new IllegalArgumentException("maxDepth must be in [1, 16], got " + maxDepth);
        }
        requireUnitInterval("learningRate", learningRate);
        requireUnitInterval("subsample", subsample);
        requireUnitInterval("colsampleByTree", colsampleByTree);
        if (!(minChildWeight >= 0) || Double.isInfinite(minChildWeight)) {
            throw new IllegalArgumentException("minChildWeight must be finite and >= 0, got " + minChildWeight);
        }
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0, got " + lambda);
        }
        if (seed < 0) {
            throw new IllegalArgumentException("seed must be >= 0, got " + seed);
        }
        if (nthread < 1) {
            throw new IllegalArgumentException("nthread must be >= 1, got " + nthread);
        }
        if (earlyStoppingRounds < 0) {
            throw new IllegalArgumentException(
                    "earlyStoppingRounds must be >= 0 (0 = off), got " + earlyStoppingRounds);
        }
        if (classWeighting == null) {
            throw new IllegalArgumentException("classWeighting must not be null");
        }
    }

    private static void requireUnitInterval(String name, double v) {
        if (!(v > 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + v);
        }
    }

    /** The defaults listed in the class comment. */
    public static BdtConfig defaults() {
        return new BdtConfig(300, 4, 0.1, 0.8, 1.0, 1.0, 1.0, 0, 1, 0, ClassWeighting.BALANCED);
    }

    /** This config with another number of trees. */
    public BdtConfig withNumTrees(int v) {
        return new BdtConfig(
                v,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another maximum depth. */
    public BdtConfig withMaxDepth(int v) {
        return new BdtConfig(
                numTrees,
                v,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another learning rate. */
    public BdtConfig withLearningRate(double v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                v,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another row subsample fraction. */
    public BdtConfig withSubsample(double v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                v,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another column subsample fraction per tree. */
    public BdtConfig withColsampleByTree(double v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                v,
                minChildWeight,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another minimum child weight. */
    public BdtConfig withMinChildWeight(double v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                v,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another L2 lambda. */
    public BdtConfig withLambda(double v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                v,
                seed,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another seed. */
    public BdtConfig withSeed(int v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                v,
                nthread,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with another number of threads. */
    public BdtConfig withNthread(int v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                v,
                earlyStoppingRounds,
                classWeighting);
    }

    /** This config with early stopping after {@code v} rounds without improvement (0 = off). */
    public BdtConfig withEarlyStoppingRounds(int v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                nthread,
                v,
                classWeighting);
    }

    /** This config with another class weighting. */
    public BdtConfig withClassWeighting(ClassWeighting v) {
        return new BdtConfig(
                numTrees,
                maxDepth,
                learningRate,
                subsample,
                colsampleByTree,
                minChildWeight,
                lambda,
                seed,
                nthread,
                earlyStoppingRounds,
                v);
    }

    /** The XGBoost booster parameters of this config (insertion-ordered). */
    Map<String, Object> xgboostParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "logloss");
        p.put("tree_method", "hist");
        p.put("booster", "gbtree");
        p.put("max_depth", maxDepth);
        p.put("eta", learningRate);
        p.put("subsample", subsample);
        p.put("colsample_bytree", colsampleByTree);
        p.put("min_child_weight", minChildWeight);
        p.put("lambda", lambda);
        p.put("seed", seed);
        p.put("nthread", nthread);
        p.put("verbosity", 0);
        return p;
    }
}

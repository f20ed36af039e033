package io.upsilon.analysis.mva;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Trains a {@link Bdt} with XGBoost ({@code binary:logistic}, {@code tree_method=hist}).
 *
 * <p>Event weights are applied as the config's {@link ClassWeighting} says; with {@link
 * ClassWeighting#BALANCED} (default) each class is rescaled to a sum of half the number of events.
 * The same training set, validation set and config give a bit-identical model.
 */
public final class BdtTrainer {
    private BdtTrainer() {}

    /**
     * Trains on {@code training} without a validation set.
     *
     * @throws IllegalArgumentException if the config asks for early stopping (it needs a
     *     validation set)
     * @throws IllegalStateException if XGBoost fails
     */
    public static Bdt train(TrainingSet training, BdtConfig config) {
        return train(training, null, config);
    }

    /**
     * Trains on {@code training}; with {@link BdtConfig#earlyStoppingRounds()} &gt; 0 stops when the
     * weighted log-loss on {@code validation} has not improved for that many rounds and keeps the
     * trees up to the best round.
     *
     * @param validation a sample with the same features, or null (then early stopping must be off)
     * @throws IllegalArgumentException if the feature names differ or early stopping lacks a
     *     validation set
     * @throws IllegalStateException if XGBoost fails
     */
    public static Bdt train(TrainingSet training, TrainingSet validation, BdtConfig config) {
        if (training == null || config == null) {
            throw new IllegalArgumentException("training set and config must not be null");
        }
        if (validation != null && !validation.featureNames().equals(training.featureNames())) {
            throw new IllegalArgumentException("validation features " + validation.featureNames()
                    + " differ from training features " + training.featureNames());
        }
        if (config.earlyStoppingRounds() > 0 && validation == null) {
            throw new IllegalArgumentException("early stopping (earlyStoppingRounds = " + config.earlyStoppingRounds()
                    + ") needs a validation set");
        }
        DMatrix dtrain = null;
        DMatrix dvalid = null;
        try {
            dtrain = toDMatrix(training, config.classWeighting());
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            if (validation != null) {
                dvalid = toDMatrix(validation, config.classWeighting());
                watches.put("validation", dvalid);
            }
            Map<String, Object> params = config.xgboostParams();
            // Read by xgboost4j's Java side only: no per-round evaluation lines on stdout.
            params.put("silent", 1);
            Booster booster = XGBoost.train(
                    dtrain,
                    params,
                    config.numTrees(),
                    watches,
                    new float[watches.size()][config.numTrees()],
                    null,
                    null,
                    config.earlyStoppingRounds());
            int treesUsed = config.numTrees();
            String best = booster.getAttr("best_iteration");
            if (config.earlyStoppingRounds() > 0 && best != null) {
                treesUsed = Integer.parseInt(best.trim()) + 1;
            }
            BdtProvenance provenance = new BdtProvenance(
                    config.seed(),
                    config.nthread(),
                    training.count(TrainingSet.SIGNAL),
                    training.count(TrainingSet.BACKGROUND),
                    training.sumOfWeights(TrainingSet.SIGNAL),
                    training.sumOfWeights(TrainingSet.BACKGROUND),
                    training.sha256(),
                    validation == null ? "" : validation.sha256(),
                    treesUsed,
                    xgboostVersion());
            return new Bdt(booster, training.featureNames(), config, provenance);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
        } finally {
            if (dtrain != null) {
                dtrain.dispose();
            }
            if (dvalid != null) {
                dvalid.dispose();
            }
        }
    }

    /**
     * The training weights of each event: the given weights, or with {@link ClassWeighting#BALANCED}
     * those of each class scaled to a sum of half the number of events.
     */
    static float[] trainingWeights(TrainingSet set, ClassWeighting weighting) {
        double[] w = set.weightsView();
        int[] labels = set.labelsView();
        float[] out = new float[w.length];
        double scaleSignal = 1;
        double scaleBackground = 1;
        if (weighting == ClassWeighting.BALANCED) {
            double half = 0.5 * set.size();
            scaleSignal = half / set.sumOfWeights(TrainingSet.SIGNAL);
            scaleBackground = half / set.sumOfWeights(TrainingSet.BACKGROUND);
        }
        for (int i = 0; i < w.length; i++) {
            out[i] = (float) (w[i] * (labels[i] == TrainingSet.SIGNAL ? scaleSignal : scaleBackground));
        }
        return out;
    }

    private static DMatrix toDMatrix(TrainingSet set, ClassWeighting weighting) throws XGBoostError {
        DMatrix m = new DMatrix(set.featuresView(), set.size(), set.numFeatures(), Float.NaN);
        int[] labels = set.labelsView();
        float[] y = new float[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[i];
        }
        m.setLabel(y);
        m.setWeight(trainingWeights(set, weighting));
        return m;
    }

    /** The xgboost4j version from its jar, or "unknown". */
    static String xgboostVersion() {
        try (InputStream in = Booster.class.getResourceAsStream("/xgboost4j-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown").trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}

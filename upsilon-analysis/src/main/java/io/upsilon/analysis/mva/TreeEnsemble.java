package io.upsilon.analysis.mva;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The trees of a binary-logistic XGBoost model in flat primitive arrays, evaluated in Java: no
 * native call per row and no lock, immutable and so safe to share between threads.
 *
 * <p>It follows XGBoost's CPU predictor: the leaf values of the trees are summed in float in tree
 * order and added to the base score's logit; a split sends a value {@code v} left when {@code v <
 * threshold} and a missing value (NaN) to its default child; the probability is XGBoost's float
 * sigmoid {@code 1 / (exp(min(-x, 88.7)) + 1 + 1e-16)}. Tests find the margins bit-identical to
 * XGBoost's and the probabilities within one float ulp (the JDK's exp rounded to float differs from
 * the native expf in about 5e-4 of rows).
 */
final class TreeEnsemble {
    private final float baseMargin;
    private final int[] roots;
    private final int[] feature;
    private final float[] threshold;
    private final int[] left;
    private final int[] right;
    private final boolean[] defaultLeft;
    private final int numFeatures;

    private TreeEnsemble(
            float baseMargin,
            int[] roots,
            int[] feature,
            float[] threshold,
            int[] left,
            int[] right,
            boolean[] defaultLeft,
            int numFeatures) {
        this.baseMargin = baseMargin;
        this.roots = roots;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.defaultLeft = defaultLeft;
        this.numFeatures = numFeatures;
    }

    /**
     * Reads XGBoost's JSON model, keeping the trees of the first {@code iterations} boosting rounds.
     *
     * @throws IllegalArgumentException if the JSON is not a binary-logistic gbtree model with
     *     numerical splits only, or has fewer rounds
     */
    static TreeEnsemble fromXgboostJson(byte[] json, int iterations) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an XGBoost JSON model: " + e.getMessage(), e);
        }
        JsonNode learner = root.path("learner");
        String objective = learner.path("objective").path("name").asText();
        if (!"binary:logistic".equals(objective)) {
            throw new IllegalArgumentException("expected objective binary:logistic, got '" + objective + "'");
        }
        JsonNode param = learner.path("learner_model_param");
        int numFeatures = Integer.parseInt(param.path("num_feature").asText("-1"));
        float baseScore = Float.parseFloat(
                param.path("base_score").asText("").replace("[", "").replace("]", ""));
        JsonNode booster = learner.path("gradient_booster");
        if (!"gbtree".equals(booster.path("name").asText())) {
            throw new IllegalArgumentException(
                    "expected a gbtree booster, got '" + booster.path("name").asText() + "'");
        }
        JsonNode model = booster.path("model");
        JsonNode indptr = model.path("iteration_indptr");
        if (iterations < 1 || indptr.size() <= iterations) {
            throw new IllegalArgumentException("the model has " + Math.max(0, indptr.size() - 1) + " boosting rounds; "
                    + iterations + " requested");
        }
        int numTrees = indptr.get(iterations).asInt();
        JsonNode trees = model.path("trees");
        int totalNodes = 0;
        for (int t = 0; t < numTrees; t++) {
            totalNodes += trees.get(t).path("left_children").size();
        }
        int[] roots = new int[numTrees];
        int[] feature = new int[totalNodes];
        float[] threshold = new float[totalNodes];
        int[] left = new int[totalNodes];
        int[] right = new int[totalNodes];
        boolean[] defaultLeft = new boolean[totalNodes];
        int offset = 0;
        for (int t = 0; t < numTrees; t++) {
            JsonNode tree = trees.get(t);
            JsonNode l = tree.path("left_children");
            JsonNode r = tree.path("right_children");
            JsonNode idx = tree.path("split_indices");
            JsonNode cond = tree.path("split_conditions");
            JsonNode dl = tree.path("default_left");
            JsonNode type = tree.path("split_type");
            int n = l.size();
            if (r.size() != n || idx.size() != n || cond.size() != n || dl.size() != n) {
                throw new IllegalArgumentException("tree " + t + " has inconsistent node arrays");
            }
            roots[t] = offset;
            for (int k = 0; k < n; k++) {
                if (type.size() == n && type.get(k).asInt() != 0) {
                    throw new IllegalArgumentException("tree " + t + " has a categorical split; not supported");
                }
                int lk = l.get(k).asInt();
                int rk = r.get(k).asInt();
                int fk = idx.get(k).asInt();
                if (lk >= n || rk >= n || (lk >= 0 && (rk < 0 || fk < 0 || fk >= numFeatures))) {
                    throw new IllegalArgumentException("tree " + t + " node " + k + " is malformed");
                }
                feature[offset + k] = fk;
                threshold[offset + k] = (float) cond.get(k).asDouble();
                left[offset + k] = lk < 0 ? -1 : offset + lk;
                right[offset + k] = rk < 0 ? -1 : offset + rk;
                defaultLeft[offset + k] = dl.get(k).asInt() != 0;
            }
            offset += n;
        }
        // binary:logistic ProbToMargin, in float as XGBoost computes it.
        float baseMargin = (float) -Math.log(1.0f / baseScore - 1.0f);
        return new TreeEnsemble(baseMargin, roots, feature, threshold, left, right, defaultLeft, numFeatures);
    }

    /** Number of trees used. */
    int numTrees() {
        return roots.length;
    }

    /** Number of features the model was trained on. */
    int numFeatures() {
        return numFeatures;
    }

    /** The signal probability of the row starting at {@code data[offset]}. */
    float predict(float[] data, int offset) {
        return sigmoid(margin(data, offset));
    }

    /** The margin (log-odds) of the row starting at {@code data[offset]}. */
    float margin(float[] data, int offset) {
        float margin = 0f;
        for (int root : roots) {
            int node = root;
            while (left[node] >= 0) {
                float v = data[offset + feature[node]];
                if (Float.isNaN(v)) {
                    node = defaultLeft[node] ? left[node] : right[node];
                } else {
                    node = v < threshold[node] ? left[node] : right[node];
                }
            }
            margin += threshold[node];
        }
        return baseMargin + margin;
    }

    /** XGBoost's float sigmoid (common/math.h). */
    static float sigmoid(float x) {
        float t = Math.min(-x, 88.7f);
        float denom = (float) Math.exp(t) + 1.0f + 1e-16f;
        return 1.0f / denom;
    }
}

package io.upsilon.analysis.mva;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * An immutable labelled sample for training or validating a classifier: feature names, features in
 * row-major order ({@code features[row * numFeatures + column]}), labels (1 = signal, 0 =
 * background) and event weights.
 *
 * <p>Features must be finite or NaN; NaN marks a missing value, which the trees route to a learned
 * default branch. Weights must be finite and non-negative, and each class must be present with a
 * positive total weight. The arrays are copied in and out, so an instance never changes.
 */
public final class TrainingSet {
    /** Label of signal events. */
    public static final int SIGNAL = 1;
    /** Label of background events. */
    public static final int BACKGROUND = 0;

    private final List<String> featureNames;
    private final float[] features;
    private final int[] labels;
    private final double[] weights;

    /**
     * @param featureNames one distinct, non-blank name per column
     * @param features row-major features, {@code labels.length * featureNames.size()} values, finite
     *     or NaN (missing)
     * @param labels 0 (background) or 1 (signal) per row; both classes present
     * @param weights one finite, non-negative weight per row; each class with a positive sum
     * @throws IllegalArgumentException naming the first offending row, column or name
     */
    public TrainingSet(List<String> featureNames, float[] features, int[] labels, double[] weights) {
        if (featureNames == null || features == null || labels == null || weights == null) {
            throw new IllegalArgumentException("featureNames, features, labels and weights must not be null");
        }
        this.featureNames = List.copyOf(featureNames);
        int nf = this.featureNames.size();
        if (nf == 0) {
            throw new IllegalArgumentException("at least one feature is needed");
        }
        Set<String> seen = new HashSet<>();
        for (String name : this.featureNames) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("feature names must not be blank");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("duplicate feature name '" + name + "'");
            }
        }
        int n = labels.length;
        if (weights.length != n) {
            throw new IllegalArgumentException(
                    "weights has " + weights.length + " entries but there are " + n + " labels");
        }
        if ((long) n * nf != features.length) {
            throw new IllegalArgumentException("features has " + features.length + " values but " + n + " rows x " + nf
                    + " features need " + (long) n * nf);
        }
        double sumSignal = 0;
        double sumBackground = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] != SIGNAL && labels[i] != BACKGROUND) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i] + "; expected 0 or 1");
            }
            double w = weights[i];
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException(
                        "weight of row " + i + " is " + w + "; expected a finite value >= 0");
            }
            if (labels[i] == SIGNAL) {
                sumSignal += w;
            } else {
                sumBackground += w;
            }
        }
        for (int k = 0; k < features.length; k++) {
            if (Float.isInfinite(features[k])) {
                throw new IllegalArgumentException("feature '" + this.featureNames.get(k % nf) + "' of row " + k / nf
                        + " is " + features[k] + "; expected a finite value or NaN (missing)");
            }
        }
        if (!(sumSignal > 0)) {
            throw new IllegalArgumentException("no signal (label 1) events with positive weight");
        }
        if (!(sumBackground > 0)) {
            throw new IllegalArgumentException("no background (label 0) events with positive weight");
        }
        this.features = features.clone();
        this.labels = labels.clone();
        this.weights = weights.clone();
    }

    /**
     * Builds a set from one array per row.
     *
     * @throws IllegalArgumentException if a row has the wrong length or any check of the main
     *     constructor fails
     */
    public static TrainingSet ofRows(List<String> featureNames, float[][] rows, int[] labels, double[] weights) {
        if (featureNames == null || rows == null) {
            throw new IllegalArgumentException("featureNames and rows must not be null");
        }
        int nf = featureNames.size();
        float[] flat = new float[Math.multiplyExact(rows.length, nf)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != nf) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + (rows[i] == null ? "no" : rows[i].length) + " values; expected " + nf);
            }
            System.arraycopy(rows[i], 0, flat, i * nf, nf);
        }
        return new TrainingSet(featureNames, flat, labels, weights);
    }

    /** The feature names, in column order. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Number of features (columns). */
    public int numFeatures() {
        return featureNames.size();
    }

    /** Number of events (rows). */
    public int size() {
        return labels.length;
    }

    /** A copy of the row-major features. */
    public float[] features() {
        return features.clone();
    }

    /** A copy of one row's features. */
    public float[] row(int row) {
        int nf = numFeatures();
        float[] r = new float[nf];
        System.arraycopy(features, row * nf, r, 0, nf);
        return r;
    }

    /** A copy of the labels. */
    public int[] labels() {
        return labels.clone();
    }

    /** A copy of the weights. */
    public double[] weights() {
        return weights.clone();
    }

    /** Number of events with the given label (0 or 1). */
    public int count(int label) {
        int c = 0;
        for (int l : labels) {
            if (l == label) {
                c++;
            }
        }
        return c;
    }

    /** Sum of the weights of the events with the given label (0 or 1). */
    public double sumOfWeights(int label) {
        double s = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                s += weights[i];
            }
        }
        return s;
    }

    /**
     * The rows at the given indices, in that order (an index may repeat).
     *
     * @throws IllegalArgumentException if an index is out of range or the subset lacks a class
     */
    public TrainingSet subset(int[] rows) {
        int nf = numFeatures();
        float[] f = new float[Math.multiplyExact(rows.length, nf)];
        int[] l = new int[rows.length];
        double[] w = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            if (r < 0 || r >= size()) {
                throw new IllegalArgumentException("row index " + r + " out of range [0, " + size() + ")");
            }
            System.arraycopy(features, r * nf, f, i * nf, nf);
            l[i] = labels[r];
            w[i] = weights[r];
        }
        return new TrainingSet(featureNames, f, l, w);
    }

    /** Package-private view of the features for the trainer (no copy). */
    float[] featuresView() {
        return features;
    }

    /** Package-private view of the labels (no copy). */
    int[] labelsView() {
        return labels;
    }

    /** Package-private view of the weights (no copy). */
    double[] weightsView() {
        return weights;
    }

    /**
     * SHA-256 (lower-case hex) of the content: feature names (UTF-8, each followed by a zero byte),
     * then per row the float bits of the features, the label and the double bits of the weight, all
     * little-endian. Equal sets give equal hashes on any machine.
     */
    public String sha256() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
        for (String name : featureNames) {
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        int nf = numFeatures();
        ByteBuffer buf = ByteBuffer.allocate(4 * nf + 4 + 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < labels.length; i++) {
            buf.clear();
            for (int j = 0; j < nf; j++) {
                buf.putInt(Float.floatToIntBits(features[i * nf + j]));
            }
            buf.putInt(labels[i]);
            buf.putLong(Double.doubleToLongBits(weights[i]));
            md.update(buf.array(), 0, buf.position());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}

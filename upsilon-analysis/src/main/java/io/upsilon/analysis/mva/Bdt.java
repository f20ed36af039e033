package io.upsilon.analysis.mva;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained boosted decision tree: the XGBoost model, its feature names, the config it was trained
 * with and its {@link BdtProvenance}. Scores are signal probabilities in [0, 1] (the logistic
 * output); a NaN feature is a missing value.
 *
 * <p>Scoring: {@link #score(float[])} and batches of fewer than 256 rows walk a flat Java copy of
 * the trees ({@code TreeEnsemble}, made once when the model is built), about 1e5 to 1e6 rows per
 * second per thread with no native call and no lock; larger batches get their log-odds from
 * XGBoost's native predictor ({@link BdtConfig#nthread()} threads), 3 to 4 times faster per row.
 * The log-odds of both paths are bit-identical (tested) and both apply the same float sigmoid (that
 * of XGBoost with the JDK's exp, which differs from XGBoost's own probability by at most one float
 * ulp in about 5e-4 of rows), so a row gets the same score whichever way it is scored.
 *
 * <p>Thread safety: all methods may be called from several threads. Single-row scoring reads only
 * immutable arrays and runs in parallel. The XGBoost {@code Booster} does not promise thread-safe
 * prediction, so every call into it (large batches, importance, serialisation) holds this object's
 * lock: concurrent large batches are serialised.
 *
 * <p>The native model is released when this object is garbage-collected (the Booster's finaliser).
 */
public final class Bdt {
    /** The {@code format} field of the serialised form. */
    public static final String FORMAT = "upsilon-bdt";
    /** The {@code formatVersion} written by {@link #toBytes()}. */
    public static final int FORMAT_VERSION = 1;

    /** From this many rows on, batches are scored by XGBoost's native predictor (faster per row). */
    static final int NATIVE_BATCH_ROWS = 256;

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private final Booster booster;
    private final List<String> featureNames;
    private final BdtConfig config;
    private final BdtProvenance provenance;
    private final int[] iterationRange;
    private final TreeEnsemble trees;
    private final Object lock = new Object();

    Bdt(Booster booster, List<String> featureNames, BdtConfig config, BdtProvenance provenance) {
        if (booster == null || featureNames == null || config == null || provenance == null) {
            throw new IllegalArgumentException("booster, featureNames, config and provenance must not be null");
        }
        if (featureNames.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one feature");
        }
        this.booster = booster;
        this.featureNames = List.copyOf(featureNames);
        this.config = config;
        this.provenance = provenance;
        this.iterationRange = new int[] {0, provenance.treesUsed()};
        byte[] json;
        try {
            json = booster.toByteArray("json");
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost model export failed: " + e.getMessage(), e);
        }
        this.trees = TreeEnsemble.fromXgboostJson(json, provenance.treesUsed());
        if (trees.numFeatures() != this.featureNames.size()) {
            throw new IllegalArgumentException("the XGBoost model has " + trees.numFeatures() + " features but "
                    + this.featureNames.size() + " names are given");
        }
    }

    /** The feature names, in the column order {@link #score(float[])} expects. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Number of features per row. */
    public int numFeatures() {
        return featureNames.size();
    }

    /** The config the model was trained with. */
    public BdtConfig config() {
        return config;
    }

    /** Where the model came from. */
    public BdtProvenance provenance() {
        return provenance;
    }

    /**
     * The signal probability of one event.
     *
     * @param row {@link #numFeatures()} values in {@link #featureNames()} order; NaN = missing
     * @throws IllegalArgumentException if the row has the wrong length
     */
    public float score(float[] row) {
        if (row == null || row.length != numFeatures()) {
            throw new IllegalArgumentException("row has " + (row == null ? "no" : row.length)
                    + " values; the model expects " + numFeatures() + " " + featureNames);
        }
        return trees.predict(row, 0);
    }

    /**
     * Signal probabilities of many events given one array per row.
     *
     * @throws IllegalArgumentException if a row has the wrong length
     */
    public float[] scores(float[][] rows) {
        int nf = numFeatures();
        float[] flat = new float[Math.multiplyExact(rows.length, nf)];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == null || rows[i].length != nf) {
                throw new IllegalArgumentException("row " + i + " has " + (rows[i] == null ? "no" : rows[i].length)
                        + " values; the model expects " + nf);
            }
            System.arraycopy(rows[i], 0, flat, i * nf, nf);
        }
        return scores(flat, rows.length);
    }

    /**
     * Signal probabilities of {@code nRows} events given row-major features.
     *
     * @throws IllegalArgumentException if {@code rowMajor.length != nRows * numFeatures()}
     */
    public float[] scores(float[] rowMajor, int nRows) {
        if (rowMajor == null || nRows < 0 || (long) nRows * numFeatures() != rowMajor.length) {
            throw new IllegalArgumentException("expected " + nRows + " rows x " + numFeatures() + " features, got "
                    + (rowMajor == null ? "null" : rowMajor.length + " values"));
        }
        if (nRows == 0) {
            return new float[0];
        }
        float[] s = new float[nRows];
        if (nRows < NATIVE_BATCH_ROWS) {
            for (int i = 0; i < nRows; i++) {
                s[i] = trees.predict(rowMajor, i * numFeatures());
            }
        } else {
            // XGBoost's margins equal the Java ones bit for bit (tested); the Java sigmoid then makes
            // batch and single-row scores identical.
            float[] margins = xgboostMargins(rowMajor, nRows);
            for (int i = 0; i < nRows; i++) {
                s[i] = TreeEnsemble.sigmoid(margins[i]);
            }
        }
        return s;
    }

    /** XGBoost's own prediction (native, under the lock), to cross-check the Java evaluation. */
    float[] xgboostScores(float[] data, int nRows) {
        return xgboostPredict(data, nRows, Booster.PredictionType.kValue);
    }

    /** XGBoost's margins, to cross-check the Java evaluation. */
    float[] xgboostMargins(float[] data, int nRows) {
        return xgboostPredict(data, nRows, Booster.PredictionType.kMargin);
    }

    /** The Java margin of row {@code i}. */
    float javaMargin(float[] data, int i) {
        return trees.margin(data, i * numFeatures());
    }

    private float[] xgboostPredict(float[] data, int nRows, Booster.PredictionType type) {
        float[][] out;
        synchronized (lock) {
            try {
                out = booster.inplace_predict(data, nRows, numFeatures(), Float.NaN, iterationRange, type, null);
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
            }
        }
        float[] s = new float[nRows];
        for (int i = 0; i < nRows; i++) {
            s[i] = out[i][0];
        }
        return s;
    }

    /**
     * Feature importance as XGBoost's {@code gain}: the mean loss reduction of the splits on each
     * feature. Every feature is listed, in column order, with 0 if no tree splits on it.
     */
    public Map<String, Double> featureImportance() {
        Map<String, Double> raw;
        synchronized (lock) {
            try {
                raw = booster.getScore(new String[0], "gain");
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost feature importance failed: " + e.getMessage(), e);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int j = 0; j < featureNames.size(); j++) {
            Double v = raw.get("f" + j);
            out.put(featureNames.get(j), v == null ? 0.0 : v);
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The model as one UTF-8 JSON document: {@code format}, {@code formatVersion}, {@code
     * featureNames}, {@code config}, {@code provenance} and {@code xgboostModel} (XGBoost's UBJ
     * model, base64). The same model gives the same bytes.
     */
    public byte[] toBytes() {
        byte[] ubj;
        synchronized (lock) {
            try {
                ubj = booster.toByteArray("ubj");
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost model export failed: " + e.getMessage(), e);
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode names = root.putArray("featureNames");
        featureNames.forEach(names::add);
        root.set("config", JSON.valueToTree(config));
        root.set("provenance", JSON.valueToTree(provenance));
        root.put("xgboostModelFormat", "ubj");
        root.put("xgboostModel", Base64.getEncoder().encodeToString(ubj));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the model JSON", e);
        }
    }

    /**
     * Reads a model written by {@link #toBytes()}.
     *
     * @param bytes the serialised model
     * @param source where the bytes came from (a file name), for error messages
     * @throws InputException if the bytes are not such a model (names the JSON pointer)
     */
    public static Bdt fromBytes(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new InputException(source, "", "not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InputException(source, "/", "expected a JSON object written by Bdt.toBytes()");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new InputException(source, "/format", "expected \"" + FORMAT + "\"");
        }
        if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
            throw new InputException(source, "/formatVersion", "expected " + FORMAT_VERSION);
        }
        JsonNode names = root.path("featureNames");
        if (!names.isArray() || names.isEmpty()) {
            throw new InputException(source, "/featureNames", "expected a non-empty array of strings");
        }
        List<String> featureNames = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isTextual()) {
                throw new InputException(source, "/featureNames/" + i, "expected a string");
            }
            featureNames.add(names.get(i).asText());
        }
        BdtConfig config = readRecord(root, "config", BdtConfig.class, source);
        BdtProvenance provenance = readRecord(root, "provenance", BdtProvenance.class, source);
        if (!"ubj".equals(root.path("xgboostModelFormat").asText())) {
            throw new InputException(source, "/xgboostModelFormat", "expected \"ubj\"");
        }
        byte[] ubj;
        try {
            ubj = Base64.getDecoder()
                    .decode(root.path("xgboostModel").asText("").getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "/xgboostModel", "expected base64: " + e.getMessage(), e);
        }
        if (ubj.length == 0) {
            throw new InputException(source, "/xgboostModel", "expected a non-empty base64 UBJ model");
        }
        Booster booster;
        long modelFeatures;
        try {
            booster = XGBoost.loadModel(ubj);
            booster.setParam("nthread", config.nthread());
            modelFeatures = booster.getNumFeature();
        } catch (XGBoostError | IOException e) {
            throw new InputException(source, "/xgboostModel", "XGBoost cannot read the model: " + e.getMessage(), e);
        }
        if (modelFeatures != featureNames.size()) {
            throw new InputException(
                    source,
                    "/featureNames",
                    "the XGBoost model has " + modelFeatures + " features but " + featureNames.size()
                            + " names are given");
        }
        try {
            return new Bdt(booster, featureNames, config, provenance);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "/", e.getMessage(), e);
        }
    }

    private static <T> T readRecord(JsonNode root, String field, Class<T> type, String source) {
        JsonNode node = root.get(field);
        if (node == null || !node.isObject()) {
            throw new InputException(source, "/" + field, "expected an object");
        }
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException | IllegalArgumentException e) {
            Throwable c = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new InputException(source, "/" + field, c.getMessage(), e);
        }
    }
}

package io.upsilon.stats.reinterpret;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.workspace.WorkspaceReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a reinterpretation mapping file (docs/reinterpret.md). Every problem is an {@link
 * InputException} naming the file and the JSON path (e.g. {@code $.channels.SR[3][1]}) of the
 * offending value.
 */
public final class MappingReader {
    private final String source;

    private MappingReader(String source) {
        this.source = source;
    }

    /** Reads and validates a mapping file. */
    public static ReinterpretMapping read(Path file) {
        return fromTree(file.toString(), WorkspaceReader.readTree(file));
    }

    /** Parses and validates mapping JSON text; {@code source} names it in errors. */
    public static ReinterpretMapping parse(String source, String json) {
        return fromTree(source, WorkspaceReader.parseTree(source, json));
    }

    /** Validates a JSON tree as a mapping. */
    public static ReinterpretMapping fromTree(String source, JsonNode root) {
        return new MappingReader(source).mapping(root);
    }

    private InputException error(String path, String problem) {
        return new InputException(source, path, problem);
    }

    private ReinterpretMapping mapping(JsonNode root) {
        if (!root.isObject()) {
            throw error("$", "expected a JSON object (a reinterpretation mapping)");
        }
        String format = text(root, "format", true);
        if (!ReinterpretMapping.FORMAT.equals(format)) {
            throw error("$.format", "expected \"" + ReinterpretMapping.FORMAT + "\", got \"" + format + "\"");
        }
        String src = root.has("source") ? text(root, "source", false) : "";
        String sample = text(root, "sample", true);
        String poi = text(root, "poi", true);
        String variable = root.has("variable") ? text(root, "variable", false) : "";
        String unit = root.has("unit") ? text(root, "unit", false) : "";
        String reference = text(root, "reference_model", true);
        double[] edges = numbers(root.get("truth_bin_edges"), "$.truth_bin_edges");
        if (edges.length < 2) {
            throw error("$.truth_bin_edges", "expected at least two edges, got " + edges.length);
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw error(
                        "$.truth_bin_edges[" + i + "]",
                        "edges must increase, got " + edges[i - 1] + " then " + edges[i]);
            }
        }
        Map<String, String> samples = new LinkedHashMap<>();
        JsonNode sn = root.get("samples");
        if (sn != null) {
            if (!sn.isObject()) {
                throw error("$.samples", "expected an object {channel: sample name}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = sn.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual() || e.getValue().asText().isEmpty()) {
                    throw error("$.samples." + e.getKey(), "expected a sample name");
                }
                samples.put(e.getKey(), e.getValue().asText());
            }
        }
        JsonNode ch = root.get("channels");
        if (ch == null || !ch.isObject() || ch.isEmpty()) {
            throw error("$.channels", "expected an object {channel: [[events per reco bin] per truth bin]}");
        }
        Map<String, double[][]> channels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "$.channels." + e.getKey();
            JsonNode m = e.getValue();
            if (!m.isArray()) {
                throw error(path, "expected a matrix [truth bin][reco bin]");
            }
            if (m.size() != edges.length - 1) {
                throw error(path, "expected " + (edges.length - 1) + " rows (one per truth bin), got " + m.size());
            }
            double[][] rows = new double[m.size()][];
            for (int i = 0; i < m.size(); i++) {
                rows[i] = numbers(m.get(i), path + "[" + i + "]");
                if (rows[i].length == 0 || rows[i].length != rows[0].length) {
                    throw error(
                            path + "[" + i + "]",
                            "expected " + rows[0].length + " reco bins like row 0, got " + rows[i].length);
                }
                for (int j = 0; j < rows[i].length; j++) {
                    if (!(rows[i][j] >= 0)) {
                        throw error(
                                path + "[" + i + "][" + j + "]", "expected expected events >= 0, got " + rows[i][j]);
                    }
                }
            }
            channels.put(e.getKey(), rows);
        }
        for (String c : samples.keySet()) {
            if (!channels.containsKey(c)) {
                throw error("$.samples." + c, "names a channel that $.channels does not have");
            }
        }
        return new ReinterpretMapping(source, src, sample, samples, poi, variable, unit, edges, reference, channels);
    }

    private String text(JsonNode root, String key, boolean nonEmpty) {
        JsonNode n = root.get(key);
        if (n == null || !n.isTextual() || (nonEmpty && n.asText().isEmpty())) {
            throw error("$." + key, "expected a" + (nonEmpty ? " non-empty" : "") + " string");
        }
        return n.asText();
    }

    private double[] numbers(JsonNode n, String path) {
        if (n == null || !n.isArray()) {
            throw error(path, "expected an array of numbers");
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            JsonNode x = n.get(i);
            if (!x.isNumber() || !Double.isFinite(x.asDouble())) {
                throw error(path + "[" + i + "]", "expected a finite number, got " + x);
            }
            v[i] = x.asDouble();
        }
        return v;
    }
}

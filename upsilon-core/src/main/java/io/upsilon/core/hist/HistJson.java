package io.upsilon.core.hist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.error.InputException;

/**
 * JSON form of histograms (Jackson tree model).
 *
 * <p>1D: {@code {"type": "upsilon.Hist1D", "version": 1, "axis": AXIS, "entries": N, "sumw": [...],
 * "sumw2": [...], "flow": {"underflow": {"sumw": .., "sumw2": ..}, "overflow": {..}, "nan": {..}}}}
 * with in-range bins in {@code sumw}/{@code sumw2}.
 *
 * <p>2D: {@code {"type": "upsilon.Hist2D", "version": 1, "xaxis": AXIS, "yaxis": AXIS, "entries":
 * N, "sumw": [[...]], "sumw2": [[...]], "nan": {"sumw": .., "sumw2": ..}}} where the nested arrays
 * include flow: {@code sumw[ix + 1][iy + 1]}, index 0 = underflow, last = overflow.
 *
 * <p>AXIS is {@code {"type": "regular", "bins": n, "lo": a, "hi": b}} or {@code {"type":
 * "variable", "edges": [...]}}. Doubles are written with enough digits to read back exactly;
 * non-finite sums are written as the strings {@code "NaN"}, {@code "Infinity"}, {@code
 * "-Infinity"}.
 */
final class HistJson {
    static final String TYPE_1D = "upsilon.Hist1D";
    static final String TYPE_2D = "upsilon.Hist2D";
    static final int VERSION = 1;

    // ObjectReader and ObjectWriter are immutable and thread-safe.
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter();
    private static final ObjectReader READER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build()
            .reader();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HistJson() {}

    // ---- writing ----

    static String write(Hist1D h) {
        ObjectNode root = NODES.objectNode();
        root.put("type", TYPE_1D);
        root.put("version", VERSION);
        root.set("axis", axis(h.axis()));
        root.put("entries", h.entries());
        root.set("sumw", array(h.contents()));
        root.set("sumw2", array(h.variances()));
        ObjectNode flow = root.putObject("flow");
        for (Flow f : Flow.values()) {
            flow.set(f.label(), pair(h.content(f), h.variance(f)));
        }
        return toText(root);
    }

    static String write(Hist2D h) {
        ObjectNode root = NODES.objectNode();
        root.put("type", TYPE_2D);
        root.put("version", VERSION);
        root.set("xaxis", axis(h.xAxis()));
        root.set("yaxis", axis(h.yAxis()));
        root.put("entries", h.entries());
        root.set("sumw", matrix(h.contentsWithFlow()));
        root.set("sumw2", matrix(h.variancesWithFlow()));
        root.set("nan", pair(h.nanContent(), h.nanVariance()));
        return toText(root);
    }

    private static String toText(ObjectNode root) {
        try {
            return WRITER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write histogram JSON", e);
        }
    }

    private static ObjectNode axis(Axis a) {
        ObjectNode n = NODES.objectNode();
        if (a.isRegular()) {
            n.put("type", "regular");
            n.put("bins", a.bins());
            n.put("lo", a.lo());
            n.put("hi", a.hi());
        } else {
            n.put("type", "variable");
            n.set("edges", array(a.edges()));
        }
        return n;
    }

    private static ObjectNode pair(double sumw, double sumw2) {
        ObjectNode n = NODES.objectNode();
        n.put("sumw", sumw);
        n.put("sumw2", sumw2);
        return n;
    }

    private static ArrayNode array(double[] values) {
        ArrayNode a = NODES.arrayNode(values.length);
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static ArrayNode matrix(double[][] values) {
        ArrayNode a = NODES.arrayNode(values.length);
        for (double[] row : values) {
            a.add(array(row));
        }
        return a;
    }

    // ---- reading ----

    static Hist1D readHist1D(String json, String source) {
        JsonNode root = parse(json, source);
        checkType(root, TYPE_1D, source);
        Axis axis = readAxis(field(root, "/axis", source), "/axis", source);
        long entries = readEntries(root, source);
        int n = axis.bins();
        double[] w = new double[n + 3];
        double[] w2 = new double[n + 3];
        readArray(field(root, "/sumw", source), "/sumw", n, w, 1, source);
        readArray(field(root, "/sumw2", source), "/sumw2", n, w2, 1, source);
        Flow[] order = {Flow.UNDERFLOW, Flow.OVERFLOW, Flow.NAN};
        int[] slots = {0, n + 1, n + 2};
        for (int k = 0; k < order.length; k++) {
            String p = "/flow/" + order[k].label();
            w[slots[k]] = number(field(root, p + "/sumw", source), p + "/sumw", source);
            w2[slots[k]] = number(field(root, p + "/sumw2", source), p + "/sumw2", source);
        }
        try {
            return Hist1D.of(axis, w, w2, entries);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "", "invalid histogram contents: " + e.getMessage(), e);
        }
    }

    static Hist2D readHist2D(String json, String source) {
        JsonNode root = parse(json, source);
        checkType(root, TYPE_2D, source);
        Axis x = readAxis(field(root, "/xaxis", source), "/xaxis", source);
        Axis y = readAxis(field(root, "/yaxis", source), "/yaxis", source);
        long entries = readEntries(root, source);
        long cells = (long) (x.bins() + 2) * (y.bins() + 2);
        if (cells + 1 > Hist2D.MAX_CELLS) {
            throw new InputException(
                    source,
                    "/yaxis",
                    "2D histogram too large: " + x.bins() + " x " + y.bins() + " bins exceed " + Hist2D.MAX_CELLS
                            + " cells");
        }
        double[][] w = readMatrix(field(root, "/sumw", source), "/sumw", x.bins() + 2, y.bins() + 2, source);
        double[][] w2 = readMatrix(field(root, "/sumw2", source), "/sumw2", x.bins() + 2, y.bins() + 2, source);
        double nan = number(field(root, "/nan/sumw", source), "/nan/sumw", source);
        double nan2 = number(field(root, "/nan/sumw2", source), "/nan/sumw2", source);
        try {
            return Hist2D.of(x, y, w, w2, nan, nan2, entries);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, "", "invalid histogram contents: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String json, String source) {
        if (json == null) {
            throw new InputException(source, "", "expected histogram JSON, got nothing");
        }
        try {
            JsonNode root = READER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new InputException(source, "", "expected a JSON object holding a histogram");
            }
            return root;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InputException(source, where, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void checkType(JsonNode root, String type, String source) {
        JsonNode t = field(root, "/type", source);
        if (!t.isTextual() || !t.asText().equals(type)) {
            throw new InputException(source, "/type", "expected \"" + type + "\", found " + t);
        }
        JsonNode v = field(root, "/version", source);
        if (!v.isIntegralNumber() || v.asInt() != VERSION) {
            throw new InputException(source, "/version", "expected version " + VERSION + ", found " + v);
        }
    }

    private static JsonNode field(JsonNode root, String pointer, String source) {
        JsonNode n = root.at(pointer);
        if (n.isMissingNode() || n.isNull()) {
            throw new InputException(source, pointer, "required field is missing");
        }
        return n;
    }

    private static long readEntries(JsonNode root, String source) {
        JsonNode e = field(root, "/entries", source);
        if (!e.isIntegralNumber() || !e.canConvertToLong() || e.asLong() < 0) {
            throw new InputException(source, "/entries", "expected a non-negative integer, found " + e);
        }
        return e.asLong();
    }

    private static Axis readAxis(JsonNode n, String pointer, String source) {
        JsonNode type = field(n, "/type", source);
        try {
            switch (type.asText()) {
                case "regular" -> {
                    JsonNode bins = field(n, "/bins", source);
                    if (!bins.isIntegralNumber() || !bins.canConvertToInt()) {
                        throw new InputException(
                                source, pointer + "/bins", "expected an integer number of bins, found " + bins);
                    }
                    double lo = number(field(n, "/lo", source), pointer + "/lo", source);
                    double hi = number(field(n, "/hi", source), pointer + "/hi", source);
                    return Axis.regular(bins.asInt(), lo, hi);
                }
                case "variable" -> {
                    JsonNode edges = field(n, "/edges", source);
                    if (!edges.isArray() || edges.size() > Axis.MAX_BINS + 1) {
                        throw new InputException(
                                source,
                                pointer + "/edges",
                                "expected an array of at most " + (Axis.MAX_BINS + 1) + " edges");
                    }
                    double[] e = new double[edges.size()];
                    for (int i = 0; i < e.length; i++) {
                        e[i] = number(edges.get(i), pointer + "/edges/" + i, source);
                    }
                    return Axis.variable(e);
                }
                default ->
                    throw new InputException(
                            source, pointer + "/type", "expected \"regular\" or \"variable\", found " + type);
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(source, pointer, "invalid axis: " + e.getMessage(), e);
        }
    }

    private static void readArray(JsonNode n, String pointer, int length, double[] into, int offset, String source) {
        if (!n.isArray() || n.size() != length) {
            throw new InputException(
                    source,
                    pointer,
                    "expected an array of " + length + " numbers, found "
                            + (n.isArray()
                                    ? n.size() + " elements"
                                    : n.getNodeType().toString()));
        }
        for (int i = 0; i < length; i++) {
            into[offset + i] = number(n.get(i), pointer + "/" + i, source);
        }
    }

    private static double[][] readMatrix(JsonNode n, String pointer, int rows, int cols, String source) {
        if (!n.isArray() || n.size() != rows) {
            throw new InputException(
                    source,
                    pointer,
                    "expected an array of " + rows
                            + " rows (x bins with flow), found "
                            + (n.isArray()
                                    ? n.size() + " elements"
                                    : n.getNodeType().toString()));
        }
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            readArray(n.get(i), pointer + "/" + i, cols, m[i], 0, source);
        }
        return m;
    }

    private static double number(JsonNode n, String pointer, String source) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isTextual()) {
            switch (n.asText()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new InputException(source, pointer, "expected a number, found " + n);
    }
}

package io.upsilon.stats.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads pyhf JSON workspaces and validates them against the rules of schema 1.0.0. Every problem is
 * an {@link InputException} naming the source, the JSON pointer and what was expected.
 */
public final class WorkspaceReader {

    /** Shared, immutable after construction: Jackson mappers are thread-safe for reading. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            // A key given twice is ambiguous (Python's json keeps the last one silently): an error.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // Deeply nested fuzz input must fail as bad input, not as a stack overflow.
        MAPPER.getFactory()
                .setStreamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    private static final Set<String> MODIFIER_TYPES =
            Set.of("normfactor", "shapefactor", "lumi", "normsys", "histosys", "shapesys", "staterror", "formula");

    /** The file (or name) being read, for error messages. */
    final String source;

    private WorkspaceReader(String source) {
        this.source = source;
    }

    /** Reads and validates a workspace file. */
    public static Workspace read(Path file) {
        return fromTree(file.toString(), readTree(file));
    }

    /** Reads and validates a workspace from JSON text; {@code source} names it in error messages. */
    public static Workspace parse(String source, String json) {
        return fromTree(source, parseTree(source, json));
    }

    /**
     * Largest workspace or patch file read: 64 MiB. Published likelihoods are a few MB (the largest in
     * the pyhf validation set, ATLAS sbottom multi-b region C, is 1.4 MB); a JSON tree costs about 25
     * times its file size in memory, so a 200 MB file would need ~5 GB before any fit.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    /** Parses a file into a JSON tree, mapping I/O and syntax errors to {@link InputException}. */
    public static JsonNode readTree(Path file) {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InputException(
                        file.toString(),
                        "",
                        String.format(
                                java.util.Locale.ROOT,
                                "file is %.1f MiB; workspaces and patches above %d MiB are refused (a JSON tree takes"
                                        + " about 25 times the file size in memory)",
                                size / 1048576.0,
                                MAX_FILE_BYTES >> 20));
            }
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read file: " + e.getMessage(), e);
        }
        return parseTree(file.toString(), text);
    }

    /** Parses JSON text into a tree, mapping syntax errors to {@link InputException}. */
    public static JsonNode parseTree(String source, String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || n.isMissingNode()) {
                throw new InputException(source, "", "empty input: expected a JSON document");
            }
            return n;
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InputException(source, loc, "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(source, "", "invalid JSON: " + e.getMessage(), e);
        }
    }

    /** Validates a JSON tree as a workspace. */
    public static Workspace fromTree(String source, JsonNode root) {
        return new WorkspaceReader(source).workspace(root);
    }

    InputException bad(String pointer, String problem) {
        return new InputException(source, pointer.isEmpty() ? "/" : pointer, problem);
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isArray()) {
            return "an array of " + n.size();
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isTextual()) {
            String t = n.asText();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return "the number " + n.asText();
    }

    JsonNode object(JsonNode n, String ptr) {
        if (n == null || !n.isObject()) {
            throw bad(ptr, "expected an object, got " + describe(n));
        }
        return n;
    }

    JsonNode field(JsonNode obj, String ptr, String name) {
        JsonNode f = obj.get(name);
        if (f == null) {
            throw bad(ptr, "missing required property \"" + name + "\"");
        }
        return f;
    }

    JsonNode array(JsonNode n, String ptr) {
        if (n == null || !n.isArray()) {
            throw bad(ptr, "expected an array, got " + describe(n));
        }
        return n;
    }

    String string(JsonNode n, String ptr) {
        if (n == null || !n.isTextual()) {
            throw bad(ptr, "expected a string, got " + describe(n));
        }
        return n.asText();
    }

    double number(JsonNode n, String ptr) {
        if (n == null || !n.isNumber()) {
            throw bad(ptr, "expected a number, got " + describe(n));
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw bad(ptr, "expected a finite number, got " + n.asText());
        }
        return v;
    }

    double[] numbers(JsonNode n, String ptr, int expected, String why) {
        if (n == null || !n.isArray() || (expected >= 0 && n.size() != expected)) {
            String exp = expected >= 0 ? "an array of " + expected + " numbers" + why : "an array of numbers";
            throw bad(ptr, "expected " + exp + ", got " + describe(n));
        }
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(n.get(i), ptr + "/" + i);
        }
        return out;
    }

    static String esc(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    void onlyKeys(JsonNode obj, String ptr, Set<String> allowed) {
        var it = obj.fieldNames();
        while (it.hasNext()) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw bad(ptr + "/" + esc(k), "unknown property \"" + k + "\" (allowed: " + allowed + ")");
            }
        }
    }

    private Workspace workspace(JsonNode root) {
        object(root, "");
        JsonNode chans = array(field(root, "", "channels"), "/channels");
        if (chans.isEmpty() && !root.has(UnbinnedChannelReader.KEY)) {
            throw bad("/channels", "expected at least one channel, got an empty array");
        }
        List<Channel> channels = new ArrayList<>();
        Map<String, Integer> binsByChannel = new HashMap<>();
        for (int i = 0; i < chans.size(); i++) {
            Channel c = channel(chans.get(i), "/channels/" + i);
            if (binsByChannel.put(c.name(), c.bins()) != null) {
                throw bad("/channels/" + i + "/name", "duplicate channel name \"" + c.name() + "\"");
            }
            channels.add(c);
        }
        JsonNode obsNode = array(field(root, "", "observations"), "/observations");
        List<Observation> observations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < obsNode.size(); i++) {
            String p = "/observations/" + i;
            JsonNode o = object(obsNode.get(i), p);
            String name = string(field(o, p, "name"), p + "/name");
            Integer bins = binsByChannel.get(name);
            if (!seen.add(name)) {
                throw bad(p + "/name", "duplicate observation for channel \"" + name + "\"");
            }
            // An observation of a channel that is not in the model (e.g. removed by a signal patch)
            // is kept but unused, as in pyhf.
            double[] d = bins == null
                    ? numbers(field(o, p, "data"), p + "/data", -1, "")
                    : numbers(field(o, p, "data"), p + "/data", bins, " (the channel has " + bins + " bins)");
            for (int b = 0; b < d.length; b++) {
                if (d[b] < 0) {
                    throw bad(p + "/data/" + b, "expected a count >= 0, got " + d[b]);
                }
            }
            observations.add(new Observation(name, d));
        }
        for (Channel c : channels) {
            if (!seen.contains(c.name())) {
                throw bad("/observations", "missing observation for channel \"" + c.name() + "\"");
            }
        }
        JsonNode measNode = array(field(root, "", "measurements"), "/measurements");
        if (measNode.isEmpty()) {
            throw bad("/measurements", "expected at least one measurement, got an empty array");
        }
        List<Measurement> measurements = new ArrayList<>();
        Set<String> mnames = new HashSet<>();
        for (int i = 0; i < measNode.size(); i++) {
            Measurement m = measurement(measNode.get(i), "/measurements/" + i);
            if (!mnames.add(m.name())) {
                throw bad("/measurements/" + i + "/name", "duplicate measurement name \"" + m.name() + "\"");
            }
            measurements.add(m);
        }
        JsonNode v = root.get("version");
        String version = v == null ? "1.0.0" : string(v, "/version");
        if (!version.equals("1.0.0")) {
            throw bad("/version", "expected schema version \"1.0.0\", got \"" + version + "\"");
        }
        List<UnbinnedChannel> unbinned = List.of();
        if (root.has(UnbinnedChannelReader.KEY)) {
            unbinned = new UnbinnedChannelReader(this).channels(root.get(UnbinnedChannelReader.KEY));
            for (int i = 0; i < unbinned.size(); i++) {
                if (binsByChannel.containsKey(unbinned.get(i).name())) {
                    throw bad(
                            "/" + UnbinnedChannelReader.KEY + "/" + i + "/name",
                            "channel name \"" + unbinned.get(i).name() + "\" is also a binned channel's");
                }
            }
        }
        return new Workspace(channels, observations, measurements, version, unbinned);
    }

    private Channel channel(JsonNode n, String p) {
        object(n, p);
        String name = string(field(n, p, "name"), p + "/name");
        JsonNode ss = array(field(n, p, "samples"), p + "/samples");
        if (ss.isEmpty()) {
            throw bad(p + "/samples", "expected at least one sample, got an empty array");
        }
        List<Sample> samples = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int bins = -1;
        for (int i = 0; i < ss.size(); i++) {
            String sp = p + "/samples/" + i;
            JsonNode s = object(ss.get(i), sp);
            String sname = string(field(s, sp, "name"), sp + "/name");
            if (!names.add(sname)) {
                throw bad(sp + "/name", "duplicate sample name \"" + sname + "\" in channel \"" + name + "\"");
            }
            double[] data;
            if (bins < 0) {
                data = numbers(field(s, sp, "data"), sp + "/data", -1, "");
                if (data.length == 0) {
                    throw bad(sp + "/data", "expected at least one bin, got an empty array");
                }
                bins = data.length;
            } else {
                data = numbers(field(s, sp, "data"), sp + "/data", bins, " (the channel has " + bins + " bins)");
            }
            JsonNode ms = array(field(s, sp, "modifiers"), sp + "/modifiers");
            List<Modifier> mods = new ArrayList<>();
            Set<String> modKeys = new HashSet<>();
            for (int j = 0; j < ms.size(); j++) {
                Modifier m = modifier(ms.get(j), sp + "/modifiers/" + j, bins);
                if (!modKeys.add(m.type() + "/" + m.name())) {
                    throw bad(
                            sp + "/modifiers/" + j,
                            "duplicate " + m.type() + " modifier \"" + m.name() + "\" on sample \"" + sname + "\"");
                }
                mods.add(m);
            }
            samples.add(new Sample(sname, data, mods));
        }
        return new Channel(name, samples);
    }

    Modifier modifier(JsonNode n, String p, int bins) {
        object(n, p);
        String name = string(field(n, p, "name"), p + "/name");
        if (name.isEmpty()) {
            throw bad(p + "/name", "expected a non-empty modifier name");
        }
        String type = string(field(n, p, "type"), p + "/type");
        if (!MODIFIER_TYPES.contains(type)) {
            throw bad(
                    p + "/type",
                    "expected one of " + new java.util.TreeSet<>(MODIFIER_TYPES) + ", got \"" + type + "\"");
        }
        JsonNode data = field(n, p, "data");
        String dp = p + "/data";
        String why = " (the channel has " + bins + " bins)";
        switch (type) {
            case "normfactor", "shapefactor", "lumi" -> {
                if (!data.isNull()) {
                    throw bad(dp, "expected null for a " + type + " modifier, got " + describe(data));
                }
                return type.equals("normfactor")
                        ? new Modifier.NormFactor(name)
                        : type.equals("lumi") ? new Modifier.Lumi(name) : new Modifier.ShapeFactor(name);
            }
            case "normsys" -> {
                object(data, dp);
                double hi = number(field(data, dp, "hi"), dp + "/hi");
                double lo = number(field(data, dp, "lo"), dp + "/lo");
                if (hi <= 0 || lo <= 0) {
                    throw bad(dp, "expected normsys factors hi > 0 and lo > 0, got hi=" + hi + ", lo=" + lo);
                }
                return new Modifier.NormSys(name, hi, lo);
            }
            case "formula" -> {
                object(data, dp);
                onlyKeys(data, dp, Set.of("expression"));
                String text = string(field(data, dp, "expression"), dp + "/expression");
                try {
                    return new Modifier.Formula(name, Expression.parse(text));
                } catch (Expression.SyntaxException e) {
                    throw bad(dp + "/expression", "invalid expression \"" + abbreviate(text) + "\" " + e.getMessage());
                }
            }
            case "histosys" -> {
                object(data, dp);
                double[] hi = numbers(field(data, dp, "hi_data"), dp + "/hi_data", bins, why);
                double[] lo = numbers(field(data, dp, "lo_data"), dp + "/lo_data", bins, why);
                return new Modifier.HistoSys(name, hi, lo);
            }
            default -> {
                double[] d = numbers(data, dp, bins, why);
                for (int i = 0; i < d.length; i++) {
                    if (d[i] < 0) {
                        throw bad(dp + "/" + i, "expected an uncertainty >= 0, got " + d[i]);
                    }
                }
                return type.equals("shapesys") ? new Modifier.ShapeSys(name, d) : new Modifier.StatError(name, d);
            }
        }
    }

    private static String abbreviate(String t) {
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    private Measurement measurement(JsonNode n, String p) {
        object(n, p);
        String name = string(field(n, p, "name"), p + "/name");
        String cp = p + "/config";
        JsonNode config = object(field(n, p, "config"), cp);
        String poi = string(field(config, cp, "poi"), cp + "/poi");
        JsonNode pars = config.get("parameters");
        List<ParameterConfig> out = new ArrayList<>();
        if (pars != null) {
            array(pars, cp + "/parameters");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < pars.size(); i++) {
                ParameterConfig pc = parameter(pars.get(i), cp + "/parameters/" + i);
                if (!names.add(pc.name())) {
                    throw bad(
                            cp + "/parameters/" + i + "/name",
                            "duplicate settings for parameter \"" + pc.name() + "\"");
                }
                out.add(pc);
            }
        }
        List<String> pois = List.of();
        if (config.has("pois")) {
            pois = pois(config.get("pois"), cp + "/pois", poi);
        }
        List<Correlation> correlations = new ArrayList<>();
        if (config.has("correlations")) {
            JsonNode cs = array(config.get("correlations"), cp + "/correlations");
            Set<String> inBlock = new HashSet<>();
            for (int i = 0; i < cs.size(); i++) {
                Correlation c = correlation(cs.get(i), cp + "/correlations/" + i);
                for (int j = 0; j < c.parameters().size(); j++) {
                    if (!inBlock.add(c.parameters().get(j))) {
                        throw bad(
                                cp + "/correlations/" + i + "/parameters/" + j,
                                "parameter \"" + c.parameters().get(j) + "\" is already in another correlation block");
                    }
                }
                correlations.add(c);
            }
        }
        return new Measurement(name, poi, out, pois, correlations);
    }

    /** The extension {@code "pois"}: distinct names, the first being {@code "poi"}. */
    private List<String> pois(JsonNode n, String p, String poi) {
        array(n, p);
        if (n.isEmpty()) {
            throw bad(p, "expected at least one parameter name, got an empty array");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            String s = string(n.get(i), p + "/" + i);
            if (out.contains(s)) {
                throw bad(p + "/" + i, "parameter \"" + s + "\" is named twice");
            }
            out.add(s);
        }
        if (!out.get(0).equals(poi)) {
            throw bad(p + "/0", "expected the \"poi\" (\"" + poi + "\") first, got \"" + out.get(0) + "\"");
        }
        return out;
    }

    /** One block of the extension {@code "correlations"} (see {@link Correlation}). */
    private Correlation correlation(JsonNode n, String p) {
        object(n, p);
        onlyKeys(n, p, Set.of("name", "parameters", "correlation", "covariance"));
        String name = string(field(n, p, "name"), p + "/name");
        JsonNode ps = array(field(n, p, "parameters"), p + "/parameters");
        List<String> params = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            params.add(string(ps.get(i), p + "/parameters/" + i));
        }
        boolean cov = n.has("covariance");
        if (cov == n.has("correlation")) {
            throw bad(p, "expected exactly one of \"correlation\" and \"covariance\"");
        }
        String key = cov ? "covariance" : "correlation";
        JsonNode rows = array(n.get(key), p + "/" + key);
        double[][] matrix = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            matrix[i] =
                    numbers(rows.get(i), p + "/" + key + "/" + i, params.size(), " (one per parameter of the block)");
        }
        try {
            return new Correlation(name, params, matrix, cov);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, p + "/" + key, e.getMessage(), e);
        }
    }

    private ParameterConfig parameter(JsonNode n, String p) {
        object(n, p);
        onlyKeys(n, p, Set.of("name", "inits", "bounds", "fixed", "auxdata", "sigmas", "factors"));
        String name = string(field(n, p, "name"), p + "/name");
        double[] inits = n.has("inits") ? numbers(n.get("inits"), p + "/inits", -1, "") : null;
        double[] aux = n.has("auxdata") ? numbers(n.get("auxdata"), p + "/auxdata", -1, "") : null;
        double[] sig = n.has("sigmas") ? numbers(n.get("sigmas"), p + "/sigmas", -1, "") : null;
        if (sig != null) {
            for (int i = 0; i < sig.length; i++) {
                if (!(sig[i] > 0)) {
                    throw bad(p + "/sigmas/" + i, "expected a width > 0, got " + sig[i]);
                }
            }
        }
        boolean fixed = false;
        if (n.has("fixed")) {
            JsonNode f = n.get("fixed");
            if (!f.isBoolean()) {
                throw bad(p + "/fixed", "expected a boolean, got " + describe(f));
            }
            fixed = f.asBoolean();
        }
        double[][] bounds = null;
        if (n.has("bounds")) {
            JsonNode b = array(n.get("bounds"), p + "/bounds");
            bounds = new double[b.size()][];
            for (int i = 0; i < b.size(); i++) {
                bounds[i] = numbers(b.get(i), p + "/bounds/" + i, 2, " [lo, hi]");
                if (!(bounds[i][0] <= bounds[i][1])) {
                    throw bad(
                            p + "/bounds/" + i, "expected lo <= hi, got [" + bounds[i][0] + ", " + bounds[i][1] + "]");
                }
            }
        }
        return new ParameterConfig(name, inits, bounds, fixed, aux, sig);
    }
}

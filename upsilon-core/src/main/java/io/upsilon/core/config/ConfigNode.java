package io.upsilon.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping of a YAML (or JSON) configuration being read, with its YAML path: typed,
 * range-checked access to its keys, and a final check that no key was left unread (unknown keys
 * are errors). Every problem is an {@link InputException} naming the file, the YAML path and what
 * was expected. Used by the detector card and the analysis configurations alike.
 */
public final class ConfigNode {
    private final JsonNode node;
    private final String path;
    private final String source;
    private final String hint;
    private final Set<String> read = new HashSet<>();

    private ConfigNode(JsonNode node, String path, String source, String hint) {
        this.node = node;
        this.path = path;
        this.source = source;
        this.hint = hint;
    }

    /**
     * Parses YAML text strictly: a key given twice in one mapping is an error (YAML allows the
     * last to win silently), and every syntax error is one line with the line and column.
     *
     * @param text the file's text
     * @param source the file name, for messages
     * @throws InputException for malformed YAML or a duplicate key
     */
    public static JsonNode parseYaml(String text, String source) {
        YAMLMapper mapper = new YAMLMapper();
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        try {
            return mapper.readTree(text);
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String where = loc != null && loc.getLineNr() > 0
                    ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr()
                    : "";
            throw new InputException(source, where, "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (RuntimeException e) {
            // SnakeYAML can fail with its own runtime exceptions on malformed input.
            throw new InputException(source, "", "not valid YAML: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    /**
     * Reads a configuration file's text (UTF-8).
     *
     * @param file the file
     * @param what what the file is, for the message (e.g. "the detector card")
     * @throws InputException naming the file when it cannot be read
     */
    public static String readText(Path file, String what) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file.toString(), "", "cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /**
     * The root mapping of a configuration file.
     *
     * @param node the parsed tree
     * @param source the file name, for messages
     * @param hint where a user finds a complete example (e.g. "the bundled belle2.yaml"), shown with
     *     missing keys
     */
    public static ConfigNode root(JsonNode node, String source, String hint) {
        if (node == null || !node.isObject()) {
            throw new InputException(source, "", "expected a YAML mapping at the top level (see " + hint + ")");
        }
        return new ConfigNode(node, "", source, hint);
    }

    /** The file this node comes from. */
    public String source() {
        return source;
    }

    /** The YAML path of this node ("" for the root). */
    public String path() {
        return path;
    }

    private String pathOf(String key) {
        if (key.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? key : path + "." + key;
    }

    private JsonNode required(String key) {
        read.add(key);
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw new InputException(source, pathOf(key), "missing key (required; see " + hint + ")");
        }
        return v;
    }

    /** True if {@code key} is present (and not null). */
    public boolean has(String key) {
        JsonNode v = node.get(key);
        return v != null && !v.isNull();
    }

    /** The sub-mapping under {@code key}. */
    public ConfigNode block(String key) {
        JsonNode v = required(key);
        if (!v.isObject()) {
            throw new InputException(source, pathOf(key), "expected a mapping, got " + describe(v));
        }
        return new ConfigNode(v, pathOf(key), source, hint);
    }

    /** The list of mappings under {@code key} (at least one). */
    public List<ConfigNode> blocks(String key) {
        JsonNode v = list(key);
        List<ConfigNode> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String p = pathOf(key) + "[" + i + "]";
            if (!e.isObject()) {
                throw new InputException(source, p, "expected a mapping, got " + describe(e));
            }
            out.add(new ConfigNode(e, p, source, hint));
        }
        return out;
    }

    private JsonNode list(String key) {
        JsonNode v = required(key);
        if (!v.isArray() || v.isEmpty()) {
            throw new InputException(source, pathOf(key), "expected a non-empty list, got " + describe(v));
        }
        return v;
    }

    /** A number in [min, max]. */
    public double number(String key, double min, double max) {
        return checkedNumber(required(key), pathOf(key), min, max);
    }

    /** A number in [min, max], or {@code fallback} when the key is absent. */
    public double number(String key, double min, double max, double fallback) {
        read.add(key);
        return has(key) ? number(key, min, max) : fallback;
    }

    private double checkedNumber(JsonNode v, String at, double min, double max) {
        if (!v.isNumber()) {
            throw new InputException(source, at, "expected a number in [" + min + ", " + max + "], got " + describe(v));
        }
        double d = v.doubleValue();
        if (!(d >= min && d <= max)) {
            throw new InputException(source, at, "expected a number in [" + min + ", " + max + "], got " + d);
        }
        return d;
    }

    /** A non-empty list of numbers, each in [min, max]. */
    public double[] numbers(String key, double min, double max) {
        JsonNode v = list(key);
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = checkedNumber(v.get(i), pathOf(key) + "[" + i + "]", min, max);
        }
        return out;
    }

    /** A range {@code [low, high]} of two numbers in [min, max] with low &lt; high. */
    public double[] range(String key, double min, double max) {
        double[] v = numbers(key, min, max);
        if (v.length != 2 || !(v[0] < v[1])) {
            throw new InputException(source, pathOf(key), "expected a range [low, high] with low < high");
        }
        return v;
    }

    /** An angle in degrees in [min, max], returned in radians. */
    public double degrees(String key, double min, double max) {
        return Math.toRadians(number(key, min, max));
    }

    /** An integer in [min, max]. */
    public int integer(String key, int min, int max) {
        return (int) longInteger(key, min, max);
    }

    /** An integer in [min, max], or {@code fallback} when the key is absent. */
    public int integer(String key, int min, int max, int fallback) {
        read.add(key);
        return has(key) ? integer(key, min, max) : fallback;
    }

    /** An integer in [min, max], or {@code fallback} when the key is absent. */
    public long longInteger(String key, long min, long max, long fallback) {
        read.add(key);
        return has(key) ? longInteger(key, min, max) : fallback;
    }

    /**
     * The keys of this mapping in file order, for a mapping whose keys are data (e.g. a process's
     * parameters); the caller reads each one, so {@link #finish} still rejects nothing it did not read.
     */
    public List<String> keys() {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * A scalar as text, for values a later reader parses (a string as written, a number in Java's
     * shortest round-trip form, a boolean as true/false); a list, mapping or null is an error.
     */
    public String scalarText(String key) {
        JsonNode v = required(key);
        if (v.isTextual() || v.isBoolean()) {
            return v.asText();
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? v.asText() : Double.toString(v.doubleValue());
        }
        throw new InputException(source, pathOf(key), "expected a number or a string, got " + describe(v));
    }

    /** True if {@code key} holds a string (rather than a number, list or mapping). */
    public boolean isText(String key) {
        return has(key) && node.get(key).isTextual();
    }

    /** An integer in [min, max] (YAML may write large counts as 2.0e7 if they are whole numbers). */
    public long longInteger(String key, long min, long max) {
        JsonNode v = required(key);
        double d = v.isNumber() ? v.doubleValue() : Double.NaN;
        boolean whole = v.isIntegralNumber() ? v.canConvertToLong() : (d == Math.rint(d) && Math.abs(d) < 9e15);
        if (!v.isNumber() || !whole) {
            throw new InputException(
                    source, pathOf(key), "expected an integer in [" + min + ", " + max + "], got " + describe(v));
        }
        long i = v.isIntegralNumber() ? v.longValue() : (long) d;
        if (i < min || i > max) {
            throw new InputException(
                    source, pathOf(key), "expected an integer in [" + min + ", " + max + "], got " + i);
        }
        return i;
    }

    /** A non-empty string. */
    public String string(String key) {
        JsonNode v = required(key);
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new InputException(source, pathOf(key), "expected a non-empty string, got " + describe(v));
        }
        return v.asText();
    }

    /** A string, or {@code fallback} when the key is absent. */
    public String string(String key, String fallback) {
        read.add(key);
        return has(key) ? string(key) : fallback;
    }

    /** A boolean, or {@code fallback} when the key is absent. */
    public boolean bool(String key, boolean fallback) {
        read.add(key);
        if (!has(key)) {
            return fallback;
        }
        JsonNode v = node.get(key);
        if (!v.isBoolean()) {
            throw new InputException(source, pathOf(key), "expected true or false, got " + describe(v));
        }
        return v.booleanValue();
    }

    /** Fails on the first key that was never read. */
    public void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!read.contains(k)) {
                throw new InputException(source, pathOf(k), "unknown key (allowed here: " + allowed() + ")");
            }
        }
    }

    private String allowed() {
        return read.isEmpty() ? "none" : String.join(", ", new TreeSet<>(read));
    }

    /** An error about {@code key} (a condition between values already read). */
    public InputException error(String key, String problem) {
        return new InputException(source, pathOf(key), problem);
    }

    private static String describe(JsonNode v) {
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        String text = v.asText();
        if (text.length() > 40) {
            text = text.substring(0, 40) + "...";
        }
        return v.getNodeType().toString().toLowerCase(Locale.ROOT) + " '" + text + "'";
    }
}

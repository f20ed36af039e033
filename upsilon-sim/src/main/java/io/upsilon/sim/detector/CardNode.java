package io.upsilon.sim.detector;

import com.fasterxml.jackson.databind.JsonNode;
import io.upsilon.core.error.InputException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A YAML mapping of the card being read, with its YAML path: typed, range-checked access to its
 * keys, and a final check that no key was left unread (unknown keys are errors).
 */
final class CardNode {
    private final JsonNode node;
    private final String path;
    private final String source;
    private final Set<String> read = new HashSet<>();

    private CardNode(JsonNode node, String path, String source) {
        this.node = node;
        this.path = path;
        this.source = source;
    }

    /** The root mapping of a card. */
    static CardNode root(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new InputException(source, "", "expected a YAML mapping with the card's blocks at the top level");
        }
        return new CardNode(node, "", source);
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
            throw new InputException(source, pathOf(key), "missing key (required; see the bundled belle2.yaml)");
        }
        return v;
    }

    /** The sub-mapping under {@code key}. */
    CardNode block(String key) {
        JsonNode v = required(key);
        if (!v.isObject()) {
            throw new InputException(source, pathOf(key), "expected a mapping, got " + describe(v));
        }
        return new CardNode(v, pathOf(key), source);
    }

    /** A number in [min, max]. */
    double number(String key, double min, double max) {
        JsonNode v = required(key);
        if (!v.isNumber()) {
            throw new InputException(
                    source, pathOf(key), "expected a number in [" + min + ", " + max + "], got " + describe(v));
        }
        double d = v.doubleValue();
        if (!(d >= min && d <= max)) {
            throw new InputException(source, pathOf(key), "expected a number in [" + min + ", " + max + "], got " + d);
        }
        return d;
    }

    /** An angle in degrees in [min, max], returned in radians. */
    double degrees(String key, double min, double max) {
        return Math.toRadians(number(key, min, max));
    }

    /** An integer in [min, max]. */
    int integer(String key, int min, int max) {
        JsonNode v = required(key);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InputException(
                    source, pathOf(key), "expected an integer in [" + min + ", " + max + "], got " + describe(v));
        }
        int i = v.intValue();
        if (i < min || i > max) {
            throw new InputException(
                    source, pathOf(key), "expected an integer in [" + min + ", " + max + "], got " + i);
        }
        return i;
    }

    /** Fails on the first key that was never read. */
    void finish() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!read.contains(k)) {
                throw new InputException(source, pathOf(k), "unknown key (allowed here: " + allowed() + ")");
            }
        }
    }

    private String allowed() {
        return read.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(read));
    }

    /** A condition between values already read. */
    InputException error(String key, String problem) {
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
        return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " '" + text + "'";
    }
}

package io.upsilon.stats.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.upsilon.core.error.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6902 JSON Patch (add, remove, replace, move, copy, test) on Jackson trees, and pyhf patchsets.
 * A patch never modifies its input: it works on a deep copy. Every failure is an {@link
 * InputException} naming the patch source and the pointer of the failing operation.
 */
public final class JsonPatch {

    private JsonPatch() {}

    /**
     * Applies a patch file: a JSON array of operations, or a pyhf patchset (an object with
     * "patches", each {"metadata": {"name": ...}, "patch": [...]}) from which {@code patchName}
     * selects one (required when the set holds more than one).
     */
    public static JsonNode applyFile(JsonNode document, Path patchFile, String patchName) {
        JsonNode patch = WorkspaceReader.readTree(patchFile);
        return apply(document, patchFile.toString(), select(patchFile.toString(), patch, patchName));
    }

    /** Picks the operation array out of a plain patch or a patchset. */
    public static JsonNode select(String source, JsonNode patch, String patchName) {
        if (patch.isArray()) {
            if (patchName != null) {
                throw new InputException(
                        source,
                        "/",
                        "a patch name (\"" + patchName + "\") was given, but this is a plain patch, not a"
                                + " patchset");
            }
            return patch;
        }
        if (patch.isObject()
                && patch.get("patches") != null
                && patch.get("patches").isArray()) {
            JsonNode ps = patch.get("patches");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < ps.size(); i++) {
                JsonNode md = ps.get(i).path("metadata").path("name");
                String name = md.isTextual() ? md.asText() : null;
                if (name != null && names.contains(name)) {
                    throw new InputException(
                            source, "/patches/" + i + "/metadata/name", "patch name \"" + name + "\" is used twice");
                }
                names.add(name);
            }
            for (int i = 0; i < ps.size(); i++) {
                JsonNode p = ps.get(i);
                String name = names.get(i);
                if ((patchName == null && ps.size() == 1) || (patchName != null && patchName.equals(name))) {
                    JsonNode ops = p.get("patch");
                    if (ops == null || !ops.isArray()) {
                        throw new InputException(source, "/patches/" + i + "/patch", "expected an array of operations");
                    }
                    return ops;
                }
            }
            throw new InputException(
                    source,
                    "/patches",
                    patchName == null
                            ? "the patchset holds " + ps.size() + " patches: choose one by name " + names
                            : "no patch named \"" + patchName + "\" (have " + names + ")");
        }
        throw new InputException(source, "/", "expected a JSON Patch (an array of operations) or a pyhf patchset");
    }

    /** Applies an array of RFC 6902 operations to a copy of {@code document}. */
    public static JsonNode apply(JsonNode document, String source, JsonNode operations) {
        if (operations == null || !operations.isArray()) {
            throw new InputException(source, "/", "expected an array of JSON Patch operations");
        }
        JsonNode doc = document.deepCopy();
        for (int i = 0; i < operations.size(); i++) {
            doc = applyOne(doc, source, "/" + i, operations.get(i));
        }
        return doc;
    }

    private static String text(JsonNode op, String source, String at, String key) {
        JsonNode n = op.get(key);
        if (n == null || !n.isTextual()) {
            throw new InputException(source, at + "/" + key, "expected a string \"" + key + "\"");
        }
        return n.asText();
    }

    private static JsonNode applyOne(JsonNode doc, String source, String at, JsonNode op) {
        if (op == null || !op.isObject()) {
            throw new InputException(source, at, "expected a patch operation object");
        }
        String kind = text(op, source, at, "op");
        String path = text(op, source, at, "path");
        List<String> tokens = parsePointer(path, source, at + "/path");
        switch (kind) {
            case "add" -> {
                return add(doc, tokens, value(op, source, at), source, at);
            }
            case "remove" -> {
                remove(doc, tokens, source, at);
                return doc;
            }
            case "replace" -> {
                JsonNode v = value(op, source, at);
                if (tokens.isEmpty()) {
                    return v.deepCopy();
                }
                remove(doc, tokens, source, at);
                return add(doc, tokens, v, source, at);
            }
            case "move", "copy" -> {
                String from = text(op, source, at, "from");
                List<String> ft = parsePointer(from, source, at + "/from");
                if (kind.equals("move") && path.startsWith(from + "/")) {
                    throw new InputException(source, at + "/from", "cannot move a value into its own child");
                }
                JsonNode v = get(doc, ft, source, at + "/from").deepCopy();
                if (kind.equals("move")) {
                    if (ft.isEmpty()) {
                        return add(doc, tokens, v, source, at);
                    }
                    remove(doc, ft, source, at);
                }
                return add(doc, tokens, v, source, at);
            }
            case "test" -> {
                JsonNode v = value(op, source, at);
                if (!get(doc, tokens, source, at + "/path").equals(v)) {
                    throw new InputException(source, at, "test failed: the value at " + path + " differs");
                }
                return doc;
            }
            default ->
                throw new InputException(
                        source,
                        at + "/op",
                        "expected one of add, remove, replace, move, copy, test; got \"" + kind + "\"");
        }
    }

    private static JsonNode value(JsonNode op, String source, String at) {
        JsonNode v = op.get("value");
        if (v == null) {
            throw new InputException(source, at, "missing \"value\"");
        }
        return v;
    }

    static List<String> parsePointer(String ptr, String source, String at) {
        List<String> out = new ArrayList<>();
        if (ptr.isEmpty()) {
            return out;
        }
        if (ptr.charAt(0) != '/') {
            throw new InputException(source, at, "a JSON pointer must be empty or start with '/', got \"" + ptr + "\"");
        }
        for (String t : ptr.substring(1).split("/", -1)) {
            if (t.matches(".*~[^01].*") || t.endsWith("~")) {
                throw new InputException(source, at, "invalid '~' escape in JSON pointer \"" + ptr + "\"");
            }
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static int index(String token, int size, boolean allowEnd, String source, String at) {
        if (allowEnd && token.equals("-")) {
            return size;
        }
        if (!token.matches("0|[1-9][0-9]{0,8}")) {
            throw new InputException(source, at, "expected an array index, got \"" + token + "\"");
        }
        int i = Integer.parseInt(token);
        if (i > size || (!allowEnd && i == size)) {
            throw new InputException(source, at, "array index " + i + " out of range (size " + size + ")");
        }
        return i;
    }

    private static JsonNode get(JsonNode doc, List<String> tokens, String source, String at) {
        JsonNode cur = doc;
        for (String t : tokens) {
            if (cur.isObject()) {
                cur = cur.get(t);
            } else if (cur.isArray()) {
                cur = cur.get(index(t, cur.size(), false, source, at));
            } else {
                cur = null;
            }
            if (cur == null) {
                throw new InputException(source, at, "the path does not exist in the document");
            }
        }
        return cur;
    }

    private static JsonNode add(JsonNode doc, List<String> tokens, JsonNode value, String source, String at) {
        if (tokens.isEmpty()) {
            return value.deepCopy();
        }
        JsonNode parent = get(doc, tokens.subList(0, tokens.size() - 1), source, at + "/path");
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value.deepCopy());
        } else if (parent instanceof ArrayNode a) {
            a.insert(index(last, a.size(), true, source, at + "/path"), value.deepCopy());
        } else {
            throw new InputException(source, at + "/path", "the parent is not an object or an array");
        }
        return doc;
    }

    private static void remove(JsonNode doc, List<String> tokens, String source, String at) {
        if (tokens.isEmpty()) {
            throw new InputException(source, at + "/path", "cannot remove the whole document");
        }
        JsonNode parent = get(doc, tokens.subList(0, tokens.size() - 1), source, at + "/path");
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (o.remove(last) == null) {
                throw new InputException(source, at + "/path", "the path does not exist in the document");
            }
        } else if (parent instanceof ArrayNode a) {
            a.remove(index(last, a.size(), false, source, at + "/path"));
        } else {
            throw new InputException(source, at + "/path", "the parent is not an object or an array");
        }
    }
}

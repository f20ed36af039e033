package io.upsilon.analysis.output.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.upsilon.analysis.output.AtomicFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@code summary.json}: a top-level {@code "provenance"} object ({@link Provenance#toMap()}),
 * then the caller's entries in their iteration order (use a {@link LinkedHashMap}; values are
 * anything Jackson can write: numbers, strings, lists, maps, records). Pretty-printed, ending in a
 * newline, written atomically. Without a creation time the file depends only on its inputs.
 */
public final class SummaryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    /**
     * The JSON text.
     *
     * @param provenance written first, under "provenance"
     * @param body the run's results; must not use the key "provenance" (nor "created" if {@code
     *     created} is given)
     * @param created creation time written as top-level "created" (ISO-8601), or null to leave it out
     *     (reproducible output)
     */
    public static String toJson(Provenance provenance, Map<String, ?> body, Instant created) {
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(body, "body");
        if (body.containsKey("provenance") || (created != null && body.containsKey("created"))) {
            throw new IllegalArgumentException("body must not use the reserved keys \"provenance\" / \"created\"");
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("provenance", provenance.toMap());
        if (created != null) {
            root.put("created", created.toString());
        }
        root.putAll(body);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("summary body cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@link #toJson(Provenance, Map, Instant)} to {@code target} atomically. */
    public static void write(Path target, Provenance provenance, Map<String, ?> body, Instant created) {
        AtomicFiles.writeString(target, toJson(provenance, body, created));
    }

    /** As {@link #write(Path, Provenance, Map, Instant)} without a creation time. */
    public static void write(Path target, Provenance provenance, Map<String, ?> body) {
        write(target, provenance, body, null);
    }
}

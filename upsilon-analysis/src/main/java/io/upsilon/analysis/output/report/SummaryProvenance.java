package io.upsilon.analysis.output.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the provenance block of a {@code summary.json} (the top-level {@code "provenance"} object
 * written by {@link io.upsilon.analysis.output.provenance.SummaryJson}) as an ordered key → value
 * map for {@link HtmlReport.Builder#provenance(Map)}.
 */
public final class SummaryProvenance {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SummaryProvenance() {}

    /**
     * The entries of the {@code "provenance"} object in file order: strings, numbers and booleans as
     * their text ({@code "seed": 1} gives "1"), nested values as compact JSON.
     *
     * @return an unmodifiable, ordered map
     * @throws InputException if the file cannot be read, is not JSON, or has no provenance object
     */
    public static Map<String, String> read(Path summaryJson) {
        String source = summaryJson.toString();
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(summaryJson));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputException(source, where, "expected JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException(source, "", "cannot read the summary: " + e, e);
        }
        JsonNode provenance = root == null ? null : root.get("provenance");
        if (provenance == null || !provenance.isObject()) {
            throw new InputException(
                    source, "/provenance", "expected a top-level \"provenance\" object (as SummaryJson writes)");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = provenance.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            result.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
        }
        return Collections.unmodifiableMap(result);
    }
}

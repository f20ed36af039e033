package io.upsilon.cli.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.upsilon.core.error.InputException;
import io.upsilon.stats.model.Model;
import io.upsilon.stats.report.GroupedImpacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parsing of the {@code stats report} options that name samples and parameters: sample merges
 * ({@code "other=ttbar,wjets"} or a JSON object of lists), impact groups (by modifier kind, by
 * name pattern {@code "theory=.*_xs"}, or a JSON object of lists) and scanned parameters. Every
 * mistake is an {@link InputException} naming the option.
 */
final class ReportOptions {

    private ReportOptions() {}

    /** Merges from {@code --merge-samples NAME=S1,S2} entries and an optional JSON file {"NAME": ["S1", ...]}. */
    static Map<String, List<String>> merges(List<String> specs, Path file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (file != null) {
            out.putAll(listsFromJson(file, "--merge-config"));
        }
        for (String spec : specs) {
            String[] kv = spec.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new InputException(
                        "--merge-samples", "", "expected NAME=SAMPLE1,SAMPLE2,..., got \"" + spec + "\"");
            }
            out.put(
                    kv[0].trim(),
                    Arrays.stream(kv[1].split(",")).map(String::trim).toList());
        }
        return out;
    }

    /**
     * The impact groups: from the JSON file when given, else from {@code --group NAME=REGEX}
     * patterns when given, else by modifier kind.
     */
    static Map<String, List<Integer>> groups(Model m, List<String> patterns, Path file) {
        if (file != null) {
            try {
                Map<String, List<Integer>> g = GroupedImpacts.fromMapping(m, listsFromJson(file, "--groups"));
                g.put(GroupedImpacts.ALL_NUISANCE, GroupedImpacts.nuisance(m));
                return g;
            } catch (IllegalArgumentException e) {
                throw new InputException(file.toString(), "", e.getMessage());
            }
        }
        if (!patterns.isEmpty()) {
            Map<String, Pattern> p = new LinkedHashMap<>();
            for (String spec : patterns) {
                String[] kv = spec.split("=", 2);
                if (kv.length != 2 || kv[0].isBlank() || kv[1].isEmpty()) {
                    throw new InputException("--group", "", "expected NAME=REGEX, got \"" + spec + "\"");
                }
                try {
                    p.put(kv[0].trim(), Pattern.compile(kv[1]));
                } catch (PatternSyntaxException e) {
                    throw new InputException("--group", "", "not a regular expression: \"" + kv[1] + "\"");
                }
            }
            return GroupedImpacts.byNamePattern(m, p);
        }
        return GroupedImpacts.byModifierKind(m);
    }

    /** The element index of {@code name}, a free parameter of the model. */
    static int parameter(Model m, String name, String option) {
        String[] names = m.parameterNames();
        boolean[] fixed = m.suggestedFixed();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                if (fixed[i]) {
                    throw new InputException(option, "", "parameter \"" + name + "\" is fixed: nothing to scan");
                }
                return i;
            }
        }
        throw new InputException(option, "", "expected a parameter of the model, got \"" + name + "\"");
    }

    private static Map<String, List<String>> listsFromJson(Path file, String option) {
        JsonNode root;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InputException(file.toString(), "", "no such file (" + option + ")");
            }
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // The location on one line; Jackson's full message spans several.
            String where = e.getLocation() == null
                    ? ""
                    : "line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InputException(
                    file.toString(), where, "expected a JSON object (" + option + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read (" + option + "): " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file.toString(), "", "expected a JSON object of name -> list of names");
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isArray()) {
                throw new InputException(file.toString(), "/" + e.getKey(), "expected a list of names");
            }
            List<String> names = new ArrayList<>();
            for (JsonNode n : e.getValue()) {
                if (!n.isTextual()) {
                    throw new InputException(file.toString(), "/" + e.getKey(), "expected names (strings), got " + n);
                }
                names.add(n.asText());
            }
            out.put(e.getKey(), names);
        }
        return out;
    }
}

package io.upsilon.analysis.output.hepdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One HEPData table: its entry in {@code submission.yaml} (name, description, keywords, data file)
 * and its data file (independent and dependent variables, all with the same number of rows).
 *
 * @param name the table's name, e.g. "Upper limits on sigma"
 * @param description what the table shows
 * @param fileName the data file's name inside the submission directory, e.g. "limits.yaml"
 * @param keywords keyword name to values, e.g. "observables" to ["SIG"] (copied and sorted by name, so
 *     that the file does not depend on the iteration order of the map given, e.g. {@code Map.of})
 * @param independent the independent variables (copied)
 * @param dependent the dependent variables (copied)
 */
public record HepDataTable(
        String name,
        String description,
        String fileName,
        Map<String, List<String>> keywords,
        List<HepDataVariable> independent,
        List<HepDataVariable> dependent) {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_.-]+\\.yaml");

    /** Validates names, and that every variable has as many rows as the first. */
    public HepDataTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(fileName, "fileName");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a table needs a name");
        }
        if (!FILE_NAME.matcher(fileName).matches() || fileName.equals("submission.yaml")) {
            throw new IllegalArgumentException(
                    "table file name must be a plain *.yaml name other than submission.yaml, got " + fileName);
        }
        Map<String, List<String>> kw = new java.util.TreeMap<>();
        keywords.forEach((k, v) -> kw.put(Objects.requireNonNull(k), List.copyOf(v)));
        keywords = java.util.Collections.unmodifiableMap(kw);
        independent = List.copyOf(independent);
        dependent = List.copyOf(dependent);
        if (independent.isEmpty() || dependent.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs independent and dependent variables");
        }
        int rows = independent.get(0).size();
        for (HepDataVariable v : concat(independent, dependent)) {
            if (v.size() != rows) {
                throw new IllegalArgumentException(
                        "table " + name + ": variable " + v.name() + " has " + v.size() + " rows, expected " + rows);
            }
        }
    }

    private static List<HepDataVariable> concat(List<HepDataVariable> a, List<HepDataVariable> b) {
        List<HepDataVariable> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Number of rows. */
    public int rows() {
        return independent.get(0).size();
    }

    /** The document of this table in {@code submission.yaml}. */
    Map<String, Object> submissionEntry() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", description);
        if (!keywords.isEmpty()) {
            List<Object> kws = new ArrayList<>();
            keywords.forEach((k, v) -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", k);
                e.put("values", v);
                kws.add(e);
            });
            m.put("keywords", kws);
        }
        m.put("data_file", fileName);
        return m;
    }

    /** The content of the table's data file. */
    Map<String, Object> dataFile() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "independent_variables",
                independent.stream().map(HepDataVariable::toYamlMap).toList());
        m.put(
                "dependent_variables",
                dependent.stream().map(HepDataVariable::toYamlMap).toList());
        return m;
    }
}

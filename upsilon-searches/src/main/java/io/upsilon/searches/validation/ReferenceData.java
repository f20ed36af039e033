package io.upsilon.searches.validation;

import io.upsilon.core.error.InputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The published numbers of one publication, read from a tab-separated text file (one file per
 * publication, bundled under {@code io/upsilon/searches/validation/reference/}):
 *
 * <pre>
 * # header: the publication (first line), arXiv id, HEPData record, observable, units, errors
 * table	pi-prompt	HEPData Table 1, pi+-, prompt
 * 0.2	0.25	8.01	0.2209        (lower edge, upper edge, value, total uncertainty)
 * ...
 * </pre>
 *
 * Lines starting with {@code #} are comments; the header's first paragraph (up to the first empty
 * comment line) names the publication. Blank lines are ignored. A malformed file is an {@link InputException} naming the file and line.
 *
 * @param source the file name (for messages)
 * @param publication the header's first paragraph, on one line
 * @param header all header lines, without the {@code #}
 * @param tables the tables by id, in file order
 */
public record ReferenceData(
        String source, String publication, List<String> header, Map<String, ReferenceHistogram> tables) {
    /** Where the bundled files are, as a class-path resource directory. */
    public static final String RESOURCE_DIR = "/io/upsilon/searches/validation/reference/";

    /** Validates and copies. */
    public ReferenceData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(publication, "publication");
        header = List.copyOf(header);
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** The table with this id; an {@link InputException} if the file has none. */
    public ReferenceHistogram table(String id) {
        ReferenceHistogram t = tables.get(id);
        if (t == null) {
            throw new InputException(source, "table " + id, "expected a table named '" + id + "' in the file");
        }
        return t;
    }

    /** Reads a bundled file by name (e.g. {@code babar-2013-pi-k-p.tsv}). */
    public static ReferenceData resource(String name) {
        String path = RESOURCE_DIR + name;
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new InputException(path, "file", "expected a bundled reference-data file");
            }
            return read(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a file's text; {@code source} names it in messages. */
    public static ReferenceData read(String source, BufferedReader reader) throws IOException {
        List<String> header = new ArrayList<>();
        Map<String, ReferenceHistogram> tables = new LinkedHashMap<>();
        String id = null;
        String description = null;
        int tableLine = 0;
        List<double[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String where = "line " + number;
            if (line.startsWith("#")) {
                if (tables.isEmpty() && id == null) {
                    header.add(line.substring(1).strip());
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("table")) {
                if (id != null) {
                    add(tables, source, tableLine, id, description, header, rows);
                } else if (publication(header).isEmpty()) {
                    throw new InputException(source, where, "expected a '#' header naming the publication first");
                }
                if (f.length != 3 || f[1].isBlank() || f[2].isBlank()) {
                    throw new InputException(source, where, "expected 'table<TAB>id<TAB>description'");
                }
                id = f[1].strip();
                if (tables.containsKey(id)) {
                    throw new InputException(source, where, "table '" + id + "' is defined twice");
                }
                description = f[2].strip();
                tableLine = number;
                rows = new ArrayList<>();
                continue;
            }
            if (id == null) {
                if (publication(header).isEmpty()) {
                    throw new InputException(source, where, "expected a '#' header naming the publication first");
                }
                throw new InputException(source, where, "expected a 'table' line before the first data row");
            }
            if (f.length != 4) {
                throw new InputException(
                        source, where, "expected 4 tab-separated numbers (lo, hi, value, error), got " + f.length);
            }
            double[] row = new double[4];
            for (int k = 0; k < 4; k++) {
                try {
                    row[k] = Double.parseDouble(f[k].strip());
                } catch (NumberFormatException e) {
                    throw new InputException(
                            source, where, "expected a number in column " + (k + 1) + ", got '" + f[k] + "'");
                }
                if (!Double.isFinite(row[k])) {
                    throw new InputException(source, where, "expected a finite number in column " + (k + 1));
                }
            }
            if (!(row[1] > row[0])) {
                throw new InputException(source, where, "expected the upper bin edge above the lower one");
            }
            if (!rows.isEmpty() && row[0] < rows.get(rows.size() - 1)[1]) {
                throw new InputException(source, where, "expected bins in increasing order, not overlapping");
            }
            if (row[3] < 0) {
                throw new InputException(source, where, "expected a non-negative uncertainty");
            }
            rows.add(row);
        }
        if (id != null) {
            add(tables, source, tableLine, id, description, header, rows);
        }
        if (tables.isEmpty()) {
            throw new InputException(source, "end of file", "expected at least one table");
        }
        return new ReferenceData(source, publication(header), header, tables);
    }

    private static void add(
            Map<String, ReferenceHistogram> tables,
            String source,
            int tableLine,
            String id,
            String description,
            List<String> header,
            List<double[]> rows) {
        if (rows.isEmpty()) {
            throw new InputException(source, "line " + tableLine, "table '" + id + "' has no data rows");
        }
        int n = rows.size();
        double[] lo = new double[n];
        double[] hi = new double[n];
        double[] value = new double[n];
        double[] error = new double[n];
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            lo[i] = r[0];
            hi[i] = r[1];
            value[i] = r[2];
            error[i] = r[3];
        }
        tables.put(id, new ReferenceHistogram(id, description, publication(header), lo, hi, value, error));
    }

    /** The header's first paragraph (up to the first empty comment line), joined with spaces. */
    private static String publication(List<String> header) {
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            if (h.isEmpty()) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(h);
        }
        return sb.toString();
    }
}

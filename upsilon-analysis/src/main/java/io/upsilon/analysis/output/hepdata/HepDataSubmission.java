package io.upsilon.analysis.output.hepdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.upsilon.analysis.output.AtomicFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A HEPData submission: an overall comment and tables. {@link #write(Path)} writes {@code
 * submission.yaml} (first document: {@code comment}; then one document per table) and each table's
 * data file into a directory, each file atomically. Output depends only on the content (no time
 * stamps), so reruns are byte-identical.
 *
 * @param comment the overall description of the submission
 * @param tables the tables, in order (copied; file names must differ)
 */
public record HepDataSubmission(String comment, List<HepDataTable> tables) {

    /** Name of the index file. */
    public static final String SUBMISSION_FILE = "submission.yaml";

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    /** Validates: a comment, at least one table, distinct file names. */
    public HepDataSubmission {
        Objects.requireNonNull(comment, "comment");
        tables = List.copyOf(tables);
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("a submission needs at least one table");
        }
        Set<String> files = new HashSet<>();
        for (HepDataTable t : tables) {
            if (!files.add(t.fileName())) {
                throw new IllegalArgumentException("two tables write " + t.fileName());
            }
        }
    }

    /** The text of {@code submission.yaml}: one YAML document per entry, each starting with "---". */
    public String submissionYaml() {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("comment", comment);
        sb.append(yaml(head));
        for (HepDataTable t : tables) {
            sb.append(yaml(t.submissionEntry()));
        }
        return sb.toString();
    }

    /** The text of a table's data file. */
    public static String tableYaml(HepDataTable table) {
        return yaml(table.dataFile());
    }

    /**
     * Writes {@code submission.yaml} and the tables' files into {@code dir} (created if missing). To
     * make the whole directory appear at once, write into a {@link
     * io.upsilon.analysis.output.StagedDirectory}.
     */
    public void write(Path dir) {
        for (HepDataTable t : tables) {
            AtomicFiles.writeString(dir.resolve(t.fileName()), tableYaml(t));
        }
        AtomicFiles.writeString(dir.resolve(SUBMISSION_FILE), submissionYaml());
    }

    private static String yaml(Object doc) {
        try {
            return YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

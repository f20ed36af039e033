package io.upsilon.analysis.output.report;

import io.upsilon.analysis.output.AtomicFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained HTML page: a title, a description paragraph, a provenance block (ordered key →
 * value, shown under the title), a table of contents and the {@link Section}s in order.
 *
 * <p>{@link #render()} gives the page; figures are read then and embedded as base64 {@code data:}
 * URIs, the style sheet is inline, and a Content-Security-Policy forbids every other resource and
 * every script, so the page works offline and after being mailed or moved. Every text is
 * HTML-escaped. The page depends only on the inputs: no time stamps, and order is the caller's.
 *
 * <pre>{@code
 * HtmlReport.builder("Z' -> invisible")
 *         .description("Search for e+e- -> mu+mu- Z', Z' -> invisible ...")
 *         .provenance(SummaryProvenance.read(dir.resolve("summary.json")))
 *         .results("Results", List.of(CsvTables.read(dir.resolve("limits.csv"))))
 *         .cutFlow("Cut flow", MarkdownTables.read(dir.resolve("cutflow.md")))
 *         .figures("Figures", List.of(new Figure(dir.resolve("limits.png"), "90% CL upper limits")))
 *         .build()
 *         .write(dir.resolve("report.html"));
 * }</pre>
 */
public final class HtmlReport {
    private final String title;
    private final String description;
    private final Map<String, String> provenance;
    private final List<Section> sections;

    /**
     * @param title the page title (not blank)
     * @param description a paragraph under the title (may be empty)
     * @param provenance ordered key → value (keys not blank; may be empty)
     * @param sections the sections in page order (may be empty)
     */
    public HtmlReport(String title, String description, Map<String, String> provenance, List<Section> sections) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("report title must not be blank");
        }
        this.title = title;
        this.description = Objects.requireNonNull(description, "description");
        Map<String, String> p = new LinkedHashMap<>();
        provenance.forEach((k, v) -> {
            if (k == null || k.isBlank()) {
                throw new IllegalArgumentException("provenance keys must not be blank");
            }
            p.put(k, Objects.requireNonNull(v, () -> "provenance value of " + k));
        });
        this.provenance = Collections.unmodifiableMap(p);
        this.sections = List.copyOf(sections);
    }

    /** A builder for a page with this title. */
    public static Builder builder(String title) {
        return new Builder(title);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The provenance block, in the caller's order (unmodifiable). */
    public Map<String, String> provenance() {
        return provenance;
    }

    public List<Section> sections() {
        return sections;
    }

    /**
     * The page as HTML text (UTF-8, "\n" line ends). Reads the figures' PNG files.
     *
     * @throws io.upsilon.core.error.InputException if a figure cannot be read or is not a PNG file
     */
    public String render() {
        return new HtmlRenderer(this).render();
    }

    /** Writes {@link #render()} to {@code file} atomically (temporary file, then rename). */
    public void write(Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.writeString(file, render());
    }

    /** Collects the parts of a {@link HtmlReport}; sections appear in the order they are added. */
    public static final class Builder {
        private final String title;
        private String description = "";
        private final Map<String, String> provenance = new LinkedHashMap<>();
        private final List<Section> sections = new ArrayList<>();

        private Builder(String title) {
            this.title = title;
        }

        /** The paragraph under the title. */
        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            return this;
        }

        /**
         * Adds provenance entries in the map's iteration order (use a {@link LinkedHashMap}); values
         * are shown as {@link String#valueOf(Object)}, a later entry replaces an earlier one of the
         * same key in place.
         */
        public Builder provenance(Map<String, ?> entries) {
            entries.forEach((k, v) -> provenance.put(k, String.valueOf(Objects.requireNonNull(v, k))));
            return this;
        }

        /** Adds one provenance entry. */
        public Builder provenance(String key, Object value) {
            provenance.put(key, String.valueOf(Objects.requireNonNull(value, key)));
            return this;
        }

        /** Adds a section. */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /** Adds a results section. */
        public Builder results(String heading, List<Table> tables) {
            return section(TableSection.results(heading, tables));
        }

        /** Adds a cut-flow section. */
        public Builder cutFlow(String heading, List<Table> tables) {
            return section(TableSection.cutFlow(heading, tables));
        }

        /** Adds a section of figures. */
        public Builder figures(String heading, List<Figure> figures) {
            return section(new FigureSection(heading, figures));
        }

        /** Adds a section of paragraphs. */
        public Builder paragraphs(String heading, String... paragraphs) {
            return section(new TextSection(heading, List.of(paragraphs)));
        }

        /** The page. */
        public HtmlReport build() {
            return new HtmlReport(title, description, provenance, sections);
        }
    }
}

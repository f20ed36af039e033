package io.upsilon.analysis.output.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one call a search makes to write its {@code report.html}: title and description, the
 * provenance block, then the sections "Results", "Cut flow" and "Figures" (each left out when it
 * has nothing to show).
 *
 * <p>The inputs usually come from files the search has just written:
 *
 * <pre>{@code
 * SearchReport.write(
 *         dir,
 *         "Z' -> invisible (quick mode)",
 *         "Search for e+e- -> mu+mu- Z', Z' -> invisible, in 79.7 fb^-1 of simulated Belle II data.",
 *         List.of(new Figure(dir.resolve("limits.png"), "90% CL upper limits on sigma x BR")),
 *         List.of(CsvTables.read(dir.resolve("limits.csv")).withCaption("Upper limits (limits.csv)")),
 *         MarkdownTables.read(dir.resolve("cutflow.md")),
 *         SummaryProvenance.read(dir.resolve("summary.json")));
 * }</pre>
 */
public final class SearchReport {
    /** The page's file name in a run's output directory. */
    public static final String FILE_NAME = "report.html";

    private SearchReport() {}

    /**
     * Writes {@value #FILE_NAME} into {@code outputDirectory} (atomically; the directory is created
     * if missing).
     *
     * @param outputDirectory the run's output directory (or its staging directory)
     * @param title the page title
     * @param description a paragraph under the title: what was searched for, with which data
     * @param figures the PNG plots to show, in order, with captions
     * @param results the results tables (limits, fitted values), in order
     * @param cutFlow the cut-flow tables, in order
     * @param provenance ordered key → value (version, git commit, seed, SHA-256 of card and
     *     configuration, JVM), e.g. from {@link SummaryProvenance#read}
     * @return the file written
     * @throws io.upsilon.core.error.InputException if a figure cannot be read or is not a PNG file
     */
    public static Path write(
            Path outputDirectory,
            String title,
            String description,
            List<Figure> figures,
            List<Table> results,
            List<Table> cutFlow,
            Map<String, ?> provenance) {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        HtmlReport.Builder b =
                HtmlReport.builder(title).description(description).provenance(provenance);
        if (!results.isEmpty()) {
            b.results("Results", results);
        }
        if (!cutFlow.isEmpty()) {
            b.cutFlow("Cut flow", cutFlow);
        }
        if (!figures.isEmpty()) {
            b.figures("Figures", figures);
        }
        Path file = outputDirectory.resolve(FILE_NAME);
        b.build().write(file);
        return file;
    }
}

package io.upsilon.searches;

import io.upsilon.analysis.output.AtomicFiles;
import io.upsilon.analysis.output.StagedDirectory;
import io.upsilon.analysis.output.plot.PlotFormat;
import io.upsilon.analysis.output.plot.PlotLabels;
import io.upsilon.analysis.output.plot.PlotWriter;
import io.upsilon.analysis.output.provenance.SummaryJson;
import io.upsilon.analysis.output.report.CsvTables;
import io.upsilon.analysis.output.report.Figure;
import io.upsilon.analysis.output.report.SearchReport;
import io.upsilon.analysis.output.report.Table;
import io.upsilon.stats.workspace.Workspace;
import io.upsilon.stats.workspace.WorkspaceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * The outputs every search writes, written the same way: into a staged directory that replaces the
 * output directory in one rename when everything is written (nothing half-written on failure),
 * with {@code cutflow.md}/{@code cutflow.csv} from a {@link CutFlowTable}, the pyhf workspaces in
 * {@code workspaces/}, {@code summary.json} (provenance, the run, the samples, then the search's
 * own numbers; no times, so that the same inputs give the same bytes), the search's own files (result tables, plots, HEPData), and {@code report.html}:
 * one self-contained page with the provenance, the results table, the cut flow and every PNG plot
 * (the ones the search names first, with their captions). The terminal summary starts with {@link
 * #terminalHeader}.
 */
public final class SearchOutput {
    /** Writes a search's own files into the staged directory. */
    @FunctionalInterface
    public interface FileWriter {
        /** Writes into {@code dir} (through {@link AtomicFiles}). */
        void write(Path dir);
    }

    private final RunContext ctx;
    private final String title;
    private final String description;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> resultCsvs = new ArrayList<>();
    private final List<Table> resultTables = new ArrayList<>();
    private final List<SampleOutcome<?>> samples = new ArrayList<>();
    private final Map<String, Workspace> workspaces = new LinkedHashMap<>();
    private final List<FileWriter> files = new ArrayList<>();
    private CutFlowTable cutFlow;
    private String cutFlowExtra = "";
    private Map<String, ?> summary = Map.of();

    private SearchOutput(RunContext ctx, String title, String description) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.title = Objects.requireNonNull(title, "title");
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * The outputs of the run {@code ctx} of the search titled {@code title} (e.g. "tau -> l alpha"),
     * described on the report page by {@code description} (what was searched for, in which data).
     */
    public static SearchOutput of(RunContext ctx, String title, String description) {
        return new SearchOutput(ctx, title, description);
    }

    /** A plot the search writes ({@code NAME.png}), shown on the report page with {@code caption}. */
    public SearchOutput figure(String pngFileName, String caption) {
        figures.put(pngFileName, caption);
        return this;
    }

    /** A CSV file the search writes whose table is the page's results (e.g. {@code limits.csv}). */
    public SearchOutput resultsCsv(String csvFileName) {
        resultCsvs.add(csvFileName);
        return this;
    }

    /** A results table for the page (e.g. the headline numbers of a {@code result.json}). */
    public SearchOutput resultsTable(Table table) {
        resultTables.add(Objects.requireNonNull(table, "table"));
        return this;
    }

    /** Samples listed in the summary and the terminal, in order. */
    public SearchOutput samples(List<? extends SampleOutcome<?>> outcomes) {
        samples.addAll(outcomes);
        return this;
    }

    /** The cut flow, and markdown appended to {@code cutflow.md} (e.g. a classifier table; "" for none). */
    public SearchOutput cutFlow(CutFlowTable table, String extraMarkdown) {
        this.cutFlow = Objects.requireNonNull(table, "table");
        this.cutFlowExtra = Objects.requireNonNull(extraMarkdown, "extraMarkdown");
        return this;
    }

    /** A pyhf workspace, written as {@code workspaces/NAME.json}. */
    public SearchOutput workspace(String name, Workspace ws) {
        if (workspaces.put(name, Objects.requireNonNull(ws, "ws")) != null) {
            throw new IllegalArgumentException("workspace " + name + " added twice");
        }
        return this;
    }

    /** The search's own files. */
    public SearchOutput files(FileWriter writer) {
        files.add(Objects.requireNonNull(writer, "writer"));
        return this;
    }

    /** The search's own part of {@code summary.json} (after the run and sample entries). */
    public SearchOutput summary(Map<String, ?> body) {
        this.summary = Objects.requireNonNull(body, "body");
        return this;
    }

    /** Writes everything into the run's output directory, replacing it only when all is written. */
    public void write() {
        if (cutFlow == null) {
            throw new IllegalStateException("a search's outputs need its cut flow");
        }
        try (StagedDirectory dir = AtomicFiles.stage(ctx.out())) {
            Path d = dir.path();
            AtomicFiles.writeString(d.resolve("cutflow.csv"), cutFlow.csv());
            AtomicFiles.writeString(d.resolve("cutflow.md"), cutFlow.markdown(cutFlowExtra));
            if (!workspaces.isEmpty()) {
                Path w = d.resolve("workspaces");
                createDirectories(w);
                workspaces.forEach(
                        (name, ws) -> AtomicFiles.writeString(w.resolve(name + ".json"), WorkspaceWriter.toJson(ws)));
            }
            for (FileWriter f : files) {
                f.write(d);
            }
            SummaryJson.write(d.resolve("summary.json"), ctx.provenance(), summaryMap());
            writeReportPage(d);
            dir.commit();
        }
    }

    private void writeReportPage(Path d) {
        List<Table> results = new ArrayList<>();
        for (String csv : resultCsvs) {
            results.add(CsvTables.read(d.resolve(csv)).withCaption(csv));
        }
        results.addAll(resultTables);
        List<Table> cuts = new ArrayList<>();
        for (String ch : cutFlow.channels()) {
            List<List<String>> rows = cutFlow.rows(ch);
            cuts.add(Table.of(rows.get(0), rows.subList(1, rows.size()))
                    .withCaption(ch.isEmpty() ? "cut flow" : "channel " + ch)
                    .withNotes(List.of(cutFlow.introduction())));
        }
        List<Figure> figs = new ArrayList<>();
        figures.forEach((file, caption) -> figs.add(new Figure(d.resolve(file), caption)));
        for (String png : pngFiles(d)) {
            if (!figures.containsKey(png)) {
                figs.add(new Figure(d.resolve(png), png));
            }
        }
        SearchReport.write(
                d,
                "Upsilon: " + title + (ctx.quick() ? " (quick mode)" : ""),
                description,
                figs,
                results,
                cuts,
                ctx.provenance().toMap());
    }

    /** Writes {@code chart} as {@code NAME.png} and {@code NAME.pdf} into {@code dir}. */
    public static void writePlot(Path dir, JFreeChart chart, String name) {
        new PlotWriter().write(chart, dir, name, EnumSet.of(PlotFormat.PNG, PlotFormat.PDF));
    }

    private static List<String> pngFiles(Path d) {
        try (var files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> summaryMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analysis", ctx.name());
        m.put("quick", ctx.quick());
        m.put("luminosity_fb", ctx.luminosityFb());
        m.put("beam", ctx.beam().name());
        m.put("sqrt_s_gev", ctx.beam().sqrtS());
        List<Map<String, Object>> s = new ArrayList<>();
        for (SampleOutcome<?> o : samples) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", o.name());
            e.put("label", o.label());
            e.put("generated_events", o.generatedEvents());
            s.add(e);
        }
        m.put("samples", s);
        if (!ctx.decayFiles().isEmpty()) {
            m.put("decay_files", ctx.decayFiles()); // the overlays' SHA-256: provenance of the samples
        }
        m.put("cut_flow_final", cutFlowFinal());
        m.putAll(summary);
        return m;
    }

    /**
     * Per channel and sample, the last cut-flow step: expected events at the luminosity (of all
     * generated, and selected, with the Monte Carlo error), selected Monte Carlo events, efficiency.
     */
    private Map<String, Object> cutFlowFinal() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String ch : cutFlow.channels()) {
            Map<String, Object> bySample = new LinkedHashMap<>();
            for (CutFlowTable.Column c : cutFlow.columns(ch)) {
                CutFlow f = c.flow();
                int last = f.steps().size() - 1;
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("expected_events_total", f.weight(0));
                e.put("expected_events_selected", f.weight(last));
                e.put("expected_events_selected_err", f.weightError(last));
                e.put("selected_mc_events", f.count(last));
                e.put("efficiency", f.efficiency(last));
                bySample.put(c.name(), e);
            }
            out.put(ch.isEmpty() ? "all" : ch, bySample);
        }
        return out;
    }

    /**
     * The first lines of the terminal summary: "TITLE, L fb^-1 (quick): WHAT in N s" and one line
     * per sample group (samples whose names share the part before a '/' or ' ' are summed, so a
     * signal grid is one line).
     */
    public String terminalHeader(String what) {
        StringBuilder b = new StringBuilder(String.format(
                Locale.ROOT,
                "%s, %s fb^-1%s: %s in %.0f s%n",
                title,
                PlotLabels.formatNumber(ctx.luminosityFb()),
                ctx.quick() ? " (quick)" : "",
                what,
                ctx.seconds()));
        Map<String, long[]> events = new LinkedHashMap<>();
        Map<String, double[]> seconds = new LinkedHashMap<>();
        for (SampleOutcome<?> o : samples) {
            String group = o.name().split("[/ ]", 2)[0];
            events.computeIfAbsent(group, k -> new long[1])[0] += o.generatedEvents();
            seconds.computeIfAbsent(group, k -> new double[1])[0] += o.seconds();
        }
        events.forEach((g, n) -> b.append(
                String.format(Locale.ROOT, "  %-11s %,14d events generated in %6.1f s%n", g, n[0], seconds.get(g)[0])));
        return b.toString();
    }

    private static void createDirectories(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

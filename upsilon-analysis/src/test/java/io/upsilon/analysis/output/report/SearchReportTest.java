package io.upsilon.analysis.output.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchReportTest {
    @TempDir
    Path dir;

    @Test
    void writesReportHtmlWithSectionsInOrder() throws Exception {
        Path png = TestPngs.write(dir.resolve("limits.png"), 40, 30);
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("seed", 1);
        Path out = dir.resolve("run");
        Path file = SearchReport.write(
                out,
                "Z' -> invisible",
                "A search.",
                List.of(new Figure(png, "limits")),
                List.of(Table.of(List.of("m"), List.of(List.of("1")))),
                List.of(Table.of(List.of("step"), List.of(List.of("generated")))),
                prov);
        assertThat(file).isEqualTo(out.resolve("report.html")).isRegularFile();
        String html = Files.readString(file);
        int results = html.indexOf("<h2>1. Results</h2>");
        int cutFlow = html.indexOf("<h2>2. Cut flow</h2>");
        int figures = html.indexOf("<h2>3. Figures</h2>");
        assertThat(html.indexOf("<th scope=\"row\">seed</th><td>1</td>"))
                .isPositive()
                .isLessThan(results);
        assertThat(results).isPositive().isLessThan(cutFlow);
        assertThat(cutFlow).isLessThan(figures);
        assertThat(html).contains("<table class=\"data results\"").contains("<table class=\"data cutflow\"");
        // No temporary file left beside it (AtomicFiles renames into place).
        try (var files = Files.list(out)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void emptyPartsAreLeftOut() throws Exception {
        Path file = SearchReport.write(dir, "T", "", List.of(), List.of(), List.of(), Map.of());
        String html = Files.readString(file);
        assertThat(html).doesNotContain("<section").doesNotContain("<nav").doesNotContain("class=\"description\"");
        assertThat(html).contains("<h1>T</h1>");
    }
}

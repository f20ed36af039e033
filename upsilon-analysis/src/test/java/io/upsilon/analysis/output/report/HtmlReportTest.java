package io.upsilon.analysis.output.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.upsilon.core.error.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    private static final String EVIL = "<script>alert('x')</script> & \"q\"";
    private static final String EVIL_ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;";

    @TempDir
    Path dir;

    private HtmlReport report(Path png) {
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("upsilon_version", "0.1.0-SNAPSHOT");
        prov.put("seed", 42L);
        prov.put("note " + EVIL, EVIL);
        Table results = Table.of(
                        List.of("mass_gev", "limit & note"),
                        List.of(List.of("1.00000", "24.38"), List.of("3.00000", EVIL)))
                .withCaption("limits " + EVIL);
        Table flow = Table.of(
                List.of("step", "tautau"),
                List.of(List.of("generated", "5.754e+07 ± 1.2e+05"), List.of("L1 trigger", "9.301e+06 ± 4.8e+04")));
        return HtmlReport.builder("Title " + EVIL)
                .description("Description " + EVIL)
                .provenance(prov)
                .results("Results " + EVIL, List.of(results))
                .cutFlow("Cut flow", List.of(flow.withNotes(List.of("note " + EVIL))))
                .figures("Figures", List.of(new Figure(png, "caption " + EVIL)))
                .paragraphs("Notes", "paragraph " + EVIL)
                .build();
    }

    @Test
    void everyTextIsEscaped() {
        String html = report(TestPngs.write(dir.resolve("p.png"), 30, 20)).render();
        // The only way "<script" could appear is unescaped caller text: the page itself has no scripts.
        assertThat(html).doesNotContain("<script").doesNotContain("alert('x')");
        assertThat(html)
                .contains("<title>Title " + EVIL_ESCAPED + "</title>")
                .contains("<h1>Title " + EVIL_ESCAPED + "</h1>")
                .contains("<p class=\"description\">Description " + EVIL_ESCAPED + "</p>")
                .contains("<th scope=\"row\">note " + EVIL_ESCAPED + "</th><td>" + EVIL_ESCAPED + "</td>")
                .contains("<th scope=\"col\" class=\"w\">limit &amp; note</th>")
                .contains("<td class=\"w\">" + EVIL_ESCAPED + "</td>")
                .contains("</span> limits " + EVIL_ESCAPED + "</caption>")
                .contains("<p class=\"note\">note " + EVIL_ESCAPED + "</p>")
                .contains("alt=\"caption " + EVIL_ESCAPED + "\"")
                .contains("<p>paragraph " + EVIL_ESCAPED + "</p>")
                .contains("Results " + EVIL_ESCAPED + "</a>");
        // Every '&' in the page starts a character reference (none left bare from caller text).
        Matcher bare = Pattern.compile("&(?!(amp|lt|gt|quot|#39);)").matcher(html);
        assertThat(bare.find()).as("bare & in the page").isFalse();
    }

    @Test
    void controlCharactersBecomeReplacementCharacters() {
        assertThat(Html.escape("a\u0000b\u0007c\td\ne\u007f")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\uFFFD");
    }

    @Test
    void sameInputsGiveByteIdenticalFiles() throws Exception {
        Path png = TestPngs.write(dir.resolve("p.png"), 30, 20);
        Path a = dir.resolve("a/report.html");
        Path b = dir.resolve("b/report.html");
        report(png).write(a);
        report(png).write(b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(Files.readString(a)).isEqualTo(report(png).render());
    }

    @Test
    void pngIsEmbeddedAsBase64DataUriWithItsSize() throws Exception {
        Path png = TestPngs.write(dir.resolve("plot.png"), 37, 23);
        String html = report(png).render();
        Matcher m = Pattern.compile(
                        "<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\" height=\"(\\d+)\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(Base64.getDecoder().decode(m.group(1))).isEqualTo(Files.readAllBytes(png));
        assertThat(m.group(2)).isEqualTo("37");
        assertThat(m.group(3)).isEqualTo("23");
        assertThat(m.find()).as("exactly one image").isFalse();
        assertThat(html).contains("<span class=\"file\">plot.png</span>");
        // The page must not need the file any more.
        Files.delete(png);
        assertThat(html).doesNotContain(dir.toString());
    }

    @Test
    void pageRefersToNothingOutsideItself() {
        String html = report(TestPngs.write(dir.resolve("p.png"), 30, 20)).render();
        assertThat(html)
                .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
                        + " style-src 'unsafe-inline'\">")
                .doesNotContain("http://")
                .doesNotContain("https://")
                .doesNotContain("url(")
                .doesNotContain("@import")
                .doesNotContain("<link");
        Matcher src = Pattern.compile("(src|href)=\"([^\"]*)\"").matcher(html);
        List<String> refs = new ArrayList<>();
        while (src.find()) {
            refs.add(src.group(2));
        }
        assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r).matches("data:image/png;base64,.*|#[a-z0-9-]+"));
    }

    @Test
    void contentsLinkToUniqueSectionIdsInOrder() {
        Table t = Table.of(List.of("a"), List.of(List.of("1")));
        String html = HtmlReport.builder("T")
                .results("Results", List.of(t))
                .results("Results", List.of(t))
                .paragraphs("Über & weiter", "x")
                .build()
                .render();
        assertThat(html)
                .contains("<li><a href=\"#sec-results\">Results</a></li>\n"
                        + "<li><a href=\"#sec-results-2\">Results</a></li>\n"
                        + "<li><a href=\"#sec-ber-weiter\">Über &amp; weiter</a></li>")
                .contains("<section id=\"sec-results\">\n<h2>1. Results</h2>")
                .contains("<section id=\"sec-results-2\">\n<h2>2. Results</h2>")
                .contains("<section id=\"sec-ber-weiter\">\n<h2>3. Über &amp; weiter</h2>")
                .contains("<span class=\"label\">Table 1.</span></caption>")
                .contains("<span class=\"label\">Table 2.</span></caption>");
        assertThat(html.indexOf("<nav class=\"toc\"")).isLessThan(html.indexOf("<main>"));
    }

    @Test
    void numericColumnsAreRightAligned() {
        Table t = Table.of(
                List.of("step", "events", "eff", "mixed"),
                List.of(
                        List.of("generated", "5.754e+07 ± 1.2e+05", "100.00%", "1.0"),
                        List.of("L1 trigger", "-", "6.35%", "bdt")));
        assertThat(t.alignments()).containsExactly(Alignment.LEFT, Alignment.RIGHT, Alignment.RIGHT, Alignment.LEFT);
        String html = HtmlReport.builder("T").results("R", List.of(t)).build().render();
        assertThat(html)
                .contains("<tr><th scope=\"col\">step</th><th scope=\"col\" class=\"r\">events</th>")
                .contains("<tr><td>generated</td><td class=\"r\">5.754e+07 ± 1.2e+05</td><td class=\"r\">100.00%</td>"
                        + "<td>1.0</td></tr>");
    }

    @Test
    void longTextColumnsGetAMinimumWidthClass() {
        // ZPrimeReport's BDT table ends in a column of long text, which a too-wide table squeezes.
        Table t = Table.of(
                List.of("region", "B pass fraction per sample"),
                List.of(List.of("0.5-2", "mumu 0.208 ± 15%, tautau 0.0407 ± 22%, eemumu 0.0189 ± 90%")));
        String html = HtmlReport.builder("T").results("R", List.of(t)).build().render();
        assertThat(html)
                .contains("<tr><td class=\"r\">0.5-2</td><td class=\"w\">mumu 0.208")
                .contains("<th scope=\"col\" class=\"w\">B pass fraction per sample</th>");
    }

    @Test
    void provenanceKeepsTheCallersOrder() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("z", "1");
        p.put("a", "2");
        p.put("m", "3");
        String html = HtmlReport.builder("T").provenance(p).build().render();
        assertThat(html.indexOf("<th scope=\"row\">z</th>"))
                .isPositive()
                .isLessThan(html.indexOf("<th scope=\"row\">a</th>"));
        assertThat(html.indexOf("<th scope=\"row\">a</th>")).isLessThan(html.indexOf("<th scope=\"row\">m</th>"));
    }

    @Test
    void figureThatIsNotAPngIsAnInputErrorNamingTheFile() throws Exception {
        Path fake = dir.resolve("fake.png");
        Files.writeString(fake, "GIF89a not a png at all", StandardCharsets.US_ASCII);
        HtmlReport r = HtmlReport.builder("T")
                .figures("F", List.of(new Figure(fake, "c")))
                .build();
        assertThatThrownBy(r::render)
                .isInstanceOf(InputException.class)
                .hasMessageContaining(fake.toString())
                .hasMessageContaining("expected a PNG image");
        HtmlReport missing = HtmlReport.builder("T")
                .figures("F", List.of(new Figure(dir.resolve("absent.png"), "c")))
                .build();
        assertThatThrownBy(missing::render).isInstanceOf(InputException.class).hasMessageContaining("absent.png");
    }

    @Test
    void constructorsRejectMalformedParts() {
        assertThatThrownBy(() -> HtmlReport.builder(" ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Table.of(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 1 has 1 cells, the header has 2");
        assertThatThrownBy(() -> Table.of(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableSection.results("R", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSection("", List.of("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextSection("T", List.of(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FigureSection("F", List.of())).isInstanceOf(IllegalArgumentException.class);
        Map<String, String> blankKey = new LinkedHashMap<>();
        blankKey.put(" ", "v");
        assertThatThrownBy(() -> new HtmlReport("T", "", blankKey, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

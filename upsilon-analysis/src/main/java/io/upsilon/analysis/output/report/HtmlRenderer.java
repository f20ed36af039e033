package io.upsilon.analysis.output.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns a {@link HtmlReport} into HTML text; one instance per rendering (it numbers tables and figures). */
final class HtmlRenderer {
    /**
     * No resource but inline styles and {@code data:} images, no scripts: the page cannot reach the
     * network, and a cell that escaped escaping still could not run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

    private static final String CSS = loadCss();

    /** Cells longer than this many characters make a text column "wide" (see {@link #columnClasses}). */
    private static final int LONG_TEXT = 30;

    private final HtmlReport report;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Set<String> usedIds = new HashSet<>();
    private int tableNumber;
    private int figureNumber;

    HtmlRenderer(HtmlReport report) {
        this.report = report;
    }

    String render() {
        List<Section> sections = report.sections();
        List<String> ids = sections.stream().map(s -> uniqueId(s.heading())).toList();
        line("<!DOCTYPE html>");
        line("<html lang=\"en\">");
        line("<head>");
        line("<meta charset=\"utf-8\">");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">");
        line("<meta name=\"generator\" content=\"Upsilon\">");
        line("<title>" + Html.escape(report.title()) + "</title>");
        line("<style>");
        out.append(CSS);
        line("</style>");
        line("</head>");
        line("<body>");
        header();
        contents(sections, ids);
        line("<main>");
        for (int i = 0; i < sections.size(); i++) {
            section(i + 1, sections.get(i), ids.get(i));
        }
        line("</main>");
        line("<footer>Written by Upsilon. This page is self-contained: the figures are embedded and nothing is"
                + " loaded from the network.</footer>");
        line("</body>");
        line("</html>");
        return out.toString();
    }

    private void header() {
        line("<header>");
        line("<h1>" + Html.escape(report.title()) + "</h1>");
        if (!report.description().isBlank()) {
            line("<p class=\"description\">" + Html.escape(report.description()) + "</p>");
        }
        Map<String, String> provenance = report.provenance();
        if (!provenance.isEmpty()) {
            line("<section id=\"provenance\" aria-label=\"Provenance\">");
            line("<h2>Provenance</h2>");
            line("<table class=\"provenance\">");
            line("<tbody>");
            provenance.forEach((k, v) ->
                    line("<tr><th scope=\"row\">" + Html.escape(k) + "</th><td>" + Html.escape(v) + "</td></tr>"));
            line("</tbody>");
            line("</table>");
            line("</section>");
        }
        line("</header>");
    }

    private void contents(List<Section> sections, List<String> ids) {
        if (sections.isEmpty()) {
            return;
        }
        line("<nav class=\"toc\" aria-label=\"Contents\">");
        line("<h2>Contents</h2>");
        line("<ol>");
        for (int i = 0; i < sections.size(); i++) {
            line("<li><a href=\"#" + ids.get(i) + "\">"
                    + Html.escape(sections.get(i).heading()) + "</a></li>");
        }
        line("</ol>");
        line("</nav>");
    }

    private void section(int number, Section section, String id) {
        line("<section id=\"" + id + "\">");
        line("<h2>" + number + ". " + Html.escape(section.heading()) + "</h2>");
        // Java 17: no pattern matching in switch yet; the interface is sealed, so these are all kinds.
        if (section instanceof TableSection t) {
            t.tables().forEach(table -> table(table, t.kind()));
        } else if (section instanceof FigureSection f) {
            figures(f.figures());
        } else if (section instanceof TextSection t) {
            t.paragraphs().forEach(p -> line("<p>" + Html.escape(p) + "</p>"));
        }
        line("</section>");
    }

    private void table(Table table, TableKind kind) {
        tableNumber++;
        List<String> classes = columnClasses(table);
        line("<div class=\"table-wrap\">");
        line("<table class=\"data " + kind.cssClass() + "\" id=\"table-" + tableNumber + "\">");
        String caption = table.caption().isBlank() ? "" : " " + Html.escape(table.caption());
        line("<caption><span class=\"label\">Table " + tableNumber + ".</span>" + caption + "</caption>");
        line("<thead>");
        row("th", table.header(), classes);
        line("</thead>");
        line("<tbody>");
        for (List<String> r : table.rows()) {
            row("td", r, classes);
        }
        line("</tbody>");
        line("</table>");
        line("</div>");
        for (String note : table.notes()) {
            line("<p class=\"note\">" + Html.escape(note) + "</p>");
        }
    }

    /**
     * The CSS class of each column: its alignment, and "w" (a minimum width) for left-aligned columns
     * of long text, which a table too wide for the page would otherwise squeeze to one word per line.
     */
    private static List<String> columnClasses(Table table) {
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < table.header().size(); c++) {
            Alignment a = table.alignments().get(c);
            int longest = 0;
            for (List<String> r : table.rows()) {
                longest = Math.max(longest, r.get(c).length());
            }
            classes.add(a == Alignment.LEFT && longest > LONG_TEXT ? "w" : a.cssClass());
        }
        return classes;
    }

    private void row(String cell, List<String> cells, List<String> classes) {
        out.append("<tr>");
        for (int c = 0; c < cells.size(); c++) {
            String css = classes.get(c);
            out.append('<').append(cell);
            if (cell.equals("th")) {
                out.append(" scope=\"col\"");
            }
            if (!css.isEmpty()) {
                out.append(" class=\"").append(css).append('"');
            }
            out.append('>')
                    .append(Html.escape(cells.get(c)))
                    .append("</")
                    .append(cell)
                    .append('>');
        }
        line("</tr>");
    }

    private void figures(List<Figure> figures) {
        line("<div class=\"figures\">");
        for (Figure f : figures) {
            figureNumber++;
            PngImage png = PngImage.read(f.png());
            String fileName = f.png().getFileName().toString();
            String alt = f.caption().isBlank() ? fileName : f.caption();
            line("<figure id=\"figure-" + figureNumber + "\">");
            line("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.bytes())
                    + "\" width=\"" + png.width() + "\" height=\"" + png.height() + "\" alt=\"" + Html.escape(alt)
                    + "\">");
            String caption = f.caption().isBlank() ? "" : " " + Html.escape(f.caption());
            line("<figcaption><span class=\"label\">Figure " + figureNumber + ".</span>" + caption
                    + "<span class=\"file\">" + Html.escape(fileName) + "</span></figcaption>");
            line("</figure>");
        }
        line("</div>");
    }

    /** "sec-" and the heading's letters and digits joined by hyphens, made unique with "-2", "-3", .... */
    private String uniqueId(String heading) {
        String slug =
                heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String base = "sec-" + (slug.isEmpty() ? "section" : slug);
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String loadCss() {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}

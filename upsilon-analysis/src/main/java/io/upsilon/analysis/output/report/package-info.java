/**
 * {@code report.html}: one self-contained HTML page per run, the page a physicist opens first.
 *
 * <p>The model is {@link io.upsilon.analysis.output.report.HtmlReport} (title, description,
 * provenance block, ordered {@link io.upsilon.analysis.output.report.Section}s: {@link
 * io.upsilon.analysis.output.report.TableSection} for results and cut flows, {@link
 * io.upsilon.analysis.output.report.FigureSection} for PNG plots, {@link
 * io.upsilon.analysis.output.report.TextSection} for paragraphs). Figures are embedded as base64
 * {@code data:} URIs and the style sheet is inline, so the page needs no network and survives being
 * mailed or moved; a Content-Security-Policy forbids any other resource and any script. All text is
 * HTML-escaped and the output depends only on the inputs (no time stamps), so the same run gives a
 * byte-identical page.
 *
 * <p>The tables the searches already write are read back by {@link
 * io.upsilon.analysis.output.report.MarkdownTables} ({@code cutflow.md}) and {@link
 * io.upsilon.analysis.output.report.CsvTables} ({@code limits.csv}, {@code cutflow.csv}); the
 * provenance block comes from {@code summary.json} via {@link
 * io.upsilon.analysis.output.report.SummaryProvenance}. A search writes its page with the one call
 * {@link io.upsilon.analysis.output.report.SearchReport#write}.
 */
package io.upsilon.analysis.output.report;

package io.upsilon.analysis.output.report;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the pipe tables of a markdown file such as a search's {@code cutflow.md}.
 *
 * <p>A table is a header row of {@code |}-separated cells, a delimiter row ({@code |---|---:|}; a
 * colon on the right means right-aligned, on both sides centred) and body rows, as in the GitHub
 * Flavored Markdown specification (version 0.29-gfm, section 4.10 "Tables"); {@code \|} is a pipe
 * inside a cell. Unlike GFM, every row must have exactly as many cells as the header: a table the
 * searches wrote never differs, so a difference means the file is broken.
 *
 * <p>Each table's caption is the nearest heading ({@code #}, {@code ##}, ...) above it. The text
 * paragraphs become table notes, so what the numbers mean is not lost: a paragraph belongs to the
 * last table above it under the same heading, else to the next table below it, else to the last
 * table of the file.
 */
public final class MarkdownTables {
    private static final Pattern HEADING = Pattern.compile("#{1,6}(\\s.*)?");
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");

    private MarkdownTables() {}

    /**
     * The tables of a markdown file, in file order.
     *
     * @throws InputException if the file cannot be read, has no table, or a table is malformed (the
     *     message names the file and line)
     */
    public static List<Table> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read the markdown file: " + e, e);
        }
        return parse(text, file.toString());
    }

    /**
     * The tables of markdown text.
     *
     * @param text the markdown
     * @param source the file name (or other origin) for error messages
     * @throws InputException if there is no table or a table is malformed
     */
    public static List<Table> parse(String text, String source) {
        String[] lines = text.split("\r?\n", -1);
        List<Parsed> tables = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        String heading = "";
        int headingIndex = 0;
        StringBuilder paragraph = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i].strip();
            boolean isHeading = HEADING.matcher(line).matches();
            if (line.isEmpty() || isHeading || line.startsWith("|")) {
                if (paragraph.length() > 0) {
                    paragraphs.add(new Paragraph(paragraph.toString(), headingIndex, tables.size()));
                    paragraph.setLength(0);
                }
            }
            if (isHeading) {
                heading = line.replaceAll("^#+", "").replaceAll("\\s#+$", "").strip();
                headingIndex++;
                i++;
            } else if (line.startsWith("|")) {
                i = table(lines, i, source, heading, headingIndex, tables);
            } else {
                if (!line.isEmpty()) {
                    paragraph.append(paragraph.length() > 0 ? " " : "").append(line);
                }
                i++;
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(new Paragraph(paragraph.toString(), headingIndex, tables.size()));
        }
        if (tables.isEmpty()) {
            throw new InputException(
                    source, "", "expected at least one markdown pipe table (| a | b |, then |---|---|)");
        }
        List<List<String>> notes = new ArrayList<>();
        tables.forEach(t -> notes.add(new ArrayList<>()));
        for (Paragraph p : paragraphs) {
            notes.get(owner(p, tables)).add(p.text());
        }
        List<Table> result = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            result.add(tables.get(t).table().withNotes(notes.get(t)));
        }
        return List.copyOf(result);
    }

    /** The index of the table a paragraph belongs to (rule in the class comment). */
    private static int owner(Paragraph p, List<Parsed> tables) {
        int before = p.tablesBefore() - 1;
        if (before >= 0 && tables.get(before).headingIndex() == p.headingIndex()) {
            return before;
        }
        return p.tablesBefore() < tables.size() ? p.tablesBefore() : tables.size() - 1;
    }

    /** Parses the table starting at line {@code start}; returns the index of the first line after it. */
    private static int table(
            String[] lines, int start, String source, String heading, int headingIndex, List<Parsed> out) {
        List<String> header = cells(lines[start]);
        if (header.isEmpty()) {
            throw new InputException(source, "line " + (start + 1), "expected at least one cell in the table header");
        }
        int delimiterLine = start + 1;
        if (delimiterLine >= lines.length || !isDelimiterRow(lines[delimiterLine])) {
            throw new InputException(
                    source,
                    "line " + (delimiterLine + 1),
                    "expected a delimiter row such as |---|---:| under the table header on line " + (start + 1));
        }
        List<String> delimiters = cells(lines[delimiterLine]);
        requireWidth(delimiters, header.size(), source, delimiterLine, start);
        List<Alignment> alignments = new ArrayList<>();
        for (String d : delimiters) {
            boolean left = d.startsWith(":");
            boolean right = d.endsWith(":");
            alignments.add(left && right ? Alignment.CENTER : right ? Alignment.RIGHT : Alignment.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        int i = delimiterLine + 1;
        while (i < lines.length && lines[i].strip().startsWith("|")) {
            List<String> row = cells(lines[i]);
            requireWidth(row, header.size(), source, i, start);
            rows.add(row);
            i++;
        }
        out.add(new Parsed(new Table(heading, header, rows, alignments, List.of()), headingIndex));
        return i;
    }

    private static void requireWidth(List<String> row, int width, String source, int line, int headerLine) {
        if (row.size() != width) {
            throw new InputException(
                    source,
                    "line " + (line + 1),
                    "expected " + width + " cells as in the table header on line " + (headerLine + 1) + ", found "
                            + row.size());
        }
    }

    private static boolean isDelimiterRow(String line) {
        if (!line.strip().startsWith("|")) {
            return false;
        }
        for (String c : cells(line)) {
            if (!DELIMITER_CELL.matcher(c).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The cells of a row: split at unescaped pipes, outer pipes dropped, cells stripped, \| unescaped. */
    static List<String> cells(String line) {
        String s = line.strip();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int begin = s.startsWith("|") ? 1 : 0;
        boolean open = false; // a cell has started after the last pipe
        for (int i = begin; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
                open = true;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
                open = false;
            } else {
                cell.append(c);
                open = open || !Character.isWhitespace(c);
            }
        }
        if (open) {
            cells.add(cell.toString().strip()); // a row without its closing pipe
        }
        return cells;
    }

    private record Parsed(Table table, int headingIndex) {}

    private record Paragraph(String text, int headingIndex, int tablesBefore) {}
}

package io.upsilon.analysis.output.report;

import io.upsilon.core.error.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file such as a search's {@code limits.csv} or {@code cutflow.csv} into a {@link
 * Table}: the first record is the header, every other record must have as many fields.
 *
 * <p>The format is RFC 4180 ("Common Format and MIME Type for Comma-Separated Values Files",
 * section 2): fields separated by commas, a field in double quotes may hold commas, line breaks and
 * doubled quotes ({@code ""} for one). Line ends may be CRLF or LF; blank lines and a leading UTF-8
 * byte-order mark are skipped. Columns whose cells are all numbers are right-aligned ({@link
 * Table#numericAlignments}); the table has no caption ({@link Table#withCaption}).
 */
public final class CsvTables {
    private CsvTables() {}

    /**
     * The table of a CSV file.
     *
     * @throws InputException if the file cannot be read or is malformed (the message names the file
     *     and line)
     */
    public static Table read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read the CSV file: " + e, e);
        }
        return parse(text, file.toString());
    }

    /**
     * The table of CSV text.
     *
     * @param text the CSV
     * @param source the file name (or other origin) for error messages
     * @throws InputException if there is no header or the text is malformed
     */
    public static Table parse(String text, String source) {
        List<Record> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
        if (records.isEmpty()) {
            throw new InputException(source, "line 1", "expected a CSV header row");
        }
        List<String> header = records.get(0).fields();
        List<List<String>> rows = new ArrayList<>();
        for (Record r : records.subList(1, records.size())) {
            if (r.fields().size() != header.size()) {
                throw new InputException(
                        source,
                        "line " + r.line(),
                        "expected " + header.size() + " fields as in the header on line "
                                + records.get(0).line() + ", found "
                                + r.fields().size());
            }
            rows.add(r.fields());
        }
        return Table.of(header, rows);
    }

    /** The records of the text, blank lines left out, each with the line it starts on. */
    private static List<Record> records(String text, String source) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0; // line of the opening quote while inside a quoted field, else 0
        boolean quotedField = false; // the current field was quoted (and its closing quote seen)
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoteLine > 0) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoteLine = 0;
                    quotedField = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                quotedField = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, fields, field, quotedField, recordLine);
                quotedField = false;
                line++;
                recordLine = line;
            } else if (c == '"' && field.length() == 0 && !quotedField) {
                quoteLine = line;
            } else if (quotedField) {
                throw new InputException(
                        source,
                        "line " + line,
                        "expected a comma or line end after a closing quote, found '" + c + "'");
            } else if (c == '"') {
                throw new InputException(
                        source, "line " + line, "a double quote inside an unquoted field (quote the whole field)");
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoteLine > 0) {
            throw new InputException(source, "line " + quoteLine, "quoted field is never closed");
        }
        endRecord(records, fields, field, quotedField, recordLine);
        return records;
    }

    private static void endRecord(
            List<Record> records, List<String> fields, StringBuilder field, boolean quoted, int line) {
        boolean blank = fields.isEmpty() && field.length() == 0 && !quoted;
        fields.add(field.toString());
        field.setLength(0);
        if (!blank) {
            records.add(new Record(List.copyOf(fields), line));
        }
        fields.clear();
    }

    private record Record(List<String> fields, int line) {}
}

package io.upsilon.generators.io;

import io.upsilon.core.error.InputException;

/**
 * Splits one text line into whitespace-separated fields without regular expressions and parses
 * them, reporting a bad field as an {@link InputException} with the file, the line and the name of
 * the field. Reused line after line by the readers (no allocation per line beyond the field
 * strings that are parsed).
 */
final class LineTokens {
    private final String source;
    private String line = "";
    private long lineNumber;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    LineTokens(String source) {
        this.source = source;
    }

    /** Splits {@code text} (line {@code number} of the source) at spaces and tabs. */
    LineTokens reset(String text, long number) {
        this.line = text;
        this.lineNumber = number;
        count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int s = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, 2 * count);
                ends = java.util.Arrays.copyOf(ends, 2 * count);
            }
            starts[count] = s;
            ends[count] = i;
            count++;
        }
        return this;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b';
    }

    int count() {
        return count;
    }

    String line() {
        return line;
    }

    long lineNumber() {
        return lineNumber;
    }

    String token(int i) {
        return line.substring(starts[i], ends[i]);
    }

    /** Throws unless the line has exactly {@code n} fields. */
    void expectCount(int n, String what) {
        if (count != n) {
            throw error("expected " + n + " fields (" + what + "), found " + count);
        }
    }

    /** Throws unless the line has at least {@code n} fields. */
    void expectAtLeast(int n, String what) {
        if (count < n) {
            throw error("expected at least " + n + " fields (" + what + "), found " + count);
        }
    }

    int intField(int i, String name) {
        String t = token(i);
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw error("field " + (i + 1) + " (" + name + "): expected an integer, found '" + clip(t) + "'");
        }
    }

    long longField(int i, String name) {
        String t = token(i);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw error("field " + (i + 1) + " (" + name + "): expected an integer, found '" + clip(t) + "'");
        }
    }

    /** A finite floating-point field; Fortran exponents ({@code 1.0D+00}) are accepted. */
    double doubleField(int i, String name) {
        double fast = DecimalParser.parse(line, starts[i], ends[i]);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        String t = token(i);
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            try {
                v = Double.parseDouble(t.replace('D', 'E').replace('d', 'e'));
            } catch (NumberFormatException e2) {
                throw error("field " + (i + 1) + " (" + name + "): expected a number, found '" + clip(t) + "'");
            }
        }
        if (!Double.isFinite(v)) {
            throw error("field " + (i + 1) + " (" + name + "): expected a finite number, found '" + clip(t) + "'");
        }
        return v;
    }

    InputException error(String problem) {
        return new InputException(source, "line " + lineNumber, problem);
    }

    /** At most 40 characters of user text in an error message, control characters replaced. */
    static String clip(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        return sb.toString();
    }
}

package io.upsilon.analysis.output.plot;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small text markup for plot labels, in the spirit of TeX: {@code _x} or {@code _{xyz}} is a
 * subscript, {@code ^x} or {@code ^{xyz}} a superscript, {@code \_}, {@code \^}, {@code \{}, {@code
 * \}} and {@code \\} are the literal characters. Everything else is Unicode text, so Greek letters,
 * primes and arrows are written directly: {@code "σ(e⁺e⁻ → μ⁺μ⁻Z′) × BR(Z′ → invisible) [fb]"},
 * {@code "M_{Z′} [GeV]"}, {@code "M^{2}_{recoil} [GeV^{2}]"}.
 */
public final class PlotText {
    private PlotText() {}

    /** A run of text: plain (0), subscript (-1) or superscript (+1). */
    private record Run(String text, int shift) {}

    /**
     * The label as an attributed string in {@code font}, with sub- and superscripts set.
     *
     * @throws IllegalArgumentException on an unbalanced brace or a dangling {@code _}/{@code ^}
     */
    public static AttributedString attributed(String markup, Font font) {
        Objects.requireNonNull(font, "font");
        List<Run> runs = parse(markup);
        StringBuilder plain = new StringBuilder();
        for (Run r : runs) {
            plain.append(r.text());
        }
        if (plain.length() == 0) {
            plain.append(' ');
        }
        AttributedString as = new AttributedString(plain.toString());
        as.addAttribute(TextAttribute.FONT, font);
        // The shift goes into the Font itself (Font.deriveFont with SUPERSCRIPT scales and raises or
        // lowers the glyphs): a separate SUPERSCRIPT attribute would be ignored next to FONT.
        Font sup = font.deriveFont(Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUPER));
        Font sub = font.deriveFont(Map.of(TextAttribute.SUPERSCRIPT, TextAttribute.SUPERSCRIPT_SUB));
        int pos = 0;
        for (Run r : runs) {
            int end = pos + r.text().length();
            if (r.shift() != 0 && end > pos) {
                as.addAttribute(TextAttribute.FONT, r.shift() > 0 ? sup : sub, pos, end);
            }
            pos = end;
        }
        return as;
    }

    /** The label's characters without the markup (sub- and superscripts inline), e.g. for file metadata. */
    public static String plain(String markup) {
        StringBuilder sb = new StringBuilder();
        for (Run r : parse(markup)) {
            sb.append(r.text());
        }
        return sb.toString();
    }

    /**
     * The label as plain Unicode, for places that cannot draw attributed text (legends, label lines):
     * a sub- or superscript whose every character has a Unicode sub- or superscript form is written
     * with those ({@code "fb^{-1}"} becomes "fb⁻¹", {@code "x_{2}"} "x₂"); other scripts are written
     * inline ({@code "L_{μ}"} becomes "Lμ").
     */
    public static String unicode(String markup) {
        StringBuilder sb = new StringBuilder();
        for (Run r : parse(markup)) {
            String mapped = r.shift() > 0
                    ? mapAll(r.text(), SUPER_FROM, SUPER_TO)
                    : r.shift() < 0 ? mapAll(r.text(), SUB_FROM, SUB_TO) : r.text();
            sb.append(mapped);
        }
        return sb.toString();
    }

    private static final String SUPER_FROM = "0123456789+-\u2212=()ni";
    private static final String SUPER_TO =
            "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079\u207A\u207B\u207B\u207C\u207D\u207E\u207F\u2071";
    private static final String SUB_FROM = "0123456789+-\u2212=()aeox";
    private static final String SUB_TO =
            "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u208A\u208B\u208B\u208C\u208D\u208E\u2090\u2091\u2092\u2093";

    private static String mapAll(String text, String from, String to) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int k = from.indexOf(text.charAt(i));
            if (k < 0) {
                return text;
            }
            sb.append(to.charAt(k));
        }
        return sb.toString();
    }

    private static List<Run> parse(String markup) {
        Objects.requireNonNull(markup, "markup");
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        int n = markup.length();
        while (i < n) {
            char c = markup.charAt(i);
            if (c == '\\' && i + 1 < n && "_^{}\\".indexOf(markup.charAt(i + 1)) >= 0) {
                cur.append(markup.charAt(i + 1));
                i += 2;
            } else if (c == '_' || c == '^') {
                if (i + 1 >= n) {
                    throw new IllegalArgumentException("dangling '" + c + "' at the end of label: " + markup);
                }
                flush(runs, cur, 0);
                int shift = c == '^' ? 1 : -1;
                if (markup.charAt(i + 1) == '{') {
                    int close = markup.indexOf('}', i + 2);
                    if (close < 0) {
                        throw new IllegalArgumentException(
                                "unbalanced '{' at position " + (i + 1) + " in label: " + markup);
                    }
                    runs.add(new Run(markup.substring(i + 2, close), shift));
                    i = close + 1;
                } else {
                    int cp = markup.codePointAt(i + 1);
                    runs.add(new Run(new String(Character.toChars(cp)), shift));
                    i += 1 + Character.charCount(cp);
                }
            } else if (c == '{' || c == '}') {
                throw new IllegalArgumentException("unexpected '" + c + "' at position " + i + " in label: " + markup
                        + " (escape it as \\" + c + ")");
            } else {
                cur.append(c);
                i++;
            }
        }
        flush(runs, cur, 0);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder cur, int shift) {
        if (cur.length() > 0) {
            runs.add(new Run(cur.toString(), shift));
            cur.setLength(0);
        }
    }
}

package io.upsilon.analysis.output.report;

/** Escaping of text for HTML element content and attribute values. */
final class Html {
    private Html() {}

    /**
     * {@code text} with {@code & < > " '} replaced by character references, so it can only ever be
     * shown as text, in element content or in a quoted attribute. Control characters that HTML does
     * not allow (all C0 controls but tab, line feed and carriage return, and DEL) become U+FFFD.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> b.append(c < 0x20 || c == 0x7f ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}

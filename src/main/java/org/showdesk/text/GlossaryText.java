package org.showdesk.text;

import java.util.Optional;

/**
 * What a glossary term or misrecognition may hold. Glossary files separate terms with line breaks, columns
 * with tabs and misrecognitions with {@code |}; a term holding one of them would come back from its own export
 * as other terms, so they are refused wherever a term enters a show. A one-character misrecognition (的, 了)
 * matches almost everywhere in Chinese text, so it is allowed only when the host confirms it.
 */
public final class GlossaryText {
    /**
     * The most terms one glossary holds. The correction engine indexes every term and its sounds: measured
     * under the launcher's 512 MB heap, checking with 30,000 terms takes 2 s and 360 MB, with 60,000 the heap
     * is half full before any text is read, with 120,000 it runs out. Real show glossaries hold hundreds.
     */
    public static final int MAX_TERMS = 30_000;

    private GlossaryText() {
    }

    /** Why {@code text} cannot be a term or a misrecognition, or empty when it can. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) return Optional.of("it is empty");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') return Optional.of("it contains a tab, which glossary files use between columns");
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return Optional.of("it contains a line break, which glossary files use between terms");
            }
            if (c == '|') return Optional.of("it contains |, which glossary files use between misrecognitions");
            if (Character.isISOControl(c)) {
                return Optional.of(String.format("it contains the control character U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    /** Whether a misrecognition is a single character (after trimming), which needs the host's confirmation. */
    public static boolean isOneCharacter(String variant) {
        String v = variant == null ? "" : variant.strip();
        return !v.isEmpty() && v.codePointCount(0, v.length()) == 1;
    }

    /** {@code text} shortened for a message. */
    public static String quoted(String text) {
        String s = text.length() > 30 ? text.substring(0, 30) + "…" : text;
        return "\"" + s.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
}

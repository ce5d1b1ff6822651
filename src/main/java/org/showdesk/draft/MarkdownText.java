package org.showdesk.draft;

/**
 * Escapes text so Markdown shows it literally: a transcript sentence with "*", "[x](javascript:…)" or
 * "&lt;script&gt;" stays text in the show notes and in the HTML made from them.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_{}[]<>#+-!|~&";

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "+", "-", "#" and "!" only mean something at the start of a line or before "[": escaping them
            // everywhere would litter names like GPT-4 with backslashes.
            boolean onlyAtStart = c == '+' || c == '-' || c == '#';
            boolean special = SPECIAL.indexOf(c) >= 0 && (!onlyAtStart || lineStart)
                    && !(c == '!' && (i + 1 >= text.length() || text.charAt(i + 1) != '['));
            if (special) sb.append('\\');
            sb.append(c);
            if (c == '\n') {
                lineStart = true;
            } else if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
        }
        return escapeOrderedListStart(sb.toString());
    }

    /** "1. " at the start of a line would turn a sentence into a numbered list. */
    private static String escapeOrderedListStart(String s) {
        return s.replaceAll("(?m)^(\\s*\\d+)([.)])(\\s)", "$1\\\\$2$3");
    }
}

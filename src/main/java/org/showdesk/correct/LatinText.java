package org.showdesk.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Latin words inside mixed Chinese/English text: tokens, their boundaries and comparison keys. */
final class LatinText {
    /** A maximal run of ASCII letters and digits. */
    record Token(int start, int end, String text) {
    }

    /** Up to a few neighbouring tokens that may form one name, with their comparison key. */
    record Window(List<Token> tokens, int start, int end, String key) {
        Token first() {
            return tokens.get(0);
        }

        Token last() {
            return tokens.get(tokens.size() - 1);
        }
    }

    private LatinText() {
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean hasLatinLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
        }
        return false;
    }

    /** True unless the span [start, end) cuts through a Latin word at either edge. */
    static boolean isWholeWord(CharSequence text, int start, int end) {
        boolean leftCut = start > 0 && isWordChar(text.charAt(start)) && isWordChar(text.charAt(start - 1));
        boolean rightCut = end < text.length() && end > 0 && isWordChar(text.charAt(end - 1))
                && isWordChar(text.charAt(end));
        return !leftCut && !rightCut;
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text.charAt(i))) i++;
            tokens.add(new Token(start, i, text.substring(start, i)));
        }
        return tokens;
    }

    /** Every window of 1..maxTokens joinable tokens, shortest first for each starting token. */
    static List<Window> windows(String text, int maxTokens) {
        List<Token> tokens = tokens(text);
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder key = new StringBuilder();
            for (int j = i; j < tokens.size() && j < i + maxTokens; j++) {
                if (j > i && !joinable(text, tokens.get(j - 1), tokens.get(j))) break;
                key.append(tokens.get(j).text().toLowerCase(Locale.ROOT));
                windows.add(new Window(tokens.subList(i, j + 1), tokens.get(i).start(), tokens.get(j).end(),
                        key.toString()));
            }
        }
        return windows;
    }

    /**
     * Whether two neighbouring tokens may belong to one name: separated by a single space, hyphen,
     * underscore or dot (optionally with spaces around a hyphen), not by punctuation or Chinese.
     */
    static boolean joinable(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return gap.equals(" ") || gap.equals("-") || gap.equals("_") || gap.equals(".") || gap.equals(" - ");
    }

    /** Case, spaces, hyphens and dots removed: "LoRA-MoE", "Lora MOE" and "loramoe" share a key. */
    static String key(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) sb.append(Character.toLowerCase(c));
            else if (Character.isLetterOrDigit(c)) return null; // not a pure Latin name
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static String lettersOnly(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) if (Character.isLetter(key.charAt(i))) sb.append(key.charAt(i));
        return sb.toString();
    }

    static String digitsOnly(String key) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length(); i++) if (Character.isDigit(key.charAt(i))) sb.append(key.charAt(i));
        return sb.toString();
    }
}

package org.showdesk.ingest;

import org.showdesk.model.Cue;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts untimed text into sentence cues without losing a character: each cue keeps its end
 * punctuation and the whitespace after it, so joining the cues gives the text back exactly.
 *
 * <p>A sentence ends after 。！？; after ASCII ! or ? unless they sit inside an ASCII word
 * ("Yahoo!Japan"); after a full stop followed by whitespace, or written right after a Chinese
 * character and not followed by a digit (so "97.9%", "Llama 2.0", "3.5倍" and "v1.2" stay whole,
 * while ASR output that uses ASCII "." between Chinese sentences is still cut); and at every line
 * break. Runs of end marks ("？！", "...") and closing quotes or
 * brackets stay with the sentence they end; following spaces and blank lines belong to it too, so
 * no cue is only whitespace (except when the whole text is).
 */
final class SentenceSplitter {
    private static final String CLOSERS = "\"'”’」』）)】》〉]";

    private SentenceSplitter() {
    }

    static List<Cue> split(String text) {
        List<Cue> cues = new ArrayList<>();
        int start = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int end = sentenceEndAfter(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            end = skipWhitespace(text, end);
            if (hasContent(text, start, end) && end < n) {
                cues.add(Cue.of(null, null, text.substring(start, end)));
                start = end;
            }
            i = end;
        }
        if (start < n) cues.add(Cue.of(null, null, text.substring(start)));
        return cues;
    }

    /** If a sentence ends with the char at {@code i}, the offset just past its end marks; else -1. */
    private static int sentenceEndAfter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') return i + 1;
        if (!isEndMark(c)) return -1;
        int end = i + 1;
        while (end < text.length() && (isEndMark(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) end++;
        char last = lastEndMark(text, i, end);
        if (last == '。' || last == '！' || last == '？') return end;
        if (end == text.length()) return end;
        char next = text.charAt(end);
        char previous = i > 0 ? text.charAt(i - 1) : ' ';
        if (last == '.') {
            if (Character.isWhitespace(next)) return end;
            return isHan(previous) && !Character.isDigit(next) ? end : -1;
        }
        return isAsciiLetterOrDigit(previous) && isAsciiLetterOrDigit(next) ? -1 : end;
    }

    private static char lastEndMark(String text, int from, int to) {
        char last = text.charAt(from);
        for (int k = from; k < to; k++) if (isEndMark(text.charAt(k))) last = text.charAt(k);
        return last;
    }

    private static boolean isEndMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '.';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static boolean hasContent(String text, int from, int to) {
        for (int k = from; k < to; k++) if (!Character.isWhitespace(text.charAt(k))) return true;
        return false;
    }
}

package org.showdesk.app;

import org.showdesk.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Keeps findings current after a change to the text without scanning all of it: findings before the
 * changed stretch stay, those after it move by the change's length, and only the sentences around the
 * change are scanned again. A term never spans a sentence end, so scanning whole sentences finds what a
 * full scan would there.
 */
final class FindingsAround {
    /** Sentence ends: a scan window starts after one and ends at one. */
    private static final String ENDS = "。！？!?\n";
    /** Beyond the change, at least this much is scanned again (longer than any glossary term). */
    private static final int MARGIN = 40;

    private FindingsAround() {
    }

    /**
     * @param scanner scans a piece of text and returns findings with offsets into that piece
     */
    static List<Finding> rescan(List<Finding> old, String oldText, String newText,
                                Function<String, List<Finding>> scanner) {
        if (oldText.equals(newText)) return old;
        int prefix = 0;
        int max = Math.min(oldText.length(), newText.length());
        while (prefix < max && oldText.charAt(prefix) == newText.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix
                && oldText.charAt(oldText.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
            suffix++;
        }
        int delta = newText.length() - oldText.length();
        int changeEndNew = newText.length() - suffix;
        int from = sentenceStart(newText, Math.max(0, prefix - MARGIN));
        int to = sentenceEnd(newText, Math.min(newText.length(), changeEndNew + MARGIN));
        int oldFrom = from; // the text before `from` is the same in both
        int oldTo = to - delta;
        List<Finding> out = new ArrayList<>();
        for (Finding f : old) {
            if (f.end() <= oldFrom) out.add(f);
        }
        for (Finding f : scanner.apply(newText.substring(from, to))) out.add(f.shift(from));
        for (Finding f : old) {
            if (f.start() >= oldTo) out.add(f.shift(delta));
        }
        return out;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) return i + 1;
        }
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (ENDS.indexOf(text.charAt(i)) >= 0) return i + 1;
        }
        return text.length();
    }
}

package org.showdesk.correct;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * What detectors share while scanning one text: the text and word boundaries of its Chinese runs,
 * segmented lazily (only runs where a detector has a candidate) because segmenting a whole
 * transcript costs more than the rest of the scan. One per scan, so not shared between threads.
 */
final class ScanContext {
    private final String text;
    private final Map<Integer, BitSet> cutsByRunStart = new HashMap<>();
    private final boolean segmenterReady;

    ScanContext(String text) {
        this.text = text;
        this.segmenterReady = ChineseWords.isReady();
    }

    String text() {
        return text;
    }

    /** False while HanLP is still loading: boundaries inside Chinese runs are then unknown. */
    boolean knowsWordBoundaries() {
        return segmenterReady;
    }

    /**
     * Whether a word may start or end at {@code pos}. Outside Chinese runs, and at their edges, always
     * true; inside a run, as HanLP segments it (true when HanLP is not loaded yet).
     */
    boolean isWordBoundary(int pos) {
        if (pos <= 0 || pos >= text.length()) return true;
        if (!ChineseReadings.isHan(text.charAt(pos - 1)) || !ChineseReadings.isHan(text.charAt(pos))) return true;
        if (!segmenterReady) return true;
        int runStart = pos;
        while (runStart > 0 && ChineseReadings.isHan(text.charAt(runStart - 1))) runStart--;
        BitSet cuts = cutsByRunStart.get(runStart);
        if (cuts == null) {
            int runEnd = pos;
            while (runEnd < text.length() && ChineseReadings.isHan(text.charAt(runEnd))) runEnd++;
            cuts = ChineseWords.boundaries(text.substring(runStart, runEnd));
            if (cuts == null) cuts = allCuts(runEnd - runStart);
            cutsByRunStart.put(runStart, cuts);
        }
        return cuts.get(pos - runStart);
    }

    boolean isWordSpan(int start, int end) {
        return isWordBoundary(start) && isWordBoundary(end);
    }

    private static BitSet allCuts(int length) {
        BitSet all = new BitSet(length + 1);
        all.set(0, length + 1);
        return all;
    }
}

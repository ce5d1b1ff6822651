package org.showdesk.correct;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What detectors share while scanning one text: the text and the words of its Chinese runs,
 * segmented lazily (only runs where a detector has a candidate) because segmenting a whole
 * transcript costs more than the rest of the scan. One per scan, so not shared between threads.
 */
final class ScanContext {
    private record Run(int start, List<ChineseWords.Word> words, BitSet cuts) {
    }

    private final String text;
    private final Map<Integer, Run> runsByStart = new HashMap<>();
    private final boolean segmenterReady;
    private int[] runStarts;

    ScanContext(String text) {
        this(text, ChineseWords.isReady());
    }

    /** @param useWords false to scan on character boundaries, as while HanLP is still loading */
    ScanContext(String text, boolean useWords) {
        this.text = text;
        this.segmenterReady = useWords && ChineseWords.isReady();
    }

    String text() {
        return text;
    }

    /** False while HanLP is still loading: words inside Chinese runs are then unknown. */
    boolean knowsWordBoundaries() {
        return segmenterReady;
    }

    /**
     * Whether a misheard span may start or end at {@code pos}: outside Chinese runs and at their
     * edges always; inside a run at HanLP's word boundaries, and also inside words no dictionary knows.
     * A misheard span often fuses with its neighbour (童话顺和 → 童话/顺和), so only established words
     * (顺畅, 负能量) block a cut.
     */
    boolean isWordBoundary(int pos) {
        if (pos <= 0 || pos >= text.length()) return true;
        if (!ChineseReadings.isHan(text.charAt(pos - 1)) || !ChineseReadings.isHan(text.charAt(pos))) return true;
        Run run = runAt(pos);
        return run == null || run.cuts().get(pos - run.start());
    }

    boolean isWordSpan(int start, int end) {
        return isWordBoundary(start) && isWordBoundary(end);
    }

    /** True when an established word longer than the span contains it (负能 inside 负能量). */
    boolean isInsideLongerWord(int start, int end) {
        Run run = runAt(start);
        if (run == null) return false;
        for (ChineseWords.Word w : run.words()) {
            int ws = run.start() + w.start();
            int we = run.start() + w.end();
            if (w.established() && ws <= start && we >= end && we - ws > end - start) return true;
        }
        return false;
    }

    /**
     * True when the span is exactly a sequence of established words of two or more characters
     * (视觉/模型): ordinary text that merely sounds like a term.
     */
    boolean isOrdinaryWords(int start, int end) {
        Run run = runAt(start);
        if (run == null) return false;
        int covered = start;
        for (ChineseWords.Word w : run.words()) {
            int ws = run.start() + w.start();
            int we = run.start() + w.end();
            if (we <= start) continue;
            if (ws >= end) break;
            if (ws != covered || we > end || !w.established() || we - ws < 2) return false;
            covered = we;
        }
        return covered == end;
    }

    private Run runAt(int pos) {
        if (!segmenterReady || pos >= text.length() || !ChineseReadings.isHan(text.charAt(pos))
                && (pos == 0 || !ChineseReadings.isHan(text.charAt(pos - 1)))) {
            return null;
        }
        int runStart = runStart(pos);
        Run run = runsByStart.get(runStart);
        if (run == null) {
            int runEnd = runStart;
            while (runEnd < text.length() && ChineseReadings.isHan(text.charAt(runEnd))) runEnd++;
            run = segment(runStart, runEnd);
            runsByStart.put(runStart, run);
        }
        return run;
    }

    /** Where the Chinese run holding pos (or ending at it) starts; computed once per scan for all positions. */
    private int runStart(int pos) {
        if (runStarts == null) {
            runStarts = new int[text.length() + 1];
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (i == 0 || !ChineseReadings.isHan(text.charAt(i - 1))) start = i;
                runStarts[i] = start;
            }
            runStarts[text.length()] = text.isEmpty() ? 0 : runStarts[text.length() - 1];
        }
        int start = runStarts[pos];
        if (!ChineseReadings.isHan(text.charAt(pos)) && pos > 0) start = runStarts[pos - 1];
        return start;
    }

    private Run segment(int runStart, int runEnd) {
        int length = runEnd - runStart;
        List<ChineseWords.Word> words = ChineseWords.segment(text.substring(runStart, runEnd));
        BitSet cuts = new BitSet(length + 1);
        if (words == null) {
            cuts.set(0, length + 1);
            return new Run(runStart, List.of(), cuts);
        }
        cuts.set(0);
        for (ChineseWords.Word w : words) {
            if (!w.established()) cuts.set(w.start() + 1, w.end());
            cuts.set(w.end());
        }
        return new Run(runStart, words, cuts);
    }
}

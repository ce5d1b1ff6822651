package org.showdesk.correct;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What detectors share while scanning one text: the text, the Chinese dictionary and the words of its
 * Chinese runs, segmented lazily (only runs where a detector has a candidate) because segmenting a whole
 * transcript costs more than the rest of the scan. One per scan, so not shared between threads.
 */
final class ScanContext {
    /**
     * @param cuts       where a misheard span may start or end
     * @param knownCuts  where no word any dictionary lists is cut (stricter than {@code cuts})
     */
    private record Run(int start, List<ChineseDictionary.Word> words, BitSet cuts, BitSet knownCuts) {
    }

    private final String text;
    private final ChineseDictionary dictionary;
    private final Map<Integer, Run> runsByStart = new HashMap<>();
    private int[] runStarts;
    private TreeMap<Integer, Integer> exactTerms = new TreeMap<>();

    ScanContext(String text, ChineseDictionary dictionary) {
        this.text = text;
        this.dictionary = dictionary;
    }

    String text() {
        return text;
    }

    ChineseDictionary dictionary() {
        return dictionary;
    }

    /** False with character boundaries only: words inside Chinese runs are then unknown. */
    boolean knowsWordBoundaries() {
        return dictionary.knowsWords();
    }

    /**
     * Whether a misheard span may start or end at {@code pos}: outside Chinese runs and at their
     * edges always; inside a run at word boundaries, and also inside words no dictionary holds firmly.
     * A misheard span often fuses with its neighbour (童话顺和 → 童话/顺和), so only established words
     * (顺畅, 负能量) block a cut.
     */
    boolean isWordBoundary(int pos) {
        return isBoundary(pos, false);
    }

    boolean isWordSpan(int start, int end) {
        return isWordBoundary(start) && isWordBoundary(end);
    }

    /** Whether the span cuts through a word any dictionary lists, even a rare one (概率 in 概[率的]). */
    boolean cutsKnownWord(int start, int end) {
        return !isBoundary(start, true) || !isBoundary(end, true);
    }

    private boolean isBoundary(int pos, boolean strict) {
        if (pos <= 0 || pos >= text.length()) return true;
        if (!ChineseReadings.isHan(text.charAt(pos - 1)) || !ChineseReadings.isHan(text.charAt(pos))) return true;
        Run run = runAt(pos);
        return run == null || (strict ? run.knownCuts() : run.cuts()).get(pos - run.start());
    }

    /** True when an established word longer than the span contains it (负能 inside 负能量). */
    boolean isInsideLongerWord(int start, int end) {
        Run run = runAt(start);
        if (run == null) return false;
        for (ChineseDictionary.Word w : run.words()) {
            int ws = run.start() + w.start();
            int we = run.start() + w.end();
            if (isEstablished(w) && ws <= start && we >= end && we - ws > end - start) return true;
        }
        return false;
    }

    /**
     * True when the span is exactly a sequence of established words of two or more characters
     * (视觉/模型): ordinary text that merely sounds like a term.
     */
    boolean isOrdinaryWords(int start, int end) {
        List<ChineseDictionary.Word> words = wordsOf(start, end);
        if (words == null) return false;
        // Frequent core words only: the list of names and phrases holds the very names ASR mishears into.
        for (ChineseDictionary.Word w : words) if (w.frequency() < 2 || w.length() < 2) return false;
        return true;
    }

    /**
     * True when the span is exactly two words the dictionary has seen side by side (这/将, 上/还): an
     * ordinary phrase is far likelier than a name that happens to sound the same.
     */
    boolean isAttestedPair(int start, int end, int minFrequency) {
        List<ChineseDictionary.Word> words = wordsOf(start, end);
        if (words == null || words.size() != 2) return false;
        Run run = runAt(start);
        String left = text.substring(run.start() + words.get(0).start(), run.start() + words.get(0).end());
        String right = text.substring(run.start() + words.get(1).start(), run.start() + words.get(1).end());
        return dictionary.pairFrequency(left, right) >= minFrequency;
    }

    /** Where glossary terms occur exactly in the text (start → longest end), set once by the engine. */
    void exactTerms(TreeMap<Integer, Integer> spans) {
        this.exactTerms = spans;
    }

    TreeMap<Integer, Integer> exactTerms() {
        return exactTerms;
    }

    /** True when the span is an exact glossary term plus one character before or after it (俄罗斯和). */
    boolean extendsExactTerm(int start, int end) {
        Integer atStart = exactTerms.get(start);
        if (atStart != null && atStart == end - 1) return true;
        Integer atNext = exactTerms.get(start + 1);
        return atNext != null && atNext == end;
    }

    /** The words that exactly cover [start, end), or null when the span cuts a word or words are unknown. */
    private List<ChineseDictionary.Word> wordsOf(int start, int end) {
        Run run = runAt(start);
        if (run == null) return null;
        int from = -1;
        int covered = start;
        List<ChineseDictionary.Word> words = run.words();
        for (int i = 0; i < words.size(); i++) {
            ChineseDictionary.Word w = words.get(i);
            int ws = run.start() + w.start();
            int we = run.start() + w.end();
            if (we <= start) continue;
            if (ws >= end) return covered == end ? words.subList(from, i) : null;
            if (ws != covered || we > end) return null;
            if (from < 0) from = i;
            covered = we;
        }
        return covered == end && from >= 0 ? words.subList(from, words.size()) : null;
    }

    /** Frequent in the core dictionary or listed among names and phrases; rare entries (顺和, 1) are not. */
    private static boolean isEstablished(ChineseDictionary.Word w) {
        return w.frequency() >= 2 || (w.known() && w.frequency() == 0);
    }

    private Run runAt(int pos) {
        if (!dictionary.knowsWords() || pos >= text.length() || !ChineseReadings.isHan(text.charAt(pos))
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
        List<ChineseDictionary.Word> words = dictionary.segment(text.substring(runStart, runEnd));
        BitSet cuts = new BitSet(length + 1);
        BitSet knownCuts = new BitSet(length + 1);
        if (words == null) {
            cuts.set(0, length + 1);
            knownCuts.set(0, length + 1);
            return new Run(runStart, List.of(), cuts, knownCuts);
        }
        cuts.set(0);
        knownCuts.set(0);
        for (ChineseDictionary.Word w : words) {
            if (!isEstablished(w)) cuts.set(w.start() + 1, w.end());
            if (!w.known()) knownCuts.set(w.start() + 1, w.end());
            cuts.set(w.end());
            knownCuts.set(w.end());
        }
        return new Run(runStart, words, cuts, knownCuts);
    }
}

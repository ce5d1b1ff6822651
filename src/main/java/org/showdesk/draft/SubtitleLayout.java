package org.showdesk.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a spoken sentence into subtitles a viewer can read: lines of at most {@link #LINE_WIDTH} Chinese characters
 * (a Latin letter, digit or space counts half), at most {@link #MAX_LINES} lines a subtitle, cut after a comma or
 * other pause where one is near, never inside a Latin word or a number, and inside a Chinese word only when nothing
 * else fits (when a segmenter says where words are); no 。 or comma at the end of a line (Chinese
 * subtitles end lines without them), while ？ and ！ stay. The sentence's time is shared among its subtitles by
 * their width, which is what a viewer reads.
 */
final class SubtitleLayout {
    /** Characters a line: 18–22 is the usual range for Chinese subtitles. */
    static final double LINE_WIDTH = 20;
    static final int MAX_LINES = 2;
    /** A viewer reads about this many Chinese characters a second; faster subtitles get a note. */
    static final double MAX_CHARS_PER_SECOND = 9;
    /** Marks a speaker pauses at: a line or subtitle is best cut right after one. */
    private static final String PAUSE_MARKS = "，,、；;：:。！？!?…—";
    /** A line may end after these (particles, aspect marks): the phrase reads whole. */
    private static final String SOFT_ENDS = "的了着过地得吗呢吧";
    /** A line may start with these (conjunctions, prepositions): the phrase reads whole. */
    private static final String SOFT_STARTS = "和与及并而但也还就在把被从对向给让将或是都又以";
    /** Dropped at the end of a line. */
    private static final String DROPPED_AT_LINE_END = "。，,、；;：:";
    private static final String CLOSERS = "\"'”’」』）)】》〉]";

    /** One subtitle: its time and its lines joined by '\n'. */
    record Block(long start, long end, String text) {
    }

    private SubtitleLayout() {
    }

    static List<Block> layout(String sentence, long start, long end) {
        return layout(sentence, start, end, WordBreaks.NONE);
    }

    static List<Block> layout(String sentence, long start, long end, WordBreaks words) {
        String text = normalize(sentence);
        if (text.isEmpty()) return List.of();
        List<String> blocks = new Cuts(text, words.insideWords(text)).blocks();
        double total = 0;
        for (String b : blocks) total += width(b);
        List<Block> out = new ArrayList<>();
        double at = 0;
        for (String b : blocks) {
            long from = start + Math.round((end - start) * at / total);
            at += width(b);
            long to = start + Math.round((end - start) * at / total);
            out.add(new Block(from, to, b));
        }
        return out;
    }

    /** Width as a viewer reads it: a Chinese character 1, a Latin letter, digit or space ½. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) != '\n') w += charWidth(s.charAt(i));
        return w;
    }

    /** Line breaks and runs of spaces become one space, kept only between Latin words. */
    private static String normalize(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c == ' ' && (i == 0 || flat.charAt(i - 1) >= 0x2E80 || flat.charAt(i + 1) >= 0x2E80)) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The best cuts of one sentence, by dynamic programming: subtitles of at most two lines are few, end where the
     * speaker pauses, and are not left with a scrap of a few characters; the two lines of a subtitle are cut at a
     * pause too when one is near the middle, else as evenly as the text allows.
     */
    private static final class Cuts {
        /** Cost of each subtitle: fewer subtitles read better. */
        private static final double PER_SUBTITLE = 10;
        /** Cost of ending a subtitle where the speaker does not pause, by how well the phrase reads there. */
        private static final double[] NOT_AT_PAUSE = {0, 10, 12, 25, 45};
        /** Cost of a subtitle narrower than {@link #SCRAP_WIDTH}. */
        private static final double SCRAP = 15;
        private static final double SCRAP_WIDTH = 5;
        /** Within a subtitle: how many characters off the middle a cut of each quality is worth. */
        private static final double[] LINE_NOT_AT_PAUSE = {0, 2, 3, 20, 40};

        private final String text;
        private final double[] widthBefore;
        private final boolean[] insideWord;

        Cuts(String text, boolean[] insideWord) {
            this.text = text;
            this.insideWord = insideWord.length == text.length() + 1 ? insideWord : new boolean[text.length() + 1];
            this.widthBefore = new double[text.length() + 1];
            for (int i = 0; i < text.length(); i++) widthBefore[i + 1] = widthBefore[i] + charWidth(text.charAt(i));
        }

        List<String> blocks() {
            int n = text.length();
            double[] best = new double[n + 1];
            int[] from = new int[n + 1];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            best[0] = 0;
            for (int j = 1; j <= n; j++) {
                if (j < n && !canCutBefore(text, j)) continue;
                for (int i = j - 1; i >= 0; i--) {
                    if (best[i] == Double.POSITIVE_INFINITY) continue;
                    double w = shownWidth(i, j);
                    if (w > LINE_WIDTH * MAX_LINES && i < j - 1) break;
                    if (lineCut(i, j) == -2) continue;
                    double cost = best[i] + PER_SUBTITLE + (j < n ? NOT_AT_PAUSE[quality(j)] : 0)
                            + (w < SCRAP_WIDTH ? SCRAP : 0);
                    if (cost < best[j]) {
                        best[j] = cost;
                        from[j] = i;
                    }
                }
            }
            if (best[n] == Double.POSITIVE_INFINITY) return List.of(trimLineEnd(text));
            List<String> out = new ArrayList<>();
            for (int j = n; j > 0; j = from[j]) {
                int i = from[j];
                int cut = lineCut(i, j);
                out.add(0, cut < 0 ? trimLineEnd(text.substring(i, j))
                        : trimLineEnd(text.substring(i, cut)) + "\n" + trimLineEnd(text.substring(cut, j)));
            }
            return out;
        }

        /** The width of text[i, j) as shown: without the punctuation a line end drops. */
        private double shownWidth(int i, int j) {
            int end = j;
            while (end > i && DROPPED_AT_LINE_END.indexOf(text.charAt(end - 1)) >= 0) end--;
            return widthBefore[end] - widthBefore[i];
        }

        /** Where the subtitle [i, j) is cut into two lines: -1 when it fits one line, -2 when it cannot be laid out. */
        private int lineCut(int i, int j) {
            if (shownWidth(i, j) <= LINE_WIDTH) return -1;
            int bestCut = -2;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int k = i + 1; k < j; k++) {
                double first = shownWidth(i, k), second = shownWidth(k, j);
                if (widthBefore[k] - widthBefore[i] > LINE_WIDTH + 1) break;
                if (first > LINE_WIDTH) continue;
                if (second > LINE_WIDTH || !canCutBefore(text, k)) continue;
                double score = Math.abs(first - second) + LINE_NOT_AT_PAUSE[quality(k)];
                if (score < bestScore) {
                    bestScore = score;
                    bestCut = k;
                }
            }
            if (bestCut == -2 && j - i == 1) return -1; // a single character wider than a line cannot be helped
            return bestCut;
        }

        /**
         * How well a cut before {@code i} reads, without a dictionary: 0 after a pause mark, 1 where Chinese meets a
         * Latin word or number, 2 after a particle or before a conjunction or preposition, 3 between two other words
         * (or anywhere, when no segmenter is known), 4 inside a word (针|对).
         */
        private int quality(int i) {
            char prev = text.charAt(i - 1), next = text.charAt(i);
            if (PAUSE_MARKS.indexOf(prev) >= 0
                    || CLOSERS.indexOf(prev) >= 0 && i > 1 && PAUSE_MARKS.indexOf(text.charAt(i - 2)) >= 0) return 0;
            if ((prev < 0x2E80) != (next < 0x2E80)) return 1;
            if (insideWord[i]) return 4;
            if (SOFT_ENDS.indexOf(prev) >= 0 || SOFT_STARTS.indexOf(next) >= 0) return 2;
            return 3;
        }
    }

    private static double charWidth(char c) {
        return c < 0x2E80 ? 0.5 : 1;
    }

    /** Not inside a Latin word or a number, and not before punctuation or a closing bracket. */
    private static boolean canCutBefore(String s, int i) {
        char before = s.charAt(i - 1), after = s.charAt(i);
        if (PAUSE_MARKS.indexOf(after) >= 0 || CLOSERS.indexOf(after) >= 0) return false;
        if (isWordChar(before) && isWordChar(after)) return false;
        if (Character.isDigit(before) && (after == '.' || after == '%')) return false;
        return !(before == '.' && Character.isDigit(after));
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '_');
    }

    private static String trimLineEnd(String line) {
        String l = line.strip();
        int end = l.length();
        while (end > 0 && DROPPED_AT_LINE_END.indexOf(l.charAt(end - 1)) >= 0) end--;
        return end == 0 ? l : l.substring(0, end);
    }
}

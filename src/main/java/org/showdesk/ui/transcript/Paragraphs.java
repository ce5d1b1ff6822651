package org.showdesk.ui.transcript;

import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Where the editor shows paragraph breaks that are not in the text. ASR transcripts are often one
 * line of thousands of characters: a wall of text for the host, and one giant paragraph the editor
 * must lay out again on every keystroke. So the editor starts a paragraph at every entry and, inside
 * long stretches, at the first sentence end after {@link #TARGET} characters. The breaks are display
 * only: the saved text never contains them.
 *
 * <p>{@link #breaks()} are offsets into the text, sorted; a line break is shown just before each.
 */
public final class Paragraphs {
    static final int TARGET = 360;

    private final int[] breaks;

    Paragraphs(int[] breaks) {
        this.breaks = breaks;
    }

    public static Paragraphs none() {
        return new Paragraphs(new int[0]);
    }

    public int[] breaks() {
        return breaks.clone();
    }

    /** Chooses breaks at entry starts and at sentence (cue) ends, never where the text already breaks a line. */
    static Paragraphs choose(Transcript t, List<Entry> entries) {
        String text = t.text();
        TreeSet<Integer> at = new TreeSet<>();
        for (Entry e : entries) {
            int cue = t.indexOfCue(e.firstCueId());
            if (cue >= 0) at.add(t.startOf(cue));
        }
        int paragraphStart = 0;
        for (int i = 0; i < t.size(); i++) {
            int end = t.endOf(i);
            Integer entryBreak = at.ceiling(t.startOf(i) + 1);
            if (entryBreak != null && entryBreak <= end) paragraphStart = entryBreak;
            if (end > 0 && text.charAt(end - 1) == '\n') paragraphStart = end;
            if (end - paragraphStart >= TARGET) {
                at.add(end);
                paragraphStart = end;
            }
        }
        return new Paragraphs(at.stream().filter(b -> b > 0 && b < text.length() && text.charAt(b - 1) != '\n')
                .mapToInt(Integer::intValue).toArray());
    }

    /** The text as the editor shows it. */
    public String display(String text) {
        StringBuilder sb = new StringBuilder(text.length() + breaks.length);
        int from = 0;
        for (int b : breaks) {
            sb.append(text, from, b).append('\n');
            from = b;
        }
        return sb.append(text, from, text.length()).toString();
    }

    /** Editor offset of text offset {@code m} (a char right after a break sits after the shown line break). */
    public int toDisplay(int m) {
        int n = upperBound(m);
        return m + n;
    }

    /** Editor offset just past the char before text offset {@code end}: for span ends, so a span stops before a break. */
    public int toDisplayEnd(int end) {
        return end == 0 ? 0 : toDisplay(end - 1) + 1;
    }

    /** Text offset of editor offset {@code d}; a shown line break maps to the text offset it stands before. */
    public int toModel(int d) {
        int lo = 0;
        int hi = breaks.length;
        while (lo < hi) { // breaks whose shown position is before d
            int mid = (lo + hi) >>> 1;
            if (breaks[mid] + mid < d) lo = mid + 1;
            else hi = mid;
        }
        return d - lo;
    }

    /** How many breaks are at or before text offset {@code m}. */
    private int upperBound(int m) {
        int i = Arrays.binarySearch(breaks, m);
        if (i < 0) return -i - 1;
        while (i + 1 < breaks.length && breaks[i + 1] == m) i++;
        return i + 1;
    }
}

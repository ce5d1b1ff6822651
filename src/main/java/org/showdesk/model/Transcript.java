package org.showdesk.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered cues of one episode, seen as one text. Offsets are Java char offsets into
 * {@link #text()}, the concatenation of the cue texts; the correction engine and the editor work on
 * that text and this class maps their edits back onto cues, so cue ids (and the entries that refer
 * to them) survive editing.
 */
public final class Transcript {
    private final List<Cue> cues;
    private final int[] starts; // starts[i] = offset of cue i; starts[n] = text length
    private final String text;

    public Transcript(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        this.starts = new int[this.cues.size() + 1];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < this.cues.size(); i++) {
            starts[i] = sb.length();
            sb.append(this.cues.get(i).text());
        }
        starts[this.cues.size()] = sb.length();
        this.text = sb.toString();
    }

    public static Transcript empty() {
        return new Transcript(List.of());
    }

    public List<Cue> cues() {
        return cues;
    }

    public String text() {
        return text;
    }

    public String rawText() {
        StringBuilder sb = new StringBuilder();
        for (Cue c : cues) sb.append(c.rawText());
        return sb.toString();
    }

    public int size() {
        return cues.size();
    }

    public int length() {
        return text.length();
    }

    /** Offset of the first char of cue {@code index}. */
    public int startOf(int index) {
        return starts[index];
    }

    /** Offset just past the last char of cue {@code index}. */
    public int endOf(int index) {
        return starts[index + 1];
    }

    /** Index of the cue that holds the char at {@code offset}; an offset at the very end maps to the last cue. */
    public int cueIndexAt(int offset) {
        if (cues.isEmpty()) throw new IllegalStateException("empty transcript");
        if (offset < 0 || offset > text.length()) throw new IndexOutOfBoundsException(offset);
        int i = java.util.Arrays.binarySearch(starts, 0, cues.size(), offset);
        if (i < 0) i = -i - 2;
        // Skip empty cues sitting at the same offset so the offset lands in a cue that has the char.
        while (i < cues.size() - 1 && starts[i + 1] == offset && offset < text.length()) i++;
        return Math.max(0, Math.min(i, cues.size() - 1));
    }

    public int indexOfCue(long cueId) {
        for (int i = 0; i < cues.size(); i++) if (cues.get(i).id() == cueId) return i;
        return -1;
    }

    /**
     * Replaces {@code [start, end)} of the text. The replacement goes into the cue holding
     * {@code start}; text of later cues inside the range is removed from them, and those cues stay
     * (possibly empty) so nothing that refers to them loses its anchor.
     */
    public Transcript replace(int start, int end, String replacement) {
        if (start < 0 || end < start || end > text.length()) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside 0.." + text.length());
        }
        if (cues.isEmpty()) {
            return replacement.isEmpty() ? this : new Transcript(List.of(Cue.of(null, null, replacement)));
        }
        int first = cueIndexAt(start);
        List<Cue> out = new ArrayList<>(cues);
        for (int i = first; i < cues.size(); i++) {
            int cs = starts[i], ce = starts[i + 1];
            if (i > first && cs >= end) break;
            String t = cues.get(i).text();
            int from = Math.max(start, cs) - cs;
            int to = Math.min(end, ce) - cs;
            if (to < from) to = from;
            String ins = i == first ? replacement : "";
            out.set(i, cues.get(i).withText(t.substring(0, from) + ins + t.substring(to)));
        }
        return new Transcript(out);
    }

    public Transcript withCues(List<Cue> newCues) {
        return new Transcript(newCues);
    }

    public List<Cue> cuesBetween(int fromIndex, int toIndexInclusive) {
        return Collections.unmodifiableList(cues.subList(fromIndex, toIndexInclusive + 1));
    }
}

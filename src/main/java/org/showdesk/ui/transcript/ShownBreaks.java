package org.showdesk.ui.transcript;

import org.fxmisc.richtext.model.PlainTextChange;

import java.util.Arrays;

/**
 * The paragraph breaks the editor shows but the text does not have (see {@link Paragraphs}), kept at
 * their editor offsets while the host types, so the editor's content can always be turned back into
 * the text exactly, and editor offsets into text offsets.
 */
final class ShownBreaks {
    private int[] at = new int[0]; // editor offsets of the shown '\n's, ascending

    /** The editor now shows exactly the breaks of {@code p}. */
    void reset(Paragraphs p) {
        int[] b = p.breaks();
        for (int k = 0; k < b.length; k++) b[k] += k;
        at = b;
    }

    /** Follows an edit: breaks inside the removed stretch are gone, later ones move. */
    void edited(PlainTextChange c) {
        int p = c.getPosition();
        int removedEnd = c.getRemovalEnd();
        int shift = c.getNetLength();
        at = Arrays.stream(at).filter(x -> x < p || x >= removedEnd).map(x -> x >= removedEnd ? x + shift : x).toArray();
    }

    /** The text the editor content stands for: its content without the shown breaks. */
    String text(String shown) {
        if (at.length == 0) return shown;
        StringBuilder sb = new StringBuilder(shown.length());
        int from = 0;
        for (int x : at) {
            if (x > shown.length()) break;
            sb.append(shown, from, x);
            from = x + 1;
        }
        return sb.append(shown, Math.min(from, shown.length()), shown.length()).toString();
    }

    /** Text offset of editor offset {@code d}. */
    int toModel(int d) {
        int n = 0;
        while (n < at.length && at[n] < d) n++;
        return d - n;
    }

    /** Editor offset of text offset {@code m}. */
    int toDisplay(int m) {
        int n = 0;
        while (n < at.length && at[n] - n <= m) n++;
        return m + n;
    }

    /** Editor offset just past the char before text offset {@code end}. */
    int toDisplayEnd(int end) {
        return end == 0 ? 0 : toDisplay(end - 1) + 1;
    }
}

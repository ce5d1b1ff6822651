package org.showdesk.app;

/** A change the host makes to the transcript by hand: replace {@code [start, end)} of its text. */
public record TextChange(int start, int end, String replacement) {
    public TextChange {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        if (replacement == null) throw new IllegalArgumentException("replacement");
    }
}

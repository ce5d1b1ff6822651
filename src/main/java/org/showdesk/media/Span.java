package org.showdesk.media;

/** When one piece of the transcript is spoken, in milliseconds from the start of the media. */
public record Span(long startMs, long endMs) {
    public Span {
        if (startMs < 0 || endMs < startMs) throw new IllegalArgumentException("span " + startMs + ".." + endMs);
    }
}

package org.showdesk.media;

/** A stretch of the recording without speech, in milliseconds from its start. */
public record Pause(long startMs, long endMs) {
    public Pause {
        if (endMs < startMs) throw new IllegalArgumentException("pause ends before it starts: " + startMs + ".." + endMs);
    }

    public long lengthMs() {
        return endMs - startMs;
    }
}

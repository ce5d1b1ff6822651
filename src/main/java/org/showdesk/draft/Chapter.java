package org.showdesk.draft;

/** One line of a YouTube chapters block. */
public record Chapter(long startMs, String title) {
    public String clock() {
        return TimeCodes.clock(startMs);
    }
}

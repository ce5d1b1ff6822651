package org.showdesk.ingest;

import java.util.Locale;

/** The transcript formats Showdesk reads. {@link #id()} is the short name shown to hosts and stored. */
public enum TranscriptFormat {
    /** Untimed text (.txt, .md or anything that is not recognisably one of the others). */
    TXT("txt"),
    /** SubRip subtitles. */
    SRT("srt"),
    /** WebVTT subtitles. */
    VTT("vtt"),
    /** Whisper's JSON output: {@code {"segments": [{"start", "end", "text"}]}} or a bare array of segments. */
    WHISPER_JSON("whisper-json");

    private final String id;

    TranscriptFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The format with this short name, case-insensitively, or {@code null}. */
    public static TranscriptFormat byId(String id) {
        for (TranscriptFormat f : values()) if (f.id.equals(id.toLowerCase(Locale.ROOT))) return f;
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}

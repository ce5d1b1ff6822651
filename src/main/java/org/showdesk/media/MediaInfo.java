package org.showdesk.media;

import java.util.List;
import java.util.Objects;

/**
 * What a media file was found to be.
 *
 * @param format     how a host would name it: "MP3 audio", "M4A audio (AAC)", "WAV audio", "MP4 video (H.264)"
 * @param durationMs its length
 * @param video      true when it has a picture to show (the player then opens a view, not just a bar)
 * @param readWith   what read it: "ffprobe" or the Java parser's name, for a host who wonders why two machines differ
 * @param warnings   what the host should check (e.g. a file cut short: its header promises more than it holds)
 */
public record MediaInfo(String format, long durationMs, boolean video, String readWith, List<String> warnings) {
    public MediaInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(readWith, "readWith");
        if (durationMs <= 0) throw new IllegalArgumentException("a playable file has a length: " + durationMs);
        warnings = List.copyOf(warnings);
    }

    public MediaInfo(String format, long durationMs, boolean video, String readWith) {
        this(format, durationMs, video, readWith, List.of());
    }

    /** The same file with a length corrected after a closer look, and what the host should know about it. */
    MediaInfo withLength(long ms, String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new MediaInfo(format, ms, video, readWith, more);
    }
}

package org.showdesk.media;

import java.util.Objects;

/**
 * What a media file was found to be.
 *
 * @param format     how a host would name it: "MP3 audio", "M4A audio (AAC)", "WAV audio", "MP4 video (H.264)"
 * @param durationMs its length
 * @param video      true when it has a picture to show (the player then opens a view, not just a bar)
 * @param readWith   what read it: "ffprobe" or the Java parser's name, for a host who wonders why two machines differ
 */
public record MediaInfo(String format, long durationMs, boolean video, String readWith) {
    public MediaInfo {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(readWith, "readWith");
        if (durationMs <= 0) throw new IllegalArgumentException("a playable file has a length: " + durationMs);
    }
}

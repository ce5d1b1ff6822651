package org.showdesk.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An episode's metadata. Its cues are loaded on demand (see the store), so a show with hundreds of
 * episodes lists quickly.
 *
 * @param sourceName   file name the transcript was imported from
 * @param sourceFormat txt, srt, vtt or whisper-json
 */
public record Episode(long id, String title, String sourceName, String sourceFormat, Instant importedAt,
                      int cueCount, int charCount) {
    public Episode {
        Objects.requireNonNull(title, "title");
    }
}

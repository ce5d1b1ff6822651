package org.showdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An episode's metadata. Its cues are loaded on demand (see the store), so a show with hundreds of
 * episodes lists quickly.
 *
 * @param sourceName     file name the transcript was imported from
 * @param sourceFormat   txt, srt, vtt or whisper-json
 * @param tags           the host's tags for the episode (empty: outputs suggest their own)
 * @param media          the episode's audio or video, or {@code null} when none is attached
 * @param timeOffsetMs   added to every time in subtitle exports and chapters (an intro bumper, a cut)
 * @param timesEstimated true while the cue times were estimated rather than read from a timed transcript
 */
public record Episode(long id, String title, String sourceName, String sourceFormat, Instant importedAt,
                      int cueCount, int charCount, List<String> tags, MediaFile media, long timeOffsetMs,
                      boolean timesEstimated) {
    public Episode {
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    public Episode(long id, String title, String sourceName, String sourceFormat, Instant importedAt,
                   int cueCount, int charCount) {
        this(id, title, sourceName, sourceFormat, importedAt, cueCount, charCount, List.of(), null, 0, false);
    }

    public Episode withTitle(String newTitle) {
        return new Episode(id, newTitle, sourceName, sourceFormat, importedAt, cueCount, charCount, tags, media,
                timeOffsetMs, timesEstimated);
    }

    public Episode withTags(List<String> newTags) {
        return new Episode(id, title, sourceName, sourceFormat, importedAt, cueCount, charCount, newTags, media,
                timeOffsetMs, timesEstimated);
    }

    public Episode withMedia(MediaFile newMedia) {
        return new Episode(id, title, sourceName, sourceFormat, importedAt, cueCount, charCount, tags, newMedia,
                timeOffsetMs, timesEstimated);
    }

    public Episode withTimeOffset(long newOffsetMs) {
        return new Episode(id, title, sourceName, sourceFormat, importedAt, cueCount, charCount, tags, media,
                newOffsetMs, timesEstimated);
    }

    public Episode withTimesEstimated(boolean estimated) {
        return new Episode(id, title, sourceName, sourceFormat, importedAt, cueCount, charCount, tags, media,
                timeOffsetMs, estimated);
    }

    public Episode withCounts(int newCueCount, int newCharCount) {
        return new Episode(id, title, sourceName, sourceFormat, importedAt, newCueCount, newCharCount, tags, media,
                timeOffsetMs, timesEstimated);
    }
}

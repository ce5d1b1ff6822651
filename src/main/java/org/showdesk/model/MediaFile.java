package org.showdesk.model;

import java.util.Objects;

/**
 * The audio or video attached to an episode.
 *
 * @param path       as stored: relative to the show's folder when the media is under it, absolute otherwise
 * @param durationMs its length, read when it was attached
 */
public record MediaFile(String path, long durationMs) {
    public MediaFile {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) throw new IllegalArgumentException("a media path cannot be blank");
        if (durationMs < 0) throw new IllegalArgumentException("negative duration: " + durationMs);
    }
}

package org.showdesk.media;

import org.showdesk.model.InputException;

import java.nio.file.Path;

/** A file that is not audio or video the player can play: random bytes, a transcript, an Ogg or HEVC file. */
public final class UnplayableMediaException extends InputException {
    public UnplayableMediaException(Path file, String what) {
        super(file.getFileName().toString(), 0, what + " Showdesk plays MP3, M4A (AAC), WAV and MP4 (H.264) files; "
                + "convert it to one of these (for example `ffmpeg -i \"" + file.getFileName() + "\" episode.m4a`) "
                + "and attach that.");
    }
}

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

    /** A file no conversion can help (it is empty): {@code what} says what to do. */
    static UnplayableMediaException asIs(Path file, String what) {
        return new UnplayableMediaException(file.getFileName().toString(), what);
    }

    private UnplayableMediaException(String name, String what) {
        super(name, 0, what);
    }
}

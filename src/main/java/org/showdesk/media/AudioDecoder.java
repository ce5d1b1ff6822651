package org.showdesk.media;

import java.nio.file.Path;

/** Decodes a file's audio (with a real decoder, never one of ours) into its loudness over time. */
public interface AudioDecoder {
    int FRAME_MS = 10;

    /**
     * @throws AudioNotDecodedException when this decoder cannot decode the file; the caller estimates times without
     *                                  pauses then, and says why
     */
    Loudness loudness(Path file);

    /** Says what decodes, for the host's report ("ffmpeg", "the JDK (WAV only)"). */
    String name();
}

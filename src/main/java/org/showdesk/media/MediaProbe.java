package org.showdesk.media;

import java.nio.file.Path;

/** Reads what a media file is and how long it lasts, without playing it. */
public interface MediaProbe {
    /**
     * @throws UnplayableMediaException when the file is not audio or video the player can play
     * @throws org.showdesk.model.ShowdeskException when the file cannot be read at all (missing, no permission)
     */
    MediaInfo probe(Path file);
}

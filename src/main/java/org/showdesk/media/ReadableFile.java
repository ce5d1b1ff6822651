package org.showdesk.media;

import org.showdesk.model.ShowdeskException;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every reader makes before looking inside: the problems a host fixes by pointing at another file. */
final class ReadableFile {
    private ReadableFile() {
    }

    static void require(Path file) {
        if (!Files.exists(file)) {
            throw new ShowdeskException("There is no file " + file.toAbsolutePath() + ". Check the name and the folder.");
        }
        if (Files.isDirectory(file)) {
            throw new ShowdeskException(file.toAbsolutePath() + " is a folder; choose the audio or video file in it.");
        }
        if (!Files.isRegularFile(file)) {
            throw new ShowdeskException(file.toAbsolutePath() + " is not an ordinary file (a device or a pipe?); "
                    + "choose the audio or video file itself.");
        }
        if (!Files.isReadable(file)) {
            throw new ShowdeskException("Showdesk may not read " + file.toAbsolutePath() + ": check its permissions.");
        }
    }
}

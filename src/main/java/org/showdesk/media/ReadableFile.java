package org.showdesk.media;

import org.showdesk.model.ShowdeskException;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checks every reader makes before looking inside: the problems a host fixes by pointing at another file. */
final class ReadableFile {
    private ReadableFile() {
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (java.io.IOException e) {
            return false; // the read itself says what is wrong
        }
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
        if (isEmpty(file)) {
            throw UnplayableMediaException.asIs(file, "The file is empty (0 bytes), so it holds no audio or video. "
                    + "Check that the copy or download finished, and attach the whole file.");
        }
        if (!Files.isReadable(file)) {
            throw new ShowdeskException("Showdesk may not read " + file.toAbsolutePath() + ": check its permissions.");
        }
    }
}

package org.showdesk.ui.preview;

import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes an exported output. The text goes to a temporary file beside the target and is then moved into
 * place, so a full disk or a crash never leaves half a description where the host expects a whole one.
 */
final class ExportFiles {
    private ExportFiles() {
    }

    static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".showdesk-export-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ShowdeskException("Could not write " + target + ": " + describe(e)
                    + ". Choose another folder or free some space; nothing was changed.", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the export already failed and says so; a leftover temp file beside it is harmless
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "the folder is not writable";
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("space") ? "the disk is full"
                : e.getClass().getSimpleName() + (m == null ? "" : " (" + m + ")");
    }
}

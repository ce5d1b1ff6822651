package org.showdesk.app;

import org.showdesk.draft.Exporter;
import org.showdesk.draft.Output;
import org.showdesk.draft.OutputFormat;
import org.showdesk.draft.TemplateSet;
import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Drafts an episode's outputs with the show's own templates, and writes them without ever leaving half a file. */
public final class Publish {
    private final OpenShow show;

    public Publish(OpenShow show) {
        this.show = show;
    }

    public Output render(long episodeId, OutputFormat format) {
        var templates = TemplateSet.defaults().withOverrides(show.settings().templates());
        return new Exporter(templates).render(format, show.episodes().content(episodeId), show.name());
    }

    /**
     * Writes text to {@code target} through a temporary file beside it, so a full disk or a crash
     * leaves either the old file or the new one, never a cut one.
     */
    public static void writeAtomically(Path target, String text) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ShowdeskException("Cannot write " + abs + ": the folder " + dir + " does not exist.");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            String why = e.getMessage() != null && e.getMessage().contains("No space") ? "the disk is full"
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new ShowdeskException("Could not write " + abs + " (" + why + "). Nothing was written; "
                    + "any earlier file there is unchanged.", e);
        }
    }
}

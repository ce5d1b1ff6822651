package org.showdesk.files;

import org.showdesk.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one way Showdesk reads a file the host names: a transcript, a glossary, a list of sources, a template.
 * What is not a plain file (a folder, a device such as /dev/zero, a FIFO, a socket) is refused before it is
 * opened, because opening a FIFO with no writer blocks forever and a device can be endless. The size limit is
 * enforced on the bytes actually read, not only on the size the file system reports (which is 0 for
 * {@code /proc} files and devices, and can grow while the file is read), so no input can exhaust the heap.
 */
public final class BoundedRead {
    /** What each kind of input may weigh: generous for real files, far below what the launcher's heap holds. */
    public enum Kind {
        TRANSCRIPT("transcript", 20, "Check that this is the transcript, or split it into parts and import each.",
                "a transcript file (txt or md, srt, vtt or Whisper json)",
                "open it with `showdesk %1$s`, list its episodes with `showdesk episodes %1$s`, or export an "
                        + "episode's transcript from it with `showdesk export %1$s --episode ID --format txt` and "
                        + "give that file."),
        GLOSSARY("glossary", 10, "Check that this is the glossary, or split it into several files.",
                "a glossary file (.txt, .csv or .json)",
                "write its glossary to a file with `showdesk glossary %1$s export terms.txt` and give that file."),
        SOURCES("list of sources", 2, "Check that this is the list of sources, or split it.",
                "a text or Markdown file with one source a line",
                "give the text or Markdown file with the episode's sources, one a line."),
        TEMPLATE("template", 1, "Check that this is the template; a template is a page of text.",
                "a text file with the template",
                "give the text file with the template.");

        private final String label;
        private final long maxBytes;
        private final String advice;
        private final String expected;
        private final String insteadOfShow;

        Kind(String label, int megabytes, String advice, String expected, String insteadOfShow) {
            this.label = label;
            this.maxBytes = megabytes * 1024L * 1024L;
            this.advice = advice;
            this.expected = expected;
            this.insteadOfShow = insteadOfShow;
        }

        /** The file this kind of input should be, e.g. "a glossary file (.txt, .csv or .json)". */
        public String expected() {
            return expected;
        }

        /** What to do when a show was given as this kind of input: the command that does what the host is after. */
        public String insteadOfShow(String show) {
            return String.format(Locale.ROOT, insteadOfShow, show);
        }

        public long maxBytes() {
            return maxBytes;
        }

        public String label() {
            return label;
        }

        /** The refusal of an input of {@code size} bytes (or "more than" the limit when it was cut off while read). */
        public InputException tooLarge(String source, long size, boolean atLeast) {
            return new InputException(source, 0, String.format(Locale.ROOT,
                    "is %s%.1f MB; Showdesk reads a %s of up to %d MB. %s", atLeast ? "more than " : "",
                    size / (1024.0 * 1024.0), label, maxBytes / (1024 * 1024), advice));
        }
    }

    private BoundedRead() {
    }

    /**
     * Reads the whole of {@code file}, refusing anything but a plain file of at most {@code kind}'s size.
     *
     * @throws InputException naming the file and what to do
     */
    public static byte[] bytes(Path file, Kind kind) {
        String source = file.toString();
        long size = plainFileSize(file, kind);
        try (InputStream in = Files.newInputStream(file)) {
            // A file whose header says what it is is named before its size: a 200 MB video is not a transcript
            // that is too long. Mere NUL bytes are judged after the size, which needs no more than the header.
            byte[] head = in.readNBytes(FileSniff.HEAD);
            FileSniff.refuseKnownNonText(source, head, kind);
            if (size > kind.maxBytes()) throw kind.tooLarge(source, size, false);
            FileSniff.refuseNonText(source, head, kind);
            byte[] rest = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L - head.length,
                    kind.maxBytes() + 1 - head.length));
            if (head.length + (long) rest.length > kind.maxBytes()) throw kind.tooLarge(source, kind.maxBytes(), true);
            byte[] bytes = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, bytes, head.length, rest.length);
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, "does not exist. Check the path and the file name.");
        } catch (AccessDeniedException e) {
            throw new InputException(source, 0, "cannot be read: permission denied. Check the file's permissions.");
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read (" + AtomicWriter.describe(e)
                    + "). Check the file and try again.", e);
        }
    }

    /** Refuses, without opening it, what is not a plain file or is already known to be too large. */
    public static void refuseSpecial(Path file, Kind kind) {
        long size = plainFileSize(file, kind);
        if (size > kind.maxBytes()) throw kind.tooLarge(file.toString(), size, false);
    }

    /** Refuses what is not a plain file; returns the size the file system reports. */
    private static long plainFileSize(Path file, Kind kind) {
        String source = file.toString();
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class); // follows links: the target counts
        } catch (NoSuchFileException e) {
            throw new InputException(source, 0, "does not exist. Check the path and the file name.");
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot be read (" + AtomicWriter.describe(e)
                    + "). Check the file and try again.", e);
        }
        if (attrs.isDirectory()) {
            throw new InputException(source, 0, "is a folder, not a " + kind.label() + " file. Pick a file inside it.");
        }
        if (!attrs.isRegularFile()) {
            throw new InputException(source, 0, "is a device, a pipe or a socket, not a " + kind.label()
                    + " file, so Showdesk does not read it. Save the " + kind.label() + " to a file and give its path.");
        }
        return attrs.size();
    }
}

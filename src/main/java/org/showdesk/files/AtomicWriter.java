package org.showdesk.files;

import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way Showdesk writes a file of the host's: exports, {@code fix --out}, glossary and template
 * exports, backups. The bytes go to a temporary file beside the target, are flushed to the disk, and the
 * temporary file is renamed over the target, so the target is always either the old file or the whole new
 * one, whatever happens (a full disk, a crash, a power cut once the rename is flushed).
 *
 * <p>Before anything is written, the target is checked: a folder, a device, a FIFO or a socket is refused,
 * and so is any show ({@code .showdesk}), its lock, journal or WAL, any other SQLite database (a show under
 * another name or through a hard link), and the input the output was made from. A refused target is left
 * exactly as it was. The new file gets the permissions the host's umask gives new files, or, when it
 * replaces a file, that file's permissions.
 */
public final class AtomicWriter {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final String[] SHOW_FILE_ENDINGS = {".showdesk", ".showdesk-wal", ".showdesk-shm",
            ".showdesk-journal", ".showdesk.lock", ".showdesk.restoring"};

    /** Fills the temporary file (e.g. through SQLite's online backup) before it is flushed and renamed. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path temporary) throws IOException;
    }

    private AtomicWriter() {
    }

    /** Writes {@code text} as UTF-8 to {@code target}; {@code inputs} are the files it was made from. */
    public static void writeText(Path target, String text, Path... inputs) {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8), inputs);
    }

    public static void writeBytes(Path target, byte[] bytes, Path... inputs) {
        Path abs = checkTarget(target, inputs);
        replace(abs, temp -> {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) ch.write(buffer);
            }
        });
    }

    /**
     * Refuses a target an output must never replace, with a message that names it and says what to do.
     * Returns the absolute, normalized target.
     */
    public static Path checkTarget(Path target, Path... inputs) {
        Path abs = target.toAbsolutePath().normalize();
        Path real = realOrSelf(abs);
        for (Path name : new Path[]{abs, real}) {
            String lower = name.getFileName() == null ? "" : name.getFileName().toString().toLowerCase(Locale.ROOT);
            for (String ending : SHOW_FILE_ENDINGS) {
                if (lower.endsWith(ending)) {
                    throw new ShowdeskException("Will not write to " + target + ": it is a Showdesk show or one of "
                            + "its working files, and an export would destroy it. Choose another file name "
                            + "(for example ending in .md or .txt).");
                }
            }
        }
        if (Files.exists(abs)) {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(abs, BasicFileAttributes.class);
            } catch (IOException e) {
                throw new ShowdeskException("Cannot write " + target + ": " + describe(e) + ". Nothing was written.");
            }
            if (attrs.isDirectory()) {
                throw new ShowdeskException("Cannot write " + target + ": it is a folder. Give a file name inside it.");
            }
            if (!attrs.isRegularFile()) {
                throw new ShowdeskException("Will not write to " + target + ": it is a device, a pipe or a socket, "
                        + "not a file. Give the path of a file (or leave out --out to print to the terminal).");
            }
            if (isSqliteDatabase(abs)) {
                throw new ShowdeskException("Will not write to " + target + ": it is a database (perhaps a show under "
                        + "another name), and an export would destroy it. Choose another file name.");
            }
            String media = mediaKind(abs);
            if (media != null) {
                throw new ShowdeskException("Will not write to " + target + ": it is " + media + " (perhaps an "
                        + "episode's recording), and the output would destroy it. Nothing was written. Choose another "
                        + "file name, for example one ending in .srt, .md or .txt.");
            }
            for (Path input : inputs) {
                if (input != null && sameFile(abs, input)) {
                    throw new ShowdeskException("Will not write to " + target + ": it is the file being read. "
                            + "Write to another file, then replace the original yourself if you want to.");
                }
            }
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ShowdeskException("Could not write " + target + ": the folder " + dir + " does not exist. "
                    + "Create it first or choose another place. Nothing was written.");
        }
        return abs;
    }

    /**
     * Puts a new file at {@code target} without the checks of {@link #checkTarget}: for the backup and restore
     * of shows, whose targets are shows by design. {@code fill} writes the temporary file beside the target;
     * it is then flushed, renamed over the target and the rename flushed.
     */
    public static void replace(Path target, Filler fill) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Path temp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".part");
        try {
            // CREATE_NEW with no attributes: the new file gets 0666 less the umask, as any program's file would.
            Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            keepPermissionsOf(abs, temp);
            fill.fill(temp);
            force(temp);
            moveAtomically(temp, abs);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new ShowdeskException("Could not write " + abs + " (" + describe(e) + "). Nothing was written; "
                    + "any earlier file there is unchanged.", e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Flushes a file's content to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames within one folder so the name points at the old or the new file, never at a partial one. */
    public static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        Path dir = to.toAbsolutePath().getParent();
        if (dir == null) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true); // make the rename itself durable
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a folder for flushing; the rename is still atomic
        }
    }

    /** A reason a host understands for a failed write. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied: the folder or file is not writable";
        if (e instanceof NoSuchFileException) return "the folder does not exist";
        String m = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (m != null && m.toLowerCase(Locale.ROOT).contains("space")) return "the disk is full";
        if (m != null && m.toLowerCase(Locale.ROOT).contains("read-only")) return "the place is read-only";
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static void keepPermissionsOf(Path existing, Path temp) {
        try {
            if (!Files.isRegularFile(existing)) return;
            PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
            PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (from != null && to != null) to.setPermissions(from.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the umask's permissions
        }
    }

    private static boolean isSqliteDatabase(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether two paths name one file: the same file through a hard link or a symbolic link when both exist, else
     * the same place once {@code ..} and the folders' symbolic links are resolved.
     */
    public static boolean samePlace(Path a, Path b) {
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        if (Files.exists(x) && Files.exists(y)) return sameFile(x, y);
        return realOrSelf(x).equals(realOrSelf(y));
    }

    /**
     * What kind of recording a file's first bytes say it is, or null: no text output Showdesk writes starts like
     * one, so such a target is somebody's audio or video.
     */
    static String mediaKind(Path file) {
        byte[] h;
        try (InputStream in = Files.newInputStream(file)) {
            h = in.readNBytes(12);
        } catch (IOException e) {
            return null;
        }
        if (h.length < 4) return null;
        if (starts(h, 0, "ID3")) return "MP3 audio";
        // An MPEG audio frame: 11 sync bits, a known version and layer II or III (UTF-16's FF FE is layer I).
        int b1 = h[1] & 0xFF;
        int layer = (b1 >> 1) & 3;
        if ((h[0] & 0xFF) == 0xFF && (b1 & 0xE0) == 0xE0 && ((b1 >> 3) & 3) != 1 && (layer == 1 || layer == 2)) {
            return "MPEG audio (MP3)";
        }
        if (h.length >= 12 && starts(h, 0, "RIFF") && (starts(h, 8, "WAVE") || starts(h, 8, "AVI "))) return "a WAV or AVI recording";
        if (h.length >= 8 && starts(h, 4, "ftyp")) return "an MP4/M4A recording";
        if (starts(h, 0, "OggS")) return "an Ogg recording";
        if (starts(h, 0, "fLaC")) return "FLAC audio";
        if ((h[0] & 0xFF) == 0x1A && (h[1] & 0xFF) == 0x45 && (h[2] & 0xFF) == 0xDF && (h[3] & 0xFF) == 0xA3) {
            return "a Matroska/WebM recording";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int at, String ascii) {
        byte[] want = ascii.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < at + want.length) return false;
        for (int i = 0; i < want.length; i++) if (bytes[at + i] != want[i]) return false;
        return true;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            // not there yet: check the folder's real path with the name
            Path dir = p.getParent();
            if (dir == null) return p;
            try {
                return dir.toRealPath().resolve(p.getFileName());
            } catch (IOException e2) {
                return p;
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write already failed and says so; a leftover hidden temporary file is harmless
        }
    }

    /** Whether {@code p} exists without following a final symbolic link (used for messages). */
    static boolean existsNoFollow(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}

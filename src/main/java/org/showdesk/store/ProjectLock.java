package org.showdesk.store;

import org.showdesk.model.ProjectInUseException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One writer per show <em>file</em>, whatever name it is reached by. Two OS locks, both dropped by the OS
 * when the process dies (even on kill -9), so a crash never leaves a show locked:
 * <ul>
 *   <li>on a hidden file beside the show's real path ({@code .NAME.showdesk.lock}, symbolic links resolved
 *       first): works across computers sharing a folder;</li>
 *   <li>on a file named after the show's identity (device and inode) in the user's lock folder: every hard
 *       link of one file has the same identity, so a second name cannot let a second writer in.</li>
 * </ul>
 * Neither lock is on the database itself: POSIX locks belong to the process, and closing any descriptor of
 * the database (SQLite does, for every connection it closes) would silently drop them.
 *
 * <p>SQLite names its WAL and shared memory after the path it was given, so two names of one file would
 * each get their own and corrupt it between them. The identity lock file therefore also records the real
 * path its last writer used ({@link #workingName}); every later writer and reader opens the database
 * through that same name while it still is the same file, so a WAL a killed writer left behind is replayed,
 * never ignored. The lock files are left in place on close: deleting one would let two later processes lock
 * two different files under the same name.
 */
final class ProjectLock implements AutoCloseable {
    private static final String PATH_LINE = "path ";

    private final List<FileChannel> channels;

    private ProjectLock(List<FileChannel> channels) {
        this.channels = channels;
    }

    static Path lockFileOf(Path project) {
        Path name = project.getFileName();
        return project.toAbsolutePath().resolveSibling("." + name + ".lock");
    }

    /**
     * The show's real path: symbolic links resolved (also in its folders), so every symlink to one file
     * meets the same lock and the same journal. A file not there yet gets its folder's real path.
     */
    static Path realPath(Path project) {
        Path abs = project.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException notThereYet) {
            try {
                return abs.getParent() == null ? abs : abs.getParent().toRealPath().resolve(abs.getFileName());
            } catch (IOException e) {
                return abs;
            }
        }
    }

    /**
     * The name to open {@code real} through: the path its last writer recorded, when that path is another
     * name of the same file (a hard link); otherwise {@code real} itself.
     */
    static Path workingName(Path real) {
        Optional<Path> lockFile = identityLockFile(real);
        if (lockFile.isEmpty() || !Files.exists(lockFile.get())) return real;
        for (String line : readLines(lockFile.get())) {
            if (!line.startsWith(PATH_LINE)) continue;
            Path recorded = Path.of(line.substring(PATH_LINE.length()));
            try {
                if (!recorded.equals(real) && Files.isRegularFile(recorded) && Files.isSameFile(recorded, real)) {
                    return recorded;
                }
            } catch (IOException | RuntimeException gone) {
                // the other name is gone or unreadable: the real path is the only one to use
            }
        }
        return real;
    }

    /** How many names (hard links) the file has; 1 where the system cannot tell. */
    static int linkCount(Path file) {
        try {
            return ((Number) Files.getAttribute(file, "unix:nlink")).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return 1;
        }
    }

    /**
     * Locks {@code project} (a real path, see {@link #realPath}) for writing; {@code workingName} is the
     * name SQLite will be given, recorded for the next opener.
     */
    static ProjectLock acquire(Path project, Path workingName) throws IOException {
        List<FileChannel> held = new ArrayList<>();
        try {
            lock(lockFileOf(project), project, held, workingName);
            Optional<Path> identity = identityLockFile(project);
            if (identity.isPresent()) lock(identity.get(), project, held, workingName);
            return new ProjectLock(held);
        } catch (IOException | RuntimeException e) {
            for (FileChannel ch : held) closeQuietly(ch);
            throw e;
        }
    }

    static ProjectLock acquire(Path project) throws IOException {
        return acquire(project, project);
    }

    /** Adds the identity lock once a new show's file exists (it has no identity before). */
    void lockIdentityOf(Path project) throws IOException {
        Optional<Path> identity = identityLockFile(project);
        if (identity.isPresent()) lock(identity.get(), project, channels, project);
    }

    private static void lock(Path lockFile, Path project, List<FileChannel> held, Path workingName)
            throws IOException {
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock fl;
        try {
            fl = ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            fl = null;
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
        if (fl == null) {
            String owner = readLines(lockFile).stream().filter(l -> !l.startsWith(PATH_LINE)).findFirst().orElse("");
            closeQuietly(ch);
            throw new ProjectInUseException(project.getFileName() + " is already open in another Showdesk"
                    + (owner.isBlank() ? "" : " (" + abbreviate(owner) + ")")
                    + ". Close it there, or open it read-only to look without changing anything.");
        }
        held.add(ch);
        String owner = "process " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + hostName()
                + " since " + Instant.now() + "\n" + PATH_LINE + workingName + "\n";
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(false);
    }

    /**
     * {@code LOCKS/<device>-<inode>.showdesk.lock}, where LOCKS is {@code $XDG_CACHE_HOME/showdesk/locks} (else
     * {@code ~/.cache/showdesk/locks}); empty where the system gives files no inode (Windows), and there the
     * lock beside the real path is the only one.
     */
    static Optional<Path> identityLockFile(Path file) {
        Object dev;
        Object ino;
        try {
            dev = Files.getAttribute(file, "unix:dev");
            ino = Files.getAttribute(file, "unix:ino");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
        Path dir = locksFolder();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return Optional.empty();
        }
        // Ends like a show's lock file, so the one atomic writer refuses to write an export over it.
        return Optional.of(dir.resolve(dev + "-" + ino + ".showdesk.lock"));
    }

    static Path locksFolder() {
        String override = System.getProperty("showdesk.locks");
        if (override != null && !override.isBlank()) return Path.of(override);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("showdesk").resolve("locks");
    }

    private static List<String> readLines(Path lockFile) {
        try {
            byte[] bytes;
            try (var in = Files.newInputStream(lockFile)) {
                bytes = in.readNBytes(4096); // a lock file holds two short lines; never read more
            }
            return new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }

    private static void closeQuietly(FileChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // closing releases the lock; the OS also does so with the process
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (FileChannel ch : channels) {
            try {
                ch.close(); // releases its lock
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}

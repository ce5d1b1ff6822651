package org.showdesk.store;

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

/**
 * One writer per show. An OS lock on a hidden file beside the project: the OS drops it when the
 * process dies (even on kill -9), so a crash never leaves a show locked. It is a separate file on
 * purpose: POSIX locks are per process, and locking the database file itself would silently release
 * SQLite's own locks when either side closes its descriptor.
 *
 * <p>The file is left in place on close: deleting it would let two later processes lock two
 * different inodes under the same name.
 */
final class ProjectLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path project) {
        Path name = project.getFileName();
        return project.toAbsolutePath().resolveSibling("." + name + ".lock");
    }

    static ProjectLock acquire(Path project) throws IOException {
        Path lockFile = lockFileOf(project);
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock fl;
        try {
            fl = ch.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            fl = null;
        }
        if (fl == null) {
            String owner = readOwner(lockFile);
            ch.close();
            throw new ProjectInUseException(project.getFileName() + " is already open in another Showdesk"
                    + (owner.isBlank() ? "" : " (" + owner + ")")
                    + ". Close it there, or open it read-only to look without changing anything.");
        }
        String owner = "process " + ManagementFactory.getRuntimeMXBean().getPid() + " on " + hostName()
                + " since " + Instant.now();
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(false);
        return new ProjectLock(ch, fl);
    }

    private static String readOwner(Path lockFile) {
        try {
            String s = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return s.length() > 200 ? s.substring(0, 200) : s;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) lock.release();
        } finally {
            channel.close();
        }
    }
}

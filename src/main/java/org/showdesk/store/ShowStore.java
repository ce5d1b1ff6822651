package org.showdesk.store;

import org.showdesk.model.ShowdeskException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * One open show: the SQLite project file, its schema version, and the single-writer lock.
 *
 * <p>Opening checks the file in three steps before anything can write to it: the raw header (is it
 * SQLite, is it ours, which schema version), then SQLite's quick integrity check on a read-only
 * connection, and only then the writable connection. A file that fails any step is left exactly as
 * it was.
 *
 * <p>Every call to {@link #write} is one transaction. The connection is confined by a lock on this
 * object, so the window's background executor and the command line can share the class safely.
 */
public final class ShowStore implements AutoCloseable {
    /** "SDSK" — marks the file as a Showdesk project for the sqlite3 shell and for `file(1)`. */
    public static final int APPLICATION_ID = 0x5344534B;
    public static final int SCHEMA_VERSION = 1;
    public static final String EXTENSION = ".showdesk";

    private final Path file;
    private final Connection connection;
    private final ProjectLock lock;
    private final boolean readOnly;

    private ShowStore(Path file, Connection connection, ProjectLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
    }

    /** Creates a new show. Refuses to touch an existing file. */
    public static ShowStore create(Path file, String showName) {
        Path abs = file.toAbsolutePath();
        if (Files.exists(abs)) {
            throw new ShowdeskException(abs.getFileName() + " already exists; a new show never overwrites a file. "
                    + "Choose another name, or open the existing show.");
        }
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new ShowdeskException("The folder " + dir + " does not exist. Create it first or choose another place.");
        }
        ProjectLock lock = lockOrExplain(abs);
        Connection c = null;
        try {
            c = connect(abs, false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA application_id=" + APPLICATION_ID);
            }
            ShowStore store = new ShowStore(abs, c, lock, false);
            store.write(conn -> {
                Migrations.apply(conn, 0, SCHEMA_VERSION);
                try (var ps = conn.prepareStatement(
                        "INSERT INTO show(id, name, created_at, created_by) VALUES (1, ?, ?, ?)")) {
                    ps.setString(1, showName == null || showName.isBlank() ? defaultName(abs) : showName.strip());
                    ps.setString(2, Instant.now().toString());
                    ps.setString(3, "Showdesk " + Version.current());
                    ps.executeUpdate();
                }
                return null;
            });
            return store;
        } catch (SQLException e) {
            closeQuietly(c, lock);
            deletePartial(abs);
            throw SqlErrors.translate(e, "create " + abs.getFileName());
        } catch (RuntimeException e) {
            closeQuietly(c, lock);
            deletePartial(abs);
            throw e;
        }
    }

    /** Opens a show for reading and writing; refuses when another process has it open. */
    public static ShowStore open(Path file) {
        Path abs = file.toAbsolutePath();
        int version = inspect(abs);
        ProjectLock lock = lockOrExplain(abs);
        Connection c = null;
        try {
            c = connect(abs, false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
            }
            ShowStore store = new ShowStore(abs, c, lock, false);
            if (version < SCHEMA_VERSION) {
                store.write(conn -> {
                    Migrations.apply(conn, version, SCHEMA_VERSION);
                    return null;
                });
            }
            return store;
        } catch (SQLException e) {
            closeQuietly(c, lock);
            throw SqlErrors.translate(e, "open " + abs.getFileName());
        } catch (RuntimeException e) {
            closeQuietly(c, lock);
            throw e;
        }
    }

    /** Opens a show to look at it; never writes, never takes the writer's lock. */
    public static ShowStore openReadOnly(Path file) {
        Path abs = file.toAbsolutePath();
        int version = inspect(abs);
        if (version < SCHEMA_VERSION) {
            throw new ProjectFormatException(abs.getFileName() + " uses an older file format (" + version
                    + ") that must be upgraded before it can be read; open it normally (not read-only) to upgrade it.");
        }
        try {
            return new ShowStore(abs, connect(abs, true), null, true);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "open " + abs.getFileName());
        }
    }

    /**
     * Checks that {@code file} is a readable Showdesk project this version understands, without
     * writing to it. Returns its schema version.
     */
    public static int inspect(Path file) {
        Path abs = file.toAbsolutePath();
        String name = String.valueOf(abs.getFileName());
        if (!Files.exists(abs)) {
            throw new ShowdeskException(abs + " does not exist. Check the path, or create a show with `showdesk new`.");
        }
        if (!Files.isRegularFile(abs)) {
            throw new ProjectFormatException(abs + " is a folder, not a Showdesk project file (*.showdesk).");
        }
        ProjectHeader header;
        try {
            header = ProjectHeader.read(abs);
        } catch (IOException e) {
            throw new ShowdeskException("Could not read " + abs + ": " + e.getMessage(), e);
        }
        if (!header.sqlite()) {
            String what = header.size() == 0 ? "it is empty" : header.size() < 100 && looksLikeText(abs)
                    ? "it is a short text file" : "it is not an SQLite database";
            throw new ProjectFormatException(name + " is not a Showdesk project: " + what
                    + ". To bring a transcript in, import it into a show instead (`showdesk import`).");
        }
        // With an uncheckpointed WAL beside it, the header may predate the newest pragmas: ask SQLite then.
        boolean walPending = Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"));
        if (!walPending && header.applicationId() != APPLICATION_ID) {
            throw new ProjectFormatException(name + " is an SQLite database of another application, not a Showdesk "
                    + "project. It was not changed.");
        }
        if (header.userVersion() > SCHEMA_VERSION) {
            throw new ProjectFormatException(name + " was written by a newer Showdesk (file format "
                    + header.userVersion() + "; this version reads up to " + SCHEMA_VERSION
                    + "). Update Showdesk to open it. The file was not changed.");
        }
        try (Connection c = connect(abs, true); Statement st = c.createStatement()) {
            int appId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            if (appId != APPLICATION_ID) {
                throw new ProjectFormatException(name + " is an SQLite database of another application, not a "
                        + "Showdesk project. It was not changed.");
            }
            if (version > SCHEMA_VERSION) {
                throw new ProjectFormatException(name + " was written by a newer Showdesk (file format " + version
                        + "; this version reads up to " + SCHEMA_VERSION + "). Update Showdesk to open it.");
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String verdict = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(verdict)) {
                    throw new ProjectDamagedException(name + " is damaged (" + verdict + "). It will not be written to; "
                            + "restore it from a backup (`showdesk backups " + name + "`).");
                }
            }
            return version;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "open " + name);
        }
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(100);
            for (byte x : b) if (x == 0) return false;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static ProjectLock lockOrExplain(Path abs) {
        try {
            return ProjectLock.acquire(abs);
        } catch (ProjectInUseException e) {
            throw e;
        } catch (IOException e) {
            throw new ShowdeskException("Cannot open " + abs.getFileName() + " for writing: the folder "
                    + abs.getParent() + " does not allow it (" + e.getMessage() + "). Open it read-only, or copy the "
                    + "show to a folder you can write to.", e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(5000);
        cfg.setReadOnly(readOnly);
        if (!readOnly) {
            // FULL: a change acknowledged to the host survives a power cut, not only a crash.
            cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            // Take the write lock when a transaction starts, so it never fails half-way on a busy upgrade.
            cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
    }

    private static void closeQuietly(Connection c, ProjectLock lock) {
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // already failing; the original error is what the host needs to see
        }
        try {
            if (lock != null) lock.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }

    private static void deletePartial(Path abs) {
        for (String suffix : new String[]{"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(abs.resolveSibling(abs.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: a half-created show is useless, but failing to delete it is not worse
            }
        }
    }

    private static String defaultName(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Work that reads or writes through the connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in one read transaction (a consistent snapshot). */
    public synchronized <T> T read(SqlWork<T> work) {
        return inTransaction(work, "read " + file.getFileName());
    }

    /** Runs {@code work} as one transaction: all of it is saved, or none of it. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new ShowdeskException(file.getFileName() + " is open read-only; nothing was changed. "
                    + "Close the other Showdesk that has it open, then open it again to edit.");
        }
        return inTransaction(work, "save to " + file.getFileName());
    }

    private <T> T inTransaction(SqlWork<T> work, String action) {
        try {
            if (!connection.getAutoCommit()) {
                return work.run(connection); // nested: part of the caller's transaction
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, action);
        }
    }

    public String showName() {
        return read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT name FROM show WHERE id = 1")) {
                return rs.next() ? rs.getString(1) : defaultName(file);
            }
        });
    }

    public void renameShow(String name) {
        write(c -> {
            try (var ps = c.prepareStatement("UPDATE show SET name = ? WHERE id = 1")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public int schemaVersion() {
        return read(c -> intPragma(c.createStatement(), "user_version"));
    }

    @Override
    public synchronized void close() {
        try {
            if (!readOnly) {
                try (Statement st = connection.createStatement()) {
                    // Fold the WAL back in so the .showdesk file alone is the whole show once closed.
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException ignored) {
                    // the WAL stays beside the file and SQLite replays it on the next open: nothing is lost
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "close " + file.getFileName());
        } finally {
            try {
                if (lock != null) lock.close();
            } catch (IOException ignored) {
                // the OS releases it with the process
            }
        }
    }

    static String readResource(String name) {
        try (InputStream in = ShowStore.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name, e);
        }
    }
}

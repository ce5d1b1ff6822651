package org.showdesk.store;

import org.showdesk.model.Version;

import org.showdesk.model.ProjectDamagedException;
import org.showdesk.model.ProjectFormatException;
import org.showdesk.model.ProjectInUseException;
import org.showdesk.model.ShowdeskException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

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
    public static final int SCHEMA_VERSION = 3;
    public static final String EXTENSION = ".showdesk";

    private final Path file;
    private final Connection connection;
    private final ProjectLock lock;
    private final boolean readOnly;
    /** Set once SQLite reports damage while open: from then on nothing is written, not even a checkpoint. */
    private boolean damaged;
    /** Top-level transactions run so far (nested ones join their caller's): what a test of "one action, one save" counts. */
    private long reads;
    private long writes;
    private final java.util.List<String> warnings = new java.util.ArrayList<>();

    private ShowStore(Path file, Connection connection, ProjectLock lock, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
        if (ProjectLock.linkCount(file) > 1) {
            warnings.add(file.getFileName() + " has " + ProjectLock.linkCount(file) + " names (hard links), as backup "
                    + "tools such as rsnapshot leave them: every change made here also changes the file under its "
                    + "other names. Showdesk still lets only one writer in at a time. To keep the others as they "
                    + "are, save a copy of the show (`cp`) and work on the copy.");
        }
    }

    /** What the host should know about the file that is no error (e.g. it has several hard links). */
    public java.util.List<String> warnings() {
        return java.util.List.copyOf(warnings);
    }

    /** Creates a new show. Refuses to touch an existing file. */
    public static ShowStore create(Path file, String showName) {
        Path abs = ProjectLock.realPath(file);
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
            lock.lockIdentityOf(abs);
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
        } catch (IOException e) {
            closeQuietly(c, lock);
            deletePartial(abs);
            throw new ShowdeskException("Could not create " + abs.getFileName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, lock);
            deletePartial(abs);
            throw e;
        }
    }

    /** Opens a show for reading and writing; refuses when another process has it open. */
    public static ShowStore open(Path file) {
        return open(file, store -> { });
    }

    /**
     * Opens a show for reading and writing; when its file format is older, {@code beforeUpgrade} gets
     * the opened (locked, not yet migrated) store first — to back it up as the older version left it.
     */
    public static ShowStore open(Path file, java.util.function.Consumer<ShowStore> beforeUpgrade) {
        Path abs = ProjectLock.realPath(file);
        Path working = ProjectLock.workingName(abs);
        // Checked before the lock is taken, so a file that is refused never even gets a lock beside it.
        int version = inspect(working);
        if (!Files.isWritable(abs)) {
            throw new ShowdeskException(abs.getFileName() + " is read-only (its file permissions forbid changes). "
                    + "Open it read-only to look at it, or copy it somewhere you can write and open the copy.");
        }
        if (abs.getParent() != null && !Files.isWritable(abs.getParent())) {
            throw new ShowdeskException("Cannot edit " + abs.getFileName() + " where it is: its folder " + abs.getParent()
                    + " is read-only, and Showdesk saves through a journal beside the show. Open it read-only to look "
                    + "at it, or copy the show to a folder you can write to.");
        }
        ProjectLock lock = lockOrExplain(abs, working);
        Connection c = null;
        try {
            c = connect(working, false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
            }
            ShowStore store = new ShowStore(abs, c, lock, false);
            if (version < SCHEMA_VERSION) {
                beforeUpgrade.accept(store);
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
        Path abs = ProjectLock.realPath(file);
        Path working = ProjectLock.workingName(abs);
        int version = inspect(working);
        if (version < SCHEMA_VERSION) {
            throw new ProjectFormatException(abs.getFileName() + " uses an older file format (" + version
                    + ") that must be upgraded before it can be read; open it normally (not read-only) to upgrade it.");
        }
        try {
            return new ShowStore(abs, connect(working, true), null, true);
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "open " + abs.getFileName());
        }
    }

    /**
     * Checks that {@code file} is a readable Showdesk project this version understands, without
     * writing to it. Returns its schema version.
     */
    public static int inspect(Path file) {
        return ProjectChecks.inspect(file);
    }

    /**
     * The path Showdesk gives SQLite for {@code show}: its real path, or another name of the same file (a hard
     * link) its last writer used, whose WAL must be the one replayed. Scripts that read a show while Showdesk
     * may have left a WAL behind should open this name.
     */
    public static Path sqliteName(Path show) {
        return ProjectLock.workingName(ProjectLock.realPath(show));
    }

    private static ProjectLock lockOrExplain(Path abs) {
        return lockOrExplain(abs, abs);
    }

    private static ProjectLock lockOrExplain(Path abs, Path working) {
        try {
            return ProjectLock.acquire(abs, working);
        } catch (ProjectInUseException e) {
            throw e;
        } catch (IOException e) {
            throw new ShowdeskException("Cannot open " + abs.getFileName() + " for writing: the folder "
                    + abs.getParent() + " does not allow it (" + e.getMessage() + "). Open it read-only, or copy the "
                    + "show to a folder you can write to.", e);
        }
    }

    static Connection connect(Path file, boolean readOnly) throws SQLException {
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
        if (readOnly && onReadOnlyMedium(file)) {
            // A WAL-mode file needs its -shm beside it, which cannot be created in a read-only folder (a
            // share, a stick, a burned disc) and would be left behind beside a write-protected file. With no WAL
            // pending, the file alone is the whole show and nobody can be writing it, so SQLite may read it as
            // immutable.
            return DriverManager.getConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1", cfg.toProperties());
        }
        if (readOnly && !Files.exists(sibling(file, "-wal"))) {
            // A read-only connection to a WAL-mode show creates -wal and -shm beside it and can never remove
            // them. A writable one that refuses to write (query_only) removes them when it is the last to
            // close, as SQLite does for every writer; it cannot create the file (no CREATE flag).
            SQLiteConfig looking = new SQLiteConfig();
            looking.enforceForeignKeys(true);
            looking.setBusyTimeout(5000);
            looking.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, looking.toProperties());
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA query_only=1");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }
        return DriverManager.getConnection("jdbc:sqlite:" + file, cfg.toProperties());
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /**
     * The file or its folder forbids writing and no WAL is pending: then nobody can be writing it, the file alone is
     * the whole show, and a read-only open must not create -wal/-shm files it could never remove (a write-protected
     * show in a writable folder would otherwise collect them, since only a writer removes them).
     */
    private static boolean onReadOnlyMedium(Path file) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        boolean protectedFile = !Files.isWritable(abs) || (dir != null && !Files.isWritable(dir));
        return protectedFile && !Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"));
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
        if (isOutermost()) reads++;
        return inTransaction(work, "read " + file.getFileName());
    }

    /**
     * Runs {@code action} as one write transaction: every repository call inside it joins it, so a host's
     * action made of several changes (a correction, the entry fields it reaches, the glossary it teaches) is
     * saved whole or not at all.
     */
    public <T> T inOneTransaction(java.util.function.Supplier<T> action) {
        return write(c -> action.get());
    }

    /** Runs {@code action} as one read transaction: repository reads inside it see one consistent snapshot. */
    public <T> T inOneReadTransaction(java.util.function.Supplier<T> action) {
        return read(c -> action.get());
    }

    /** How many top-level read and write transactions this store has run: {@code [reads, writes]}. */
    public synchronized long[] transactionCounts() {
        return new long[]{reads, writes};
    }

    private boolean isOutermost() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    /** Runs {@code work} as one transaction: all of it is saved, or none of it. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new ShowdeskException(file.getFileName() + " is open read-only; nothing was changed. "
                    + "Close the other Showdesk that has it open, then open it again to edit.");
        }
        if (damaged) {
            throw new ProjectDamagedException(file.getFileName() + " was found damaged while open, so nothing more is "
                    + "written to it. Close it and restore a backup (`showdesk backups " + file.getFileName() + "`).");
        }
        if (isOutermost()) writes++;
        try {
            return inTransaction(work, "save to " + file.getFileName());
        } catch (ProjectDamagedException e) {
            damaged = true;
            throw e;
        }
    }

    /**
     * Copies the whole show, as of now, into {@code destination} with SQLite's online backup API (a
     * consistent snapshot that includes changes still in the WAL; a plain file copy of a live
     * database could tear). Runs under this store's lock, so no write of ours can interleave.
     */
    public synchronized void backupTo(Path destination) {
        try {
            if (!connection.getAutoCommit()) throw new IllegalStateException("backup inside a transaction");
            int rc = connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", destination.toString(), null);
            if (rc != 0) {
                throw new SQLiteException("the online backup stopped with SQLite result code " + rc,
                        SQLiteErrorCode.getErrorCode(rc));
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "back up " + file.getFileName());
        }
    }

    /** Rows changed through this store since it was opened: unchanged means there is nothing new to back up. */
    public synchronized long changeCount() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT total_changes()")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** SQLite's full {@code integrity_check} (reads every page and index; slower than the check on open). */
    public synchronized String integrityCheck() {
        return read(c -> {
            try (Statement st = c.createStatement()) {
                return ProjectChecks.check(st, "integrity_check");
            }
        });
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
                try {
                    // Its own try: setAutoCommit(true) commits, and after SQLite gave the transaction up (a full
                    // disk) that fails with "no transaction is active", which must not hide the real cause.
                    connection.setAutoCommit(true);
                } catch (SQLException restoreFailure) {
                    e.addSuppressed(restoreFailure);
                }
                throw e;
            } finally {
                if (!connection.getAutoCommit()) connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(e, action);
        }
    }

    public String showName() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM show WHERE id = 1")) {
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
        return read(c -> {
            try (Statement st = c.createStatement()) {
                return ProjectChecks.intPragma(st, "user_version");
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            if (!readOnly && !damaged) {
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

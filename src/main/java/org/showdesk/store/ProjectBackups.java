package org.showdesk.store;

import org.showdesk.model.Backup;
import org.showdesk.model.ProjectDamagedException;
import org.showdesk.model.ProjectInUseException;
import org.showdesk.files.AtomicWriter;
import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backups of one show: {@code ROOT/<file name>-<hash of its real path>/<id>_<why>.showdesk}, where the
 * id is the UTC time it was taken ({@code 20261128-144112-120}), so names sort by age, and why says what it
 * was taken for ({@code before-import}, {@code while-editing}…).
 *
 * <p>Each backup is a complete, self-contained project (rollback journal, no WAL beside it), written through
 * the one atomic writer: under a temporary name, checked with {@code quick_check}, flushed to disk and only
 * then renamed into place, so a listed backup is never half-written. Which are kept is the
 * {@link BackupRetention}'s rule, applied after every new backup.
 */
public final class ProjectBackups {
    private static final String SUFFIX = ".showdesk";
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("(\\d{8}-\\d{6}-\\d{3})(?:_([a-z0-9-]{1,40}))?\\.showdesk");
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /**
     * One backup as listed: {@code episodes} is -1 when the backup can no longer be read; {@code why} is what
     * it was taken for ("before import", "while editing"…; "" for backups of older Showdesks).
     */

    private final Path project;
    private final Path folder;
    private final BackupRetention retention;
    private final java.time.Clock clock;

    public ProjectBackups(Path backupsRoot, Path project) {
        this(backupsRoot, project, BackupRetention.DEFAULT, java.time.Clock.systemUTC());
    }

    /** @param clock when backups are taken and how old they are (tests drive it) */
    public ProjectBackups(Path backupsRoot, Path project, BackupRetention retention, java.time.Clock clock) {
        this.project = ProjectLock.realPath(project);
        this.folder = folderFor(backupsRoot, this.project);
        this.retention = retention;
        this.clock = clock;
    }

    public BackupRetention retention() {
        return retention;
    }

    /** Two shows with the same file name in different folders get different backup folders. */
    static Path folderFor(Path backupsRoot, Path project) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(project.toString().getBytes(StandardCharsets.UTF_8));
            return backupsRoot.resolve(project.getFileName() + "-" + HexFormat.of().formatHex(digest, 0, 4));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Path folder() {
        return folder;
    }

    public Path project() {
        return project;
    }

    /** Backs up an open show (online, while it stays open), then thins the backups by their rule. */
    public Backup backUp(ShowStore store) {
        return backUp(store, "taken by hand");
    }

    /** As {@link #backUp(ShowStore)}, remembering {@code why} ("before import", "while editing"…). */
    public Backup backUp(ShowStore store, String why) {
        return writeBackup(store::backupTo, why);
    }

    /**
     * Remembers the show file as it is now (size and time of its last change) as holding nothing its newest
     * backup lacks: called after a close that only folded the WAL in, which touches the file without changing
     * the show.
     */
    public void rememberUnchanged() {
        try {
            Files.createDirectories(folder);
            AtomicWriter.replace(folder.resolve(UNCHANGED), temp -> Files.writeString(temp, stateOf(project)));
        } catch (IOException | RuntimeException e) {
            // without the note, the next opening takes one backup more: nothing is lost
        }
    }

    /** Whether the show file is still exactly as {@link #rememberUnchanged} last saw it. */
    public boolean unchangedSinceRemembered() {
        try {
            Path note = folder.resolve(UNCHANGED);
            Path wal = sibling(ProjectLock.workingName(project), "-wal");
            return Files.isRegularFile(note) && (!Files.exists(wal) || Files.size(wal) == 0)
                    && Files.readString(note).equals(stateOf(project));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static final String UNCHANGED = "unchanged-since-newest.txt";

    private static String stateOf(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> files = backupFiles();
        List<Backup> out = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0; i--) out.add(describe(files.get(i)));
        return out;
    }

    /** The newest backup that passes {@code quick_check}, if any. */
    public Optional<Backup> newestGood() {
        for (Backup b : list()) {
            if (b.episodes() >= 0 && "ok".equals(verdict(b.file()))) return Optional.of(b);
        }
        return Optional.empty();
    }

    public Backup find(String id) {
        return list().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(() -> new ShowdeskException(
                "There is no backup " + id + " of " + project.getFileName() + ". List them with: showdesk backups \""
                        + project + "\""));
    }

    /** The exact command line that puts backup {@code id} back. */
    public String restoreCommand(String id) {
        return "showdesk restore \"" + project + "\" --backup " + id;
    }

    /** Adds the newest good backup and the exact restore command to a damage report. */
    public ProjectDamagedException explain(ProjectDamagedException damage) {
        Optional<Backup> good = newestGood();
        String advice = good.map(b -> " The newest good backup is " + b.id() + " (taken " + b.takenAt() + ", "
                        + b.episodes() + " episodes). Restore it with: " + restoreCommand(b.id()))
                .orElse(" There is no backup of it in " + folder + ".");
        return new ProjectDamagedException(damage.getMessage() + advice, good.map(Backup::id).orElse(null), damage);
    }

    /**
     * Replaces the show with backup {@code id}. Refused while the show is open for writing anywhere.
     * The current file is backed up first (or, when it is too damaged to back up, its bytes are kept
     * beside the backups as {@code <id>-damaged.showdesk}), then the backup is copied to a temporary
     * file beside the show, checked, flushed and renamed over it: at every moment the show is either
     * the old file or the restored one. Returns the backup of the file as it was before.
     */
    public Optional<Backup> restore(String id) {
        Backup chosen = find(id);
        String verdict = verdict(chosen.file());
        if (!"ok".equals(verdict)) {
            throw new ProjectDamagedException("Backup " + id + " is itself damaged (" + verdict
                    + ") and was not restored; choose an older one (showdesk backups \"" + project + "\").");
        }
        Path working = ProjectLock.workingName(project);
        // Showdesk's lock keeps other Showdesks out; SQLite's own write lock, held until the file is replaced, keeps
        // out every other program (sqlite3, a script), so no change committed meanwhile can miss the backup.
        try (ProjectLock lock = lockForRestore(working); WriteLock writeLock = sqliteWriteLock(working)) {
            Optional<Backup> before = Files.exists(project) ? Optional.ofNullable(keepCurrent(working, writeLock.connection()))
                    : Optional.empty();
            AtomicWriter.replace(project, temp -> {
                Files.copy(chosen.file(), temp, StandardCopyOption.REPLACE_EXISTING);
                String copied = verdict(temp);
                if (!"ok".equals(copied)) {
                    throw new IOException("the copy of backup " + id + " did not check out (" + copied
                            + "); check the disk and try again");
                }
                // The old file's WAL must not be replayed into the restored one: it was folded in or kept above.
                Files.deleteIfExists(sibling(project, "-wal"));
                Files.deleteIfExists(sibling(project, "-shm"));
            });
            return before;
        } catch (IOException e) {
            throw new ShowdeskException("Could not restore " + project.getFileName() + " from backup " + id + ": "
                    + e.getMessage() + ". The show file was not replaced.", e);
        }
    }

    private ProjectLock lockForRestore(Path working) throws IOException {
        try {
            return ProjectLock.acquire(project, working);
        } catch (ProjectInUseException e) {
            throw new ProjectInUseException(e.getMessage().replaceFirst("\\. Close it there.*$", "")
                    + ". Restoring replaces the whole file, so close the show there first; nothing was changed.");
        }
    }

    /**
     * Opens the current file and takes SQLite's write lock on it, waiting (the busy timeout) for a program that is
     * writing it to finish. Null when there is no file or it is too damaged for SQLite: then no program can be
     * writing it through SQLite either.
     */
    private WriteLock sqliteWriteLock(Path working) {
        if (!Files.exists(working)) return new WriteLock(null);
        try {
            ShowStore.inspect(working);
        } catch (ShowdeskException damagedOrForeign) {
            return new WriteLock(null);
        }
        Connection c = null;
        try {
            c = ShowStore.connect(working, false);
            try (Statement st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
            }
            return new WriteLock(c);
        } catch (SQLException e) {
            closeQuietly(c);
            if (SqlErrors.isBusy(e)) {
                throw new ProjectInUseException(project.getFileName() + " is being written by another program (an open "
                        + "transaction, e.g. in sqlite3 or a script). Restoring replaces the whole file, so close that "
                        + "program or let it finish, and try again; nothing was changed.");
            }
            throw SqlErrors.translate(e, "lock " + project.getFileName() + " before restoring");
        }
    }

    /** SQLite's write lock on the show, let go (the empty transaction rolled back) when closed. */
    private record WriteLock(Connection connection) implements AutoCloseable {
        @Override
        public void close() {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Keeps the current file before it is replaced; null when only a raw copy of damaged bytes was possible. */
    private Backup keepCurrent(Path working, Connection writeLock) throws IOException {
        boolean healthy;
        try {
            ShowStore.inspect(working);
            healthy = true;
        } catch (ShowdeskException damagedOrForeign) {
            healthy = false;
        }
        if (healthy && writeLock != null) {
            // SQLite refuses an online backup from the connection that holds the write lock, so a second one reads;
            // with the lock held nothing can commit meanwhile: the backup is the file as the last commit left it.
            return writeBackup(dest -> {
                try (Connection c = ShowStore.connect(working, false)) {
                    int rc = c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                            .backup("main", dest.toString(), null);
                    if (rc != 0) throw new SQLException("online backup result code " + rc);
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, "back up " + project.getFileName() + " before restoring");
                }
            }, "before restore");
        }
        if (healthy) {
            return writeBackup(dest -> {
                try (Connection c = ShowStore.connect(working, false); Statement st = c.createStatement()) {
                    int rc = c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                            .backup("main", dest.toString(), null);
                    if (rc != 0) throw new SQLException("online backup result code " + rc);
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, "back up " + project.getFileName() + " before restoring");
                }
            }, "before restore");
        }
        Files.createDirectories(folder);
        String stamp = freshId() + "-damaged";
        for (String suffix : new String[]{"", "-wal"}) {
            Path from = sibling(working, suffix);
            if (Files.exists(from)) Files.copy(from, folder.resolve(stamp + SUFFIX + suffix));
        }
        return null;
    }

    private interface Copier {
        void copyTo(Path destination) throws IOException;
    }

    private Backup writeBackup(Copier copier, String why) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw cannotWrite(AtomicWriter.describe(e), e);
        }
        String id = freshId();
        Path done = folder.resolve(id + "_" + slug(why) + SUFFIX);
        try {
            AtomicWriter.replace(done, temp -> {
                try {
                    copier.copyTo(temp);
                    String verdict = selfContained(temp);
                    if (!"ok".equals(verdict)) {
                        throw new ShowdeskException("The backup of " + project.getFileName() + " did not pass "
                                + "SQLite's check (" + verdict + ") and was discarded; the show itself was not changed.");
                    }
                } finally {
                    Files.deleteIfExists(sibling(temp, "-journal"));
                    Files.deleteIfExists(sibling(temp, "-wal"));
                    Files.deleteIfExists(sibling(temp, "-shm"));
                }
            });
        } catch (ShowdeskException e) {
            if (e.getMessage().contains("did not pass")) throw e;
            throw cannotWrite(e.getMessage(), e);
        }
        prune();
        return describe(done);
    }

    private ShowdeskException cannotWrite(String why, Exception cause) {
        return new ShowdeskException("Could not write a backup of " + project.getFileName() + " into " + folder
                + ": " + why + ". The show itself is unchanged.", cause);
    }

    /** "before split --replace" → "before-split-replace": a file-name part that reads back as words. */
    static String slug(String why) {
        String s = why.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        s = s.length() > 40 ? s.substring(0, 40) : s;
        return s.isEmpty() ? "backup" : s;
    }

    /** Switches a fresh copy to a rollback journal (no WAL files beside backups) and checks it. */
    private static String selfContained(Path copy) {
        try (Connection c = ShowStore.connect(copy, false); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=DELETE");
            return ProjectChecks.check(st, "quick_check");
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** SQLite's quick_check of a file that must also be a Showdesk project; "ok" when it is. */
    static String verdict(Path file) {
        try (Connection c = ShowStore.connect(file, true); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA application_id")) {
                if (!rs.next() || rs.getInt(1) != ShowStore.APPLICATION_ID) return "not a Showdesk project";
            }
            return ProjectChecks.check(st, "quick_check");
        } catch (SQLException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    /** Applies the retention rule; a backup that cannot be deleted now is tried again after the next one. */
    private void prune() {
        List<BackupRetention.Taken> taken = new ArrayList<>();
        java.util.Map<String, Path> byId = new java.util.HashMap<>();
        for (Path f : backupFiles()) {
            String id = idOf(f.getFileName().toString());
            long size;
            try {
                size = Files.size(f);
            } catch (IOException e) {
                size = 0;
            }
            taken.add(new BackupRetention.Taken(id, Instant.from(ID.parse(id)), size));
            byId.put(id, f);
        }
        for (String id : retention.toDelete(taken, clock.instant())) {
            try {
                Files.deleteIfExists(byId.get(id));
            } catch (IOException e) {
                // kept for now; the rule is applied again after the next backup
            }
        }
    }

    /** Backup files, oldest first (ids are UTC times, so their names sort by age). */
    private List<Path> backupFiles() {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> isBackupName(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new ShowdeskException("Could not read the backup folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean isBackupName(String name) {
        return NAME.matcher(name).matches();
    }

    private static String idOf(String fileName) {
        var m = NAME.matcher(fileName);
        return m.matches() ? m.group(1) : fileName;
    }

    private static String whyOf(String fileName) {
        var m = NAME.matcher(fileName);
        return m.matches() && m.group(2) != null ? m.group(2).replace('-', ' ').replace("split replace",
                "split --replace") : "";
    }

    private static Backup describe(Path file) {
        String id = idOf(file.getFileName().toString());
        Instant at = Instant.from(ID.parse(id));
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        int episodes = -1;
        try (Connection c = ShowStore.connect(file, true); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM episode")) {
            if (rs.next()) episodes = rs.getInt(1);
        } catch (SQLException unreadable) {
            // listed with -1 episodes, so the host sees it exists but cannot be used
        }
        return new Backup(id, at, size, episodes, file, whyOf(file.getFileName().toString()));
    }

    private String freshId() {
        Instant now = clock.instant();
        java.util.Set<String> used = new java.util.HashSet<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.forEach(p -> used.add(p.getFileName().toString().substring(0,
                    Math.min(19, p.getFileName().toString().length()))));
        } catch (IOException e) {
            // an unreadable folder fails the write just after, with its reason
        }
        String id = ID.format(now);
        while (used.contains(id)) {
            now = now.plusMillis(1);
            id = ID.format(now);
        }
        return id;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}

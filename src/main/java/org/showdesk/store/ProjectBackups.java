package org.showdesk.store;

import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
 * The rolling backups of one show: {@code ROOT/<file name>-<hash of its absolute path>/<id>.showdesk},
 * where the id is the UTC time it was taken ({@code 20261128-144112-120}), so names sort by age.
 *
 * <p>Each backup is a complete, self-contained project (rollback journal, no WAL beside it), written
 * under a temporary name, checked with {@code quick_check}, flushed to disk and only then renamed into
 * place, so a listed backup is never half-written. The newest {@link #KEEP} are kept.
 */
public final class ProjectBackups {
    public static final int KEEP = 10;
    private static final String SUFFIX = ".showdesk";
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    /** One backup as listed: {@code episodes} is -1 when the backup can no longer be read. */
    public record Backup(String id, Instant takenAt, long sizeBytes, int episodes, Path file) {
    }

    private final Path project;
    private final Path folder;
    private final int keep;

    public ProjectBackups(Path backupsRoot, Path project) {
        this(backupsRoot, project, KEEP);
    }

    public ProjectBackups(Path backupsRoot, Path project, int keep) {
        if (keep < 1) throw new IllegalArgumentException("keep at least one backup");
        this.project = project.toAbsolutePath().normalize();
        this.folder = folderFor(backupsRoot, this.project);
        this.keep = keep;
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

    /** Backs up an open show (online, while it stays open) and drops the oldest beyond the kept number. */
    public Backup backUp(ShowStore store) {
        return writeBackup(store::backupTo);
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
        try (ProjectLock lock = lockForRestore()) {
            Optional<Backup> before = Files.exists(project) ? Optional.ofNullable(keepCurrent()) : Optional.empty();
            Path temp = project.resolveSibling("." + project.getFileName() + ".restoring");
            Files.copy(chosen.file(), temp, StandardCopyOption.REPLACE_EXISTING);
            force(temp);
            String copied = verdict(temp);
            if (!"ok".equals(copied)) {
                Files.deleteIfExists(temp);
                throw new ShowdeskException("The copy of backup " + id + " did not check out (" + copied
                        + "); the show was left as it was. Check the disk and try again.");
            }
            // The old file's WAL must not be replayed into the restored one: it was folded in or kept above.
            Files.deleteIfExists(sibling(project, "-wal"));
            Files.deleteIfExists(sibling(project, "-shm"));
            moveAtomically(temp, project);
            return before;
        } catch (IOException e) {
            throw new ShowdeskException("Could not restore " + project.getFileName() + " from backup " + id + ": "
                    + e.getMessage() + ". The show file was not replaced.", e);
        }
    }

    private ProjectLock lockForRestore() throws IOException {
        try {
            return ProjectLock.acquire(project);
        } catch (ProjectInUseException e) {
            throw new ProjectInUseException(e.getMessage().replaceFirst("\\. Close it there.*$", "")
                    + ". Restoring replaces the whole file, so close the show there first; nothing was changed.");
        }
    }

    /** Keeps the current file before it is replaced; null when only a raw copy of damaged bytes was possible. */
    private Backup keepCurrent() throws IOException {
        boolean healthy;
        try {
            ShowStore.inspect(project);
            healthy = true;
        } catch (ShowdeskException damagedOrForeign) {
            healthy = false;
        }
        if (healthy) {
            return writeBackup(dest -> {
                try (Connection c = ShowStore.connect(project, false); Statement st = c.createStatement()) {
                    int rc = c.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                            .backup("main", dest.toString(), null);
                    if (rc != 0) throw new SQLException("online backup result code " + rc);
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                } catch (SQLException e) {
                    throw SqlErrors.translate(e, "back up " + project.getFileName() + " before restoring");
                }
            });
        }
        Files.createDirectories(folder);
        String stamp = freshId() + "-damaged";
        for (String suffix : new String[]{"", "-wal"}) {
            Path from = sibling(project, suffix);
            if (Files.exists(from)) Files.copy(from, folder.resolve(stamp + SUFFIX + suffix));
        }
        return null;
    }

    private interface Copier {
        void copyTo(Path destination) throws IOException;
    }

    private Backup writeBackup(Copier copier) {
        try {
            Files.createDirectories(folder);
            String id = freshId();
            Path partial = folder.resolve(id + ".partial");
            Path done = folder.resolve(id + SUFFIX);
            try {
                copier.copyTo(partial);
                String verdict = selfContained(partial);
                if (!"ok".equals(verdict)) {
                    throw new ShowdeskException("The backup of " + project.getFileName() + " did not pass SQLite's "
                            + "check (" + verdict + ") and was discarded; the show itself was not changed.");
                }
                force(partial);
                moveAtomically(partial, done);
            } finally {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(sibling(partial, "-journal"));
            }
            prune();
            return describe(done);
        } catch (IOException e) {
            throw new ShowdeskException("Could not write a backup of " + project.getFileName() + " into " + folder
                    + ": " + e.getMessage() + ". The show itself is unchanged.", e);
        }
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

    private void prune() throws IOException {
        List<Path> files = backupFiles();
        for (int i = 0; i < files.size() - keep; i++) Files.deleteIfExists(files.get(i));
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
        return name.endsWith(SUFFIX) && idOf(name).matches("\\d{8}-\\d{6}-\\d{3}");
    }

    private static String idOf(String fileName) {
        return fileName.substring(0, fileName.length() - SUFFIX.length());
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
        return new Backup(id, at, size, episodes, file);
    }

    private String freshId() {
        Instant now = Instant.now();
        String id = ID.format(now);
        while (Files.exists(folder.resolve(id + SUFFIX)) || Files.exists(folder.resolve(id + "-damaged" + SUFFIX))) {
            now = now.plusMillis(1);
            id = ID.format(now);
        }
        return id;
    }

    private static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames within one folder so the name points at the old or the new file, never at a partial one. */
    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically in " + to.getParent(), e);
        }
        try (FileChannel dir = FileChannel.open(to.getParent(), StandardOpenOption.READ)) {
            dir.force(true); // make the rename itself durable
        } catch (IOException notSupportedOnThisPlatform) {
            // Windows cannot open a folder this way; its rename is already durable once it returns
        }
    }
}

package org.showdesk.app;

import org.showdesk.store.CorrectionRepository;
import org.showdesk.store.DecisionRepository;
import org.showdesk.store.EntryRepository;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.GlossaryRepository;
import org.showdesk.store.SettingsRepository;
import org.showdesk.store.SourceRepository;
import org.showdesk.store.ShowStore;
import org.showdesk.store.TextEdits;

import org.showdesk.model.ShowdeskException;
import org.showdesk.store.ProjectBackups;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A show opened by the window or a command: the project file and its repositories. */
public final class OpenShow implements AutoCloseable {
    private final ShowStore store;
    private final EpisodeRepository episodes;
    private final EntryRepository entries;
    private final GlossaryRepository glossary;
    private final CorrectionRepository corrections;
    private final DecisionRepository decisions;
    private final SettingsRepository settings;
    private final SourceRepository sources;
    private final TextEdits edits;
    private final ProjectBackups backups;
    private long changesAtLastBackup = -1;
    private long changesAtLastTick = -1;
    private java.time.Instant lastBackupAt = java.time.Instant.MIN;
    private ShowdeskException backupProblem;

    public OpenShow(ShowStore store) {
        this.store = store;
        this.episodes = new EpisodeRepository(store);
        this.entries = new EntryRepository(store);
        this.glossary = new GlossaryRepository(store);
        this.corrections = new CorrectionRepository(store);
        this.decisions = new DecisionRepository(store);
        this.settings = new SettingsRepository(store);
        this.sources = new SourceRepository(store);
        this.edits = new TextEdits(store);
        this.backups = ShowBackups.of(store.file());
    }

    public static OpenShow create(Path file, String name) {
        return new OpenShow(ShowStore.create(file, name));
    }

    /**
     * Opens a show for editing and backs it up at once. A damaged show is refused with the newest good
     * backup and the restore command in the message; a failed backup does not stop the opening (see
     * {@link #backupProblem()}).
     */
    public static OpenShow open(Path file) {
        return open(file, null);
    }

    /**
     * Opens a show to carry out {@code action} ("import"…), which it backs up first whatever happened since
     * the newest backup, so that backup's reason names the action. With a null action, as {@link #open(Path)}:
     * a backup only when the show changed since its newest one, so a burst of openings adds none.
     */
    public static OpenShow open(Path file, String action) {
        // An older file is backed up as it was before the upgrade, which later Showdesks cannot undo.
        OpenShow show = new OpenShow(ShowBackups.explainingDamage(file,
                () -> ShowStore.open(file, old -> ShowBackups.of(file).backUp(old, "before upgrade"))));
        try {
            if (action != null) show.backUpNow("before " + action);
            else if (show.changedSinceNewestBackup()) show.backUpNow("opened");
            else {
                show.changesAtLastBackup = show.store.changeCount();
                show.lastBackupAt = java.time.Instant.now();
            }
        } catch (ShowdeskException e) {
            show.backupProblem = e;
        }
        return show;
    }

    /** Whether the file (or its WAL) was written after the newest backup was taken. */
    private boolean changedSinceNewestBackup() {
        List<ProjectBackups.Backup> list = backups.list();
        if (list.isEmpty()) return true;
        if (backups.unchangedSinceRemembered()) return false;
        java.time.Instant newest = list.get(0).takenAt();
        Path file = store.file();
        for (Path p : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            try {
                // an empty WAL is the one this opening just made
                if (java.nio.file.Files.exists(p) && java.nio.file.Files.size(p) > 0
                        && java.nio.file.Files.getLastModifiedTime(p).toInstant().isAfter(newest)) {
                    return true;
                }
            } catch (java.io.IOException e) {
                return true;
            }
        }
        return false;
    }

    public static OpenShow openReadOnly(Path file) {
        return new OpenShow(ShowBackups.explainingDamage(file, () -> ShowStore.openReadOnly(file)));
    }

    /** Backs the show up now (online: it stays open and usable). */
    public synchronized ProjectBackups.Backup backUpNow() {
        return backUpNow("taken by hand");
    }

    private synchronized ProjectBackups.Backup backUpNow(String why) {
        long changes = store.changeCount();
        ProjectBackups.Backup taken = backups.backUp(store, why);
        changesAtLastBackup = changes;
        lastBackupAt = taken.takenAt();
        backupProblem = null;
        return taken;
    }

    /**
     * Before an action that replaces much of the show ("replace all", "split --replace"): a backup whose
     * reason names the action, so the host finds the state just before it in the list.
     */
    public synchronized Optional<ProjectBackups.Backup> backUpBefore(String action) {
        if (store.isReadOnly()) return Optional.empty();
        return Optional.of(backUpNow("before " + action));
    }

    /** A backup when something was saved since the last one. */
    public synchronized Optional<ProjectBackups.Backup> backUpIfChanged() {
        if (store.isReadOnly() || store.changeCount() == changesAtLastBackup) return Optional.empty();
        return Optional.of(backUpNow("while editing"));
    }

    /**
     * For the timer, every {@link ShowBackups#PERIOD}: backs up at the end of each burst of changes (changes
     * since the last backup, none since the last tick) and, while changes go on, at least every
     * {@link ShowBackups#LONGEST_BURST}. {@code now} is the timer's clock.
     */
    public synchronized Optional<ProjectBackups.Backup> onBackupTimer(java.time.Instant now) {
        if (store.isReadOnly()) return Optional.empty();
        long changes = store.changeCount();
        boolean quietSinceLastTick = changes == changesAtLastTick;
        changesAtLastTick = changes;
        if (changes == changesAtLastBackup) return Optional.empty();
        boolean longBurst = !lastBackupAt.isAfter(now.minus(ShowBackups.LONGEST_BURST));
        if (!quietSinceLastTick && !longBurst) return Optional.empty();
        ProjectBackups.Backup taken = backUpNow("while editing");
        lastBackupAt = now;
        return Optional.of(taken);
    }

    /** What the host should know about the show's file that is no error (several hard links, say). */
    public List<String> warnings() {
        return store.warnings();
    }

    /** The backups of this show, newest first. */
    public List<ProjectBackups.Backup> backups() {
        return backups.list();
    }

    /** Why the last backup failed, until one succeeds again. */
    public Optional<ShowdeskException> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    public ShowStore store() {
        return store;
    }

    public Path file() {
        return store.file();
    }

    public String name() {
        return store.showName();
    }

    public EpisodeRepository episodes() {
        return episodes;
    }

    public EntryRepository entries() {
        return entries;
    }

    public GlossaryRepository glossary() {
        return glossary;
    }

    public CorrectionRepository corrections() {
        return corrections;
    }

    public DecisionRepository decisions() {
        return decisions;
    }

    public SettingsRepository settings() {
        return settings;
    }

    public SourceRepository sources() {
        return sources;
    }

    public TextEdits edits() {
        return edits;
    }

    @Override
    public void close() {
        boolean nothingSinceLastBackup = !store.isReadOnly() && changesAtLastBackup >= 0
                && store.changeCount() == changesAtLastBackup;
        store.close();
        // Closing folds the WAL into the file, which changes its time but not the show the backup holds.
        if (nothingSinceLastBackup) backups.rememberUnchanged();
    }
}

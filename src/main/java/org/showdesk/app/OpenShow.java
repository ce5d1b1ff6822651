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
        // An older file is backed up as it was before the upgrade, which later Showdesks cannot undo.
        OpenShow show = new OpenShow(ShowBackups.explainingDamage(file,
                () -> ShowStore.open(file, old -> ShowBackups.of(file).backUp(old))));
        try {
            show.backUpNow();
        } catch (ShowdeskException e) {
            show.backupProblem = e;
        }
        return show;
    }

    public static OpenShow openReadOnly(Path file) {
        return new OpenShow(ShowBackups.explainingDamage(file, () -> ShowStore.openReadOnly(file)));
    }

    /** Backs the show up now (online: it stays open and usable). */
    public synchronized ProjectBackups.Backup backUpNow() {
        long changes = store.changeCount();
        ProjectBackups.Backup taken = backups.backUp(store);
        changesAtLastBackup = changes;
        backupProblem = null;
        return taken;
    }

    /** For the periodic timer: a backup only when something was saved since the last one. */
    public synchronized Optional<ProjectBackups.Backup> backUpIfChanged() {
        if (store.isReadOnly() || store.changeCount() == changesAtLastBackup) return Optional.empty();
        return Optional.of(backUpNow());
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
        store.close();
    }
}

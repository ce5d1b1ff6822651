package org.showdesk.app;

import org.showdesk.model.Backup;
import org.showdesk.correct.CorrectionEngine;
import org.showdesk.model.Decision;
import org.showdesk.model.Episode;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Rule;
import org.showdesk.model.ShowdeskException;
import org.showdesk.store.CorrectionRepository;
import org.showdesk.store.DecisionRepository;
import org.showdesk.store.EntryRepository;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.GlossaryRepository;
import org.showdesk.store.ProjectBackups;
import org.showdesk.store.SettingsRepository;
import org.showdesk.store.ShowStore;
import org.showdesk.store.SourceRepository;
import org.showdesk.store.TextEdits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A show opened by the window or a command: the project file, and what every episode of it shares, held in
 * memory once read (the glossary, the host's rules and decisions, the templates, the correction engine
 * indexed for them). Only the use cases of this package read and write it; they keep the memory and the
 * file the same, so nothing has to be read twice.
 */
public final class OpenShow implements AutoCloseable {
    /** The extension of show files. */
    public static final String EXTENSION = ShowStore.EXTENSION;

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
    private final String name;
    private long changesAtLastBackup = -1;
    private long changesAtLastTick = -1;
    private java.time.Instant lastBackupAt = java.time.Instant.MIN;
    private ShowdeskException backupProblem;

    private List<GlossaryTerm> glossaryTerms;
    private List<Rule> rules;
    private List<Decision> allDecisions;
    private Map<String, String> templateOverrides;
    private final Map<String, Optional<String>> settingCache = new java.util.HashMap<>();
    private CorrectionEngine engine;
    private List<GlossaryTerm> indexedTerms;
    private List<Rule> indexedRules;

    OpenShow(ShowStore store) {
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
        this.name = store.showName();
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
        List<Backup> list = backups.list();
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

    // ---- what the window and the command line read ----

    public Path file() {
        return store.file();
    }

    /** The show's name, read when it was opened. */
    public String name() {
        return name;
    }

    /** True when another Showdesk has the show open for editing, so this one may only look. */
    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** The episodes, in the show's order (metadata only: no transcript is read). */
    public List<Episode> episodeList() {
        return episodes.list();
    }

    /** The glossary as the engine sees it. */
    public synchronized List<GlossaryTerm> glossaryTerms() {
        if (glossaryTerms == null) glossaryTerms = List.copyOf(glossary.list());
        return glossaryTerms;
    }

    public synchronized List<Rule> rules() {
        if (rules == null) rules = List.copyOf(settings.rules());
        return rules;
    }

    /** Templates the host changed, by name. */
    public synchronized Map<String, String> templateOverrides() {
        if (templateOverrides == null) templateOverrides = Map.copyOf(settings.templates());
        return templateOverrides;
    }

    /** A show setting (key/value), read once. */
    public synchronized Optional<String> setting(String key) {
        return settingCache.computeIfAbsent(key, settings::setting);
    }

    /** Saves a show setting. */
    public synchronized void putSetting(String key, String value) {
        settings.putSetting(key, value);
        settingCache.put(key, Optional.of(value));
    }

    /** Top-level read and write transactions run so far, {@code [reads, writes]}: what tests of "one action, one save" count. */
    public long[] transactionCounts() {
        return store.transactionCounts();
    }

    // ---- backups ----

    /** Backs the show up now (online: it stays open and usable). */
    public synchronized Backup backUpNow() {
        return backUpNow("taken by hand");
    }

    private synchronized Backup backUpNow(String why) {
        long changes = store.changeCount();
        Backup taken = backups.backUp(store, why);
        changesAtLastBackup = changes;
        lastBackupAt = taken.takenAt();
        backupProblem = null;
        return taken;
    }

    /**
     * Before an action that replaces much of the show ("replace all", "split --replace"): a backup whose
     * reason names the action, so the host finds the state just before it in the list.
     */
    public synchronized Optional<Backup> backUpBefore(String action) {
        if (store.isReadOnly()) return Optional.empty();
        return Optional.of(backUpNow("before " + action));
    }

    /** A backup when something was saved since the last one. */
    public synchronized Optional<Backup> backUpIfChanged() {
        if (store.isReadOnly() || store.changeCount() == changesAtLastBackup) return Optional.empty();
        return Optional.of(backUpNow("while editing"));
    }

    /**
     * For the timer, every {@link ShowBackups#PERIOD}: backs up at the end of each burst of changes (changes
     * since the last backup, none since the last tick) and, while changes go on, at least every
     * {@link ShowBackups#LONGEST_BURST}. {@code now} is the timer's clock.
     */
    public synchronized Optional<Backup> onBackupTimer(java.time.Instant now) {
        if (store.isReadOnly()) return Optional.empty();
        long changes = store.changeCount();
        boolean quietSinceLastTick = changes == changesAtLastTick;
        changesAtLastTick = changes;
        if (changes == changesAtLastBackup) return Optional.empty();
        boolean longBurst = !lastBackupAt.isAfter(now.minus(ShowBackups.LONGEST_BURST));
        if (!quietSinceLastTick && !longBurst) return Optional.empty();
        Backup taken = backUpNow("while editing");
        lastBackupAt = now;
        return Optional.of(taken);
    }

    /** What the host should know about the show's file that is no error (several hard links, say). */
    public List<String> warnings() {
        return store.warnings();
    }

    /** The backups of this show, newest first. */
    public List<Backup> backups() {
        return backups.list();
    }

    /** Why the last backup failed, until one succeeds again. */
    public Optional<ShowdeskException> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    // ---- for the use cases of this package ----

    /** The engine for the current glossary and rules, indexed again only when they changed. */
    synchronized CorrectionEngine engine() {
        List<GlossaryTerm> terms = glossaryTerms();
        List<Rule> r = rules();
        org.showdesk.correct.ChineseDictionary words = EpisodeCheck.chineseWords();
        if (engine == null || terms != indexedTerms || r != indexedRules) {
            engine = CorrectionEngine.build(terms, r, words);
            indexedTerms = terms;
            indexedRules = r;
        }
        if (engine.words() != words) engine = engine.withWords(words); // HanLP arrived: same index, word boundaries
        return engine;
    }

    /** The decisions that apply to {@code episodeId}: its rejections and every show-wide one. */
    synchronized List<Decision> decisionsFor(long episodeId) {
        if (allDecisions == null) allDecisions = new ArrayList<>(decisions.all());
        return allDecisions.stream().filter(d -> d.episodeId() == 0 || d.episodeId() == episodeId).toList();
    }

    synchronized void decided(Decision d) {
        if (allDecisions != null) allDecisions.add(d);
    }

    /** Decisions taken back (undo): removed from the file, they no longer hide findings. */
    synchronized void undecided(List<Decision> removed) {
        if (allDecisions != null) allDecisions.removeAll(removed);
    }

    /** The glossary or rules changed in the file: read again when next needed (the engine re-indexes). */
    synchronized void glossaryChanged() {
        glossaryTerms = null;
    }

    /** Reads the glossary again now (inside the caller's transaction, when there is one). */
    synchronized void glossaryReread() {
        glossaryTerms = List.copyOf(glossary.list());
    }

    synchronized void rulesChanged() {
        rules = null;
    }

    synchronized void templatesChanged() {
        templateOverrides = null;
    }

    ShowStore store() {
        return store;
    }

    EpisodeRepository episodes() {
        return episodes;
    }

    EntryRepository entries() {
        return entries;
    }

    GlossaryRepository glossary() {
        return glossary;
    }

    CorrectionRepository corrections() {
        return corrections;
    }

    DecisionRepository decisions() {
        return decisions;
    }

    SettingsRepository settings() {
        return settings;
    }

    SourceRepository sources() {
        return sources;
    }

    TextEdits edits() {
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

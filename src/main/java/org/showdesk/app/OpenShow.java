package org.showdesk.app;

import org.showdesk.store.CorrectionRepository;
import org.showdesk.store.DecisionRepository;
import org.showdesk.store.EntryRepository;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.GlossaryRepository;
import org.showdesk.store.SettingsRepository;
import org.showdesk.store.ShowStore;
import org.showdesk.store.TextEdits;

import java.nio.file.Path;

/** A show opened by the window or a command: the project file and its repositories. */
public final class OpenShow implements AutoCloseable {
    private final ShowStore store;
    private final EpisodeRepository episodes;
    private final EntryRepository entries;
    private final GlossaryRepository glossary;
    private final CorrectionRepository corrections;
    private final DecisionRepository decisions;
    private final SettingsRepository settings;
    private final TextEdits edits;

    public OpenShow(ShowStore store) {
        this.store = store;
        this.episodes = new EpisodeRepository(store);
        this.entries = new EntryRepository(store);
        this.glossary = new GlossaryRepository(store);
        this.corrections = new CorrectionRepository(store);
        this.decisions = new DecisionRepository(store);
        this.settings = new SettingsRepository(store);
        this.edits = new TextEdits(store);
    }

    public static OpenShow create(Path file, String name) {
        return new OpenShow(ShowStore.create(file, name));
    }

    public static OpenShow open(Path file) {
        return new OpenShow(ShowStore.open(file));
    }

    public static OpenShow openReadOnly(Path file) {
        return new OpenShow(ShowStore.openReadOnly(file));
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

    public TextEdits edits() {
        return edits;
    }

    @Override
    public void close() {
        store.close();
    }
}

package org.showdesk.app;

import org.showdesk.store.CorrectionRepository;
import org.showdesk.store.DecisionRepository;
import org.showdesk.store.EntryRepository;
import org.showdesk.store.EpisodeRepository;
import org.showdesk.store.GlossaryRepository;
import org.showdesk.store.SettingsRepository;
import org.showdesk.store.ShowStore;
import org.showdesk.store.SourceRepository;
import org.showdesk.store.TextEdits;

/**
 * For tests: the project file behind an open show, to set a show up and to check what was really saved
 * (the window and the commands reach it only through the use cases).
 */
public final class ShowFiles {
    private ShowFiles() {
    }

    public static ShowStore store(OpenShow show) {
        return show.store();
    }

    public static EpisodeRepository episodes(OpenShow show) {
        return show.episodes();
    }

    public static EntryRepository entries(OpenShow show) {
        return show.entries();
    }

    public static GlossaryRepository glossary(OpenShow show) {
        return show.glossary();
    }

    public static SettingsRepository settings(OpenShow show) {
        return show.settings();
    }

    public static DecisionRepository decisions(OpenShow show) {
        return show.decisions();
    }

    public static CorrectionRepository corrections(OpenShow show) {
        return show.corrections();
    }

    public static SourceRepository sources(OpenShow show) {
        return show.sources();
    }

    public static TextEdits edits(OpenShow show) {
        return show.edits();
    }

    /** After writing to the file directly, the show's memory of its glossary, rules and templates is read again. */
    public static void reread(OpenShow show) {
        show.glossaryChanged();
        show.rulesChanged();
        show.templatesChanged();
    }
}

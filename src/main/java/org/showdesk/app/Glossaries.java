package org.showdesk.app;

import org.showdesk.correct.GlossaryAdvice;
import org.showdesk.glossary.GlossaryImport;
import org.showdesk.glossary.GlossaryFiles;
import org.showdesk.glossary.StarterGlossaries;
import org.showdesk.model.InputException;

import java.nio.file.Path;
import java.util.List;

/**
 * Glossary files as the host meets them: read completely (structure from the file formats, advice about
 * false alarms from the engine) before anything is added to a show.
 */
public final class Glossaries {
    private Glossaries() {
    }

    /** Reads a glossary file (format by extension) and adds the engine's advice about its terms. */
    public static GlossaryImport read(Path file) {
        return advised(GlossaryFiles.read(file));
    }

    /** A starter glossary's terms, with the same advice as a file. */
    public static GlossaryImport starter(StarterGlossaries.Starter starter) {
        return advised(StarterGlossaries.load(starter));
    }

    static GlossaryImport advised(GlossaryImport read) {
        String tooLarge = GlossaryAdvice.tooLarge(read.terms().size());
        if (tooLarge != null) throw new InputException(read.source(), 0, tooLarge);
        List<GlossaryImport.Warning> advice = GlossaryAdvice.about(read.terms(), EpisodeCheck.loadedChineseWords())
                .stream()
                .map(a -> new GlossaryImport.Warning(read.source(), a.index() < 0 ? 0 : read.lineOf(a.index()),
                        a.message()))
                .toList();
        return read.withWarnings(advice);
    }
}

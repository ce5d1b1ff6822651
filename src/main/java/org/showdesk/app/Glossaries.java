package org.showdesk.app;

import org.showdesk.model.StarterGlossary;
import org.showdesk.correct.GlossaryAdvice;
import org.showdesk.glossary.GlossaryFiles;
import org.showdesk.model.GlossaryImport;
import org.showdesk.glossary.StarterGlossaries;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.InputException;

import java.nio.file.Path;
import java.util.List;

/**
 * The show's glossary as the host edits it, the same from the glossary window and the command line. Files
 * are read completely (structure from the file formats, advice about false alarms from the engine) before
 * anything is added. After a change, the open episodes are scanned again by the caller
 * ({@link Corrections#rescan}).
 */
public final class Glossaries {
    private final OpenShow show;

    public Glossaries(OpenShow show) {
        this.show = show;
    }

    public List<GlossaryTerm> list() {
        return show.glossaryTerms();
    }

    /** Adds a term, or adds misrecognitions to the term of that name; returns it as stored. */
    public GlossaryTerm add(GlossaryTerm term) {
        GlossaryTerm stored = show.glossary().add(term);
        show.glossaryChanged();
        return stored;
    }

    /** Saves a term's fields and exactly the given misrecognitions. */
    public void update(GlossaryTerm term) {
        show.glossary().update(term);
        show.glossaryChanged();
    }

    /** Deletes a term; the step brings it back with its misrecognitions and notes (as a new row) and deletes it again. */
    public Undoable delete(long termId) {
        GlossaryTerm gone = show.glossary().list().stream().filter(t -> t.id() == termId).findFirst().orElse(null);
        show.glossary().delete(termId);
        show.glossaryChanged();
        if (gone == null) return Undoable.NOTHING;
        return () -> {
            GlossaryTerm back = add(gone.withId(0));
            return () -> delete(back.id());
        };
    }

    /** Adds the terms of a file; returns what was read (with warnings) and how many terms were new. */
    public Added importFile(Path file) {
        return addRead(read(file));
    }

    /** Adds terms read earlier with {@link #read} (a command reads the file before it opens the show). */
    public Added addRead(GlossaryImport read) {
        return new Added(read, addAll(read.terms()));
    }

    /** Adds a starter glossary. */
    public Added addStarter(StarterGlossary starter) {
        GlossaryImport read = starter(starter);
        return new Added(read, addAll(read.terms()));
    }

    private int addAll(List<GlossaryTerm> terms) {
        int added = show.glossary().addAll(terms);
        show.glossaryChanged();
        return added;
    }

    /** Writes the glossary as .txt, .csv or .json (by extension), atomically; returns how many terms. */
    public int export(Path file) {
        List<GlossaryTerm> terms = list();
        GlossaryFiles.write(file, terms);
        return terms.size();
    }

    /** What an import or a starter added. */
    public record Added(GlossaryImport read, int newTerms) {
    }

    /** The glossaries shipped with Showdesk. */
    public static List<StarterGlossary> starters() {
        return StarterGlossaries.list();
    }

    /** Reads a glossary file (format by extension) and adds the engine's advice about its terms. */
    public static GlossaryImport read(Path file) {
        return advised(GlossaryFiles.read(file));
    }

    /** A starter glossary's terms, with the same advice as a file. */
    public static GlossaryImport starter(StarterGlossary starter) {
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

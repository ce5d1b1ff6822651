package org.showdesk.ui.glossary;

import org.showdesk.model.GlossaryTerm;

import java.nio.file.Path;
import java.util.List;

/**
 * Glossary files and starter glossaries, as the correct package reads and writes them. The editor only
 * calls through here so it can be wired to that package's readers once they are in main.
 */
public interface GlossaryTransfer {
    /** Terms read from a text, CSV or JSON file (by extension), with one line per problem found in it. */
    record Read(List<GlossaryTerm> terms, List<String> warnings) {
        public Read {
            terms = List.copyOf(terms);
            warnings = List.copyOf(warnings);
        }
    }

    /** A starter glossary shipped with Showdesk. */
    record Starter(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** @throws org.showdesk.model.ShowdeskException when the file cannot be read, saying where and why */
    Read read(Path file);

    /** Writes in the format the file's extension names. */
    void write(Path file, List<GlossaryTerm> terms);

    List<Starter> starters();

    Read starter(Starter starter);
}

package org.showdesk.correct;

import org.showdesk.model.GlossaryTerm;

import java.util.List;

/**
 * Terms read from a glossary file, with what the host should know about them: merged duplicates,
 * skipped lines, and terms likely to raise false alarms.
 */
public record GlossaryImport(List<GlossaryTerm> terms, List<Warning> warnings) {
    public GlossaryImport {
        terms = List.copyOf(terms);
        warnings = List.copyOf(warnings);
    }

    /** @param line 1-based line in the file, 0 when not tied to a line */
    public record Warning(String source, int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? source + ", line " + line + ": " + message : source + ": " + message;
        }
    }
}

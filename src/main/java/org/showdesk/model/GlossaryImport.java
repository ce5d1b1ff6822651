package org.showdesk.model;


import java.util.ArrayList;
import java.util.List;

/**
 * Terms read from a glossary file, with what the host should know about them: merged duplicates,
 * skipped lines and (added by whoever knows, see {@link #withWarnings}) terms likely to raise false alarms.
 *
 * @param lines the 1-based line each term was read from, in the order of {@code terms} (0 when not known)
 */
public record GlossaryImport(String source, List<GlossaryTerm> terms, List<Integer> lines, List<Warning> warnings) {
    public GlossaryImport {
        terms = List.copyOf(terms);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
        if (lines.size() != terms.size()) throw new IllegalArgumentException("one line number per term");
    }

    /** The line term {@code index} was read from. */
    public int lineOf(int index) {
        return lines.get(index);
    }

    /** The same terms with more warnings after the ones found while reading. */
    public GlossaryImport withWarnings(List<Warning> more) {
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new GlossaryImport(source, terms, lines, all);
    }

    /** The same lines with other terms (e.g. a starter's category filled in). */
    public GlossaryImport withTerms(List<GlossaryTerm> newTerms) {
        return new GlossaryImport(source, newTerms, lines, warnings);
    }

    /**
     * The one-character misrecognitions among the terms ("line 3: 的 for 的确"), which match nearly everywhere
     * and so are added only when the host confirms them (--force).
     */
    public List<String> oneCharacterVariants() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (String v : terms.get(i).variants()) {
                if (isOneCharacter(v)) {
                    found.add((lines.get(i) > 0 ? "line " + lines.get(i) + ": " : "") + v.strip() + " for "
                            + terms.get(i).term());
                }
            }
        }
        return found;
    }

    /** @param line 1-based line in the file, 0 when not tied to a line */
    public record Warning(String source, int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? source + ", line " + line + ": " + message : source + ": " + message;
        }
    }

    /** A single character (after trimming) matches almost anywhere in Chinese: such a variant needs confirming. */
    private static boolean isOneCharacter(String variant) {
        String v = variant == null ? "" : variant.strip();
        return !v.isEmpty() && v.codePointCount(0, v.length()) == 1;
    }
}

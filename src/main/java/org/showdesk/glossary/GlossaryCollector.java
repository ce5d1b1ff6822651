package org.showdesk.glossary;

import org.showdesk.model.GlossaryImport;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.text.GlossaryText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Collects terms as a file is read, whatever its format: merges duplicates, remembers the line each
 * term came from, and keeps the warnings about lines that could not be used.
 */
final class GlossaryCollector {
    private final String source;
    private final Map<String, GlossaryTerm> byKey = new LinkedHashMap<>();
    private final Map<String, Integer> lineByKey = new LinkedHashMap<>();
    private final List<GlossaryImport.Warning> warnings = new ArrayList<>();

    GlossaryCollector(String source) {
        this.source = source;
    }

    void warn(int line, String message) {
        warnings.add(new GlossaryImport.Warning(source, line, message));
    }

    void add(int line, GlossaryTerm term) {
        var problem = GlossaryText.problem(term.term());
        if (problem.isPresent()) {
            warn(line, "the term " + GlossaryText.quoted(term.term()) + " was skipped: " + problem.get());
            return;
        }
        List<String> usable = new ArrayList<>();
        for (String v : term.variants()) {
            var p = GlossaryText.problem(v);
            if (p.isPresent()) warn(line, "the misrecognition " + GlossaryText.quoted(v) + " of " + term.term()
                    + " was skipped: " + p.get());
            else usable.add(v);
        }
        if (usable.size() != term.variants().size()) term = term.withVariants(List.copyOf(usable));
        String key = term.term().strip().toLowerCase(Locale.ROOT);
        GlossaryTerm earlier = byKey.get(key);
        if (earlier == null && byKey.size() >= GlossaryText.MAX_TERMS) {
            throw new org.showdesk.model.InputException(source, line, "holds more than "
                    + String.format("%,d", GlossaryText.MAX_TERMS) + " terms, more than one glossary can hold (the "
                    + "checks keep every term in memory). Split it, or keep the terms this show needs.");
        }
        if (earlier == null) {
            byKey.put(key, term);
            lineByKey.put(key, line);
            return;
        }
        Set<String> variants = new LinkedHashSet<>(earlier.variants());
        variants.addAll(term.variants());
        byKey.put(key, earlier.withVariants(List.copyOf(variants)));
        warn(line, term.term() + " is already on line " + lineByKey.get(key)
                + "; merged the two (misrecognitions combined, the first line's other fields kept)");
    }

    GlossaryImport result() {
        return new GlossaryImport(source, List.copyOf(byKey.values()), List.copyOf(lineByKey.values()), warnings);
    }
}

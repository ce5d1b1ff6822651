package org.showdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * Something in the text that is probably a recognition error.
 *
 * @param start       offset of the first char (Java chars, into the scanned text)
 * @param end         offset just past the last char (exclusive)
 * @param found       the text at [start, end)
 * @param suggestions ranked replacements, best first; never empty
 * @param kind        what kind of problem it is (which detector fired); {@link #rule()} is its stable id
 * @param confidence  0..1
 * @param reason      one line a host understands, e.g. "same pinyin: tong hua shun"
 * @param term        the glossary term (or rule id) behind the finding, for grouping; may equal the suggestion
 */
public record Finding(int start, int end, String found, List<String> suggestions, FindingKind kind, double confidence,
                      String reason, String term) {

    public Finding {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(kind, "kind");
        suggestions = List.copyOf(suggestions);
        if (suggestions.isEmpty()) throw new IllegalArgumentException("a finding needs at least one suggestion");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        reason = reason == null ? "" : reason;
        term = term == null ? suggestions.get(0) : term;
    }

    public String suggestion() {
        return suggestions.get(0);
    }

    /** The kind's stable id, e.g. "near-pinyin": the {@code rule} of JSON output and correction records. */
    public String rule() {
        return kind.id();
    }

    public boolean isStyle() {
        return kind.isStyle();
    }

    public Finding shift(int delta) {
        return new Finding(start + delta, end + delta, found, suggestions, kind, confidence, reason, term);
    }
}

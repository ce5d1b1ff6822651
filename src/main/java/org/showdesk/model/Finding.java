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
 * @param rule        which detector fired, e.g. "known-variant", "pinyin", "near-pinyin", "case-space",
 *                    "phonetic", "transliteration", "user-rule", "number-unit"
 * @param confidence  0..1
 * @param reason      one line a host understands, e.g. "same pinyin: tong hua shun"
 * @param term        the glossary term (or rule id) behind the finding, for grouping; may equal the suggestion
 */
public record Finding(int start, int end, String found, List<String> suggestions, String rule, double confidence,
                      String reason, String term) {

    public Finding {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(rule, "rule");
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

    public Finding shift(int delta) {
        return new Finding(start + delta, end + delta, found, suggestions, rule, confidence, reason, term);
    }
}

package org.showdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A correct term the host wants to see in the transcript.
 *
 * @param variants      known misrecognitions of the term (exact forms ASR produced before)
 * @param pronunciation optional toneless pinyin override, e.g. "tong hua shun", for polyphones the
 *                      pinyin libraries misread; empty when none
 */
public record GlossaryTerm(long id, String term, List<String> variants, TermCategory category, String note,
                           String pronunciation, boolean enabled) {

    public GlossaryTerm {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) throw new IllegalArgumentException("a glossary term cannot be blank");
        variants = List.copyOf(variants == null ? List.of() : variants);
        category = category == null ? TermCategory.OTHER : category;
        note = note == null ? "" : note;
        pronunciation = pronunciation == null ? "" : pronunciation;
    }

    public static GlossaryTerm of(String term, String... variants) {
        return new GlossaryTerm(0, term, List.of(variants), TermCategory.OTHER, "", "", true);
    }

    public GlossaryTerm withVariants(List<String> newVariants) {
        return new GlossaryTerm(id, term, newVariants, category, note, pronunciation, enabled);
    }

    public GlossaryTerm withId(long newId) {
        return new GlossaryTerm(newId, term, variants, category, note, pronunciation, enabled);
    }
}

package org.showdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A correct term the host wants to see in the transcript.
 *
 * @param variants        known misrecognitions of the term (exact forms ASR produced before)
 * @param pronunciation   optional toneless pinyin override, e.g. "tong hua shun", for polyphones the
 *                        pinyin libraries misread; empty when none
 * @param traditional     the term's own Traditional Chinese form, used instead of a conversion; empty when none
 * @param origin          where the term came from when Showdesk added it (e.g. an episode's sources); empty
 *                        when the host added it
 * @param originEpisodeId the episode whose sources added it, or 0
 */
public record GlossaryTerm(long id, String term, List<String> variants, TermCategory category, String note,
                           String pronunciation, boolean enabled, String traditional, String origin,
                           long originEpisodeId) {

    public GlossaryTerm {
        Objects.requireNonNull(term, "term");
        if (term.isBlank()) throw new IllegalArgumentException("a glossary term cannot be blank");
        variants = List.copyOf(variants == null ? List.of() : variants);
        category = category == null ? TermCategory.OTHER : category;
        note = note == null ? "" : note;
        pronunciation = pronunciation == null ? "" : pronunciation;
        traditional = traditional == null ? "" : traditional;
        origin = origin == null ? "" : origin;
    }

    public GlossaryTerm(long id, String term, List<String> variants, TermCategory category, String note,
                        String pronunciation, boolean enabled) {
        this(id, term, variants, category, note, pronunciation, enabled, "", "", 0);
    }

    public static GlossaryTerm of(String term, String... variants) {
        return new GlossaryTerm(0, term, List.of(variants), TermCategory.OTHER, "", "", true);
    }

    public GlossaryTerm withVariants(List<String> newVariants) {
        return new GlossaryTerm(id, term, newVariants, category, note, pronunciation, enabled, traditional, origin,
                originEpisodeId);
    }

    public GlossaryTerm withId(long newId) {
        return new GlossaryTerm(newId, term, variants, category, note, pronunciation, enabled, traditional, origin,
                originEpisodeId);
    }

    public GlossaryTerm withCategory(TermCategory newCategory) {
        return new GlossaryTerm(id, term, variants, newCategory, note, pronunciation, enabled, traditional, origin,
                originEpisodeId);
    }

    public GlossaryTerm withOrigin(String newOrigin, long episodeId) {
        return new GlossaryTerm(id, term, variants, category, note, pronunciation, enabled, traditional, newOrigin,
                episodeId);
    }

    public GlossaryTerm withTraditional(String newTraditional) {
        return new GlossaryTerm(id, term, variants, category, note, pronunciation, enabled, newTraditional, origin,
                originEpisodeId);
    }
}

package org.showdesk.model;

import java.util.Locale;

/**
 * What kind of problem a finding is. Recognition kinds are words ASR got wrong; style kinds
 * (typography, the spelling style of a name) are a matter of house style and are never counted or
 * applied as recognition errors: they have their own switch in {@code fix} and in the review.
 */
public enum FindingKind {
    /** An exact misrecognition the glossary already lists. */
    KNOWN_VARIANT("known-variant", false),
    /** Same pinyin as a glossary term. */
    PINYIN("pinyin", false),
    /** Pinyin one confusable sound away (n/l, an/ang, …). */
    NEAR_PINYIN("near-pinyin", false),
    /** A Latin name with the wrong letter case or spacing (LoraMOE → LoRAMoE). */
    CASE_SPACE("case-space", false),
    /** A Latin name that sounds like a glossary term (Double Metaphone and spelling distance). */
    PHONETIC("phonetic", false),
    /** Chinese characters that transliterate a Latin name (杰米尼 → Gemini). */
    TRANSLITERATION("transliteration", false),
    /** The host's own find → replace rule. */
    USER_RULE("user-rule", false),
    /** A number that lost its unit (71参数 → 7B). */
    NUMBER_UNIT("number-unit", false),
    /** A name written in another accepted style: a hyphen or space (Dual Pivot Tuning → Dual-Pivot Tuning). */
    NAME_STYLE("name-style", true),
    /** Chinese typography: full-width punctuation, spacing between Chinese and Latin. */
    TYPOGRAPHY("typography", true);

    private final String id;
    private final boolean style;

    FindingKind(String id, boolean style) {
        this.id = id;
        this.style = style;
    }

    /** The stable id written to JSON, correction records and the command line, e.g. "near-pinyin". */
    public String id() {
        return id;
    }

    /** True for house-style suggestions, false for recognition errors. */
    public boolean isStyle() {
        return style;
    }

    /** Whether accepting such a finding teaches the glossary a misheard form of its term. */
    public boolean teachesGlossary() {
        return !style && this != USER_RULE && this != NUMBER_UNIT;
    }

    public static FindingKind parse(String id) {
        String k = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (FindingKind f : values()) if (f.id.equals(k) || f.name().equalsIgnoreCase(k)) return f;
        throw new IllegalArgumentException("unknown finding kind: " + id);
    }
}

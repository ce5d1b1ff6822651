package org.showdesk.draft;

import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.ChineseScript;
import org.showdesk.model.LatinSpacing;

import java.util.List;
import java.util.Objects;

/**
 * How an episode's outputs are written beyond its templates.
 *
 * @param script   Simplified (default) or Traditional Chinese for the YouTube description, the show notes and
 *                 the transcript exports
 * @param glossary the show's glossary: its names are never changed by typography or converted to Traditional
 *                 (a term's own Traditional form is used where it has one), and they count as confirmed when
 *                 tags are chosen
 * @param spacing  the show's style for the gap between Chinese and Latin words in drafted text
 */
public record ExportOptions(ChineseScript script, List<GlossaryTerm> glossary, LatinSpacing spacing) {
    public ExportOptions {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(spacing, "spacing");
        glossary = List.copyOf(glossary == null ? List.of() : glossary);
    }

    /**
     * Simplified Chinese, no glossary, and the gaps between Chinese and Latin words as the host left them until
     * the show picks a style: a title the host typed is published as typed.
     */
    public static ExportOptions defaults() {
        return new ExportOptions(ChineseScript.SIMPLIFIED, List.of(), LatinSpacing.KEEP);
    }

    public ExportOptions withScript(ChineseScript newScript) {
        return new ExportOptions(newScript, glossary, spacing);
    }

    public ExportOptions withGlossary(List<GlossaryTerm> newGlossary) {
        return new ExportOptions(script, newGlossary, spacing);
    }

    public ExportOptions withSpacing(LatinSpacing newSpacing) {
        return new ExportOptions(script, glossary, newSpacing);
    }
}

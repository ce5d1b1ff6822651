package org.showdesk.correct;

import org.showdesk.model.Finding;
import org.showdesk.model.FindingKind;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.text.ChineseTypography;
import org.showdesk.model.LatinSpacing;
import org.showdesk.text.TypographyFix;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Chinese typography in the transcript (half-width commas inside Chinese sentences, "..." for an ellipsis) as
 * findings of their own, style class: the same rules the drafts apply. They never take the place of a
 * recognition finding, and the glossary's names are left as spelled. The gap between Chinese and Latin is a
 * matter for the drafts (the show's style), so the transcript keeps its own.
 */
final class TypographyCheck {
    /** Punctuation fixes are nearly always right; still style, so applied only when asked. */
    static final double CONFIDENCE = 0.95;

    private final ChineseTypography typography;

    TypographyCheck(List<GlossaryTerm> terms) {
        this.typography = new ChineseTypography(LatinSpacing.KEEP, terms.stream().map(GlossaryTerm::term).toList());
    }

    /** {@code recognition} with the style fixes that do not touch any of its findings, in text order. */
    List<Finding> addTo(String text, List<Finding> recognition) {
        TreeMap<Integer, Finding> taken = new TreeMap<>();
        for (Finding f : recognition) taken.put(f.start(), f);
        List<Finding> out = new ArrayList<>(recognition);
        for (TypographyFix fix : typography.problems(text)) {
            var before = taken.floorEntry(fix.start());
            if (before != null && before.getValue().end() > fix.start()) continue;
            var after = taken.ceilingEntry(fix.start());
            if (after != null && after.getKey() < Math.max(fix.end(), fix.start() + 1)) continue;
            String found = text.substring(fix.start(), fix.end());
            if (found.equals(fix.replacement())) continue;
            out.add(new Finding(fix.start(), fix.end(), found, List.of(fix.replacement()), FindingKind.TYPOGRAPHY,
                    CONFIDENCE, fix.reason(), "typography"));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}

package org.showdesk.correct;

import org.showdesk.model.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies findings to a text, for batch fixes where the host trusts the engine above a confidence. */
public final class Fixer {
    private Fixer() {
    }

    /** {@link #apply(String, List, double, boolean)} without style findings: recognition errors only. */
    public static String apply(String text, List<Finding> findings, double minConfidence) {
        return apply(text, findings, minConfidence, false);
    }

    /**
     * The text with the best suggestion of every finding at or above {@code minConfidence} applied;
     * style findings (name style, typography) only when {@code style} is true, whatever their confidence.
     * Line structure is kept: a finding whose span holds a line break is skipped, and line breaks in a
     * suggestion become spaces, so line N of the result is line N of the input. Where findings overlap,
     * the first by start wins.
     *
     * @throws IllegalArgumentException when a finding does not match the text (it was scanned from another text)
     */
    public static String apply(String text, List<Finding> findings, double minConfidence, boolean style) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (Finding f : applied(text, findings, minConfidence, style)) {
            out.append(text, copied, f.start()).append(f.suggestion().replaceAll("\\R", " "));
            copied = f.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Exactly the findings {@link #apply(String, List, double, boolean)} applies, in text order: without those
     * below the confidence, overlapping an earlier one or holding a line break.
     */
    public static List<Finding> applied(String text, List<Finding> findings, double minConfidence, boolean style) {
        List<Finding> ordered = findings.stream().sorted(Comparator.comparingInt(Finding::start)).toList();
        List<Finding> applied = new ArrayList<>();
        int copied = 0;
        for (Finding f : ordered) {
            if (f.end() > text.length() || !text.substring(f.start(), f.end()).equals(f.found())) {
                throw new IllegalArgumentException("finding " + f.found() + " at " + f.start()
                        + " does not match the text; scan the text again before fixing it");
            }
            if (!applies(f, minConfidence, style) || f.start() < copied || containsLineBreak(f.found())) continue;
            applied.add(f);
            copied = f.end();
        }
        return applied;
    }

    /** Whether {@code fix} applies the finding: recognition errors by confidence, style findings when asked. */
    public static boolean applies(Finding f, double minConfidence, boolean style) {
        return f.isStyle() ? style : f.confidence() >= minConfidence;
    }

    private static boolean containsLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}

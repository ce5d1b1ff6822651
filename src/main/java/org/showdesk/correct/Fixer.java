package org.showdesk.correct;

import org.showdesk.model.Finding;

import java.util.Comparator;
import java.util.List;

/** Applies findings to a text, for batch fixes where the host trusts the engine above a confidence. */
public final class Fixer {
    private Fixer() {
    }

    /**
     * The text with the best suggestion of every finding at or above {@code minConfidence} applied.
     * Line structure is kept: a finding whose span holds a line break is skipped, and line breaks in a
     * suggestion become spaces, so line N of the result is line N of the input. Where findings overlap,
     * the first by start wins.
     *
     * @throws IllegalArgumentException when a finding does not match the text (it was scanned from another text)
     */
    public static String apply(String text, List<Finding> findings, double minConfidence) {
        List<Finding> ordered = findings.stream().sorted(Comparator.comparingInt(Finding::start)).toList();
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (Finding f : ordered) {
            if (f.end() > text.length() || !text.substring(f.start(), f.end()).equals(f.found())) {
                throw new IllegalArgumentException("finding " + f.found() + " at " + f.start()
                        + " does not match the text; scan the text again before fixing it");
            }
            if (f.confidence() < minConfidence || f.start() < copied || containsLineBreak(f.found())) continue;
            out.append(text, copied, f.start()).append(f.suggestion().replaceAll("\\R", " "));
            copied = f.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static boolean containsLineBreak(String s) {
        return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    }
}

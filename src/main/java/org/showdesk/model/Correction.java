package org.showdesk.model;

import java.time.Instant;

/**
 * A change applied to an episode's text: a finding the host accepted, a rule, or a hand edit.
 * {@code offsetInCue} locates {@code after} inside the cue so the change can be undone on its own.
 *
 * @param undoneAt when the host undid it, or {@code null} while it stands
 */
public record Correction(long id, long episodeId, long cueId, int offsetInCue, String before, String after,
                         String rule, String term, double confidence, Instant appliedAt, Instant undoneAt) {

    /** The rule of changes the host typed by hand. */
    public static final String MANUAL = "manual";

    /** True for a change the host typed, false for an accepted finding or rule. */
    public boolean isManual() {
        return MANUAL.equals(rule);
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}

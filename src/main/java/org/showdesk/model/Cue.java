package org.showdesk.model;

import java.util.Objects;

/**
 * One piece of the transcript: a sentence of a plain-text transcript or one subtitle of a timed one.
 *
 * <p>{@code text} includes whatever separates it from the next cue (a line break, a space), so the
 * concatenation of all cue texts is the episode's text exactly; {@link #displayText()} drops the
 * trailing separator for subtitle output. {@code rawText} is what ASR produced and never changes.
 *
 * @param id      store id, 0 while not yet stored; entries and corrections refer to cues by id
 * @param startMs start time in milliseconds, or {@code null} when the transcript had no timing
 * @param endMs   end time in milliseconds, or {@code null}
 */
public record Cue(long id, Long startMs, Long endMs, String rawText, String text) {

    public Cue {
        Objects.requireNonNull(rawText, "rawText");
        Objects.requireNonNull(text, "text");
        if (startMs != null && startMs < 0) throw new IllegalArgumentException("negative start: " + startMs);
        if (startMs != null && endMs != null && endMs < startMs) {
            throw new IllegalArgumentException("cue ends (" + endMs + ") before it starts (" + startMs + ")");
        }
    }

    /** A new, not yet stored cue whose current text is its raw text. */
    public static Cue of(Long startMs, Long endMs, String text) {
        return new Cue(0, startMs, endMs, text, text);
    }

    public boolean isTimed() {
        return startMs != null;
    }

    public boolean isEdited() {
        return !rawText.equals(text);
    }

    public Cue withText(String newText) {
        return new Cue(id, startMs, endMs, rawText, newText);
    }

    public Cue withId(long newId) {
        return new Cue(newId, startMs, endMs, rawText, text);
    }

    /** The text without the trailing line break or space that separates it from the next cue. */
    public String displayText() {
        return text.stripTrailing();
    }
}

package org.showdesk.media;

import java.util.List;

/**
 * The pauses found in a recording.
 *
 * @param inner         the pauses between the first and the last word, in time order
 * @param speechStartMs where the first word begins (after any silence at the start)
 * @param speechEndMs   where the last word ends
 */
public record Pauses(List<Pause> inner, long speechStartMs, long speechEndMs) {
    public Pauses {
        inner = List.copyOf(inner);
        if (speechEndMs < speechStartMs) throw new IllegalArgumentException("speech ends before it starts");
    }
}

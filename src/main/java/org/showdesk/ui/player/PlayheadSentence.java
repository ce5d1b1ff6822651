package org.showdesk.ui.player;

import org.showdesk.model.Cue;
import org.showdesk.model.Transcript;

import java.util.List;

/**
 * Which sentence of a timed transcript is being heard at a moment of the media: the last cue that started at or
 * before it. Cues keep their order in time, so a binary search finds it while the playhead moves ten times a
 * second through an hour of text.
 */
public final class PlayheadSentence {
    private PlayheadSentence() {
    }

    /**
     * The index of the cue heard at {@code ms}, or -1 before the first timed cue, past the end of the last one, or
     * when the transcript has no times.
     */
    public static int indexAt(Transcript transcript, long ms) {
        List<Cue> cues = transcript.cues();
        int lo = 0;
        int hi = cues.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Long start = cues.get(mid).startMs();
            if (start == null) return linear(cues, ms); // times on some cues only: rare, and short
            if (start <= ms) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (found < 0) return -1;
        Long end = cues.get(found).endMs();
        return end != null && ms >= end && found == cues.size() - 1 ? -1 : found;
    }

    private static int linear(List<Cue> cues, long ms) {
        int found = -1;
        for (int i = 0; i < cues.size(); i++) {
            Long start = cues.get(i).startMs();
            if (start != null && start <= ms) found = i;
        }
        return found;
    }
}

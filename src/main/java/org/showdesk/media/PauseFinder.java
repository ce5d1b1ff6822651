package org.showdesk.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the pauses in speech from its loudness. The threshold follows the recording rather than a fixed level, so a
 * faint noise bed (a room, a fan, a quiet hiss) is taken for silence: it sits between the quiet floor and the voice's
 * usual level. Short dips inside words (a stop consonant) are too short to count, and single louder frames inside a
 * pause (a click in the noise) do not split it.
 */
public final class PauseFinder {
    /** Shorter gaps are inside words or between words of one phrase. */
    static final long MIN_PAUSE_MS = 150;
    /** Louder frames than this inside a pause are a click, not speech. */
    private static final long MAX_BLIP_MS = 30;
    /** Where the threshold sits between the floor and the voice's level. */
    private static final double THRESHOLD_SHARE = 0.3;
    private static final double MIN_MARGIN_DB = 4;
    private static final double MAX_MARGIN_DB = 20;

    private PauseFinder() {
    }

    public static Pauses find(Loudness loudness) {
        int n = loudness.frames();
        if (n == 0) return new Pauses(List.of(), 0, 0);
        float[] sorted = Arrays.copyOf(loudness.db(), n);
        Arrays.sort(sorted);
        double floor = sorted[(int) (n * 0.10)];
        double voice = sorted[Math.min(n - 1, (int) (n * 0.90))];
        double margin = Math.max(MIN_MARGIN_DB, Math.min(MAX_MARGIN_DB, THRESHOLD_SHARE * (voice - floor)));
        double threshold = floor + margin;

        int frameMs = loudness.frameMs();
        int blip = (int) (MAX_BLIP_MS / frameMs);
        List<int[]> quiet = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (loudness.at(i) >= threshold) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            // extend over louder blips no longer than MAX_BLIP_MS that are followed by quiet again
            while (end < n) {
                if (loudness.at(end) < threshold) {
                    end++;
                    continue;
                }
                int loud = end;
                while (loud < n && loudness.at(loud) >= threshold && loud - end <= blip) loud++;
                if (loud < n && loud - end <= blip && loudness.at(loud) < threshold) end = loud;
                else break;
            }
            quiet.add(new int[]{start, end});
            i = end;
        }

        long total = loudness.durationMs();
        long speechStart = 0;
        long speechEnd = total;
        List<Pause> inner = new ArrayList<>();
        for (int[] q : quiet) {
            long startMs = (long) q[0] * frameMs;
            long endMs = (long) q[1] * frameMs;
            if (q[0] == 0) {
                speechStart = endMs;
            } else if (q[1] == n) {
                speechEnd = startMs;
            } else if (endMs - startMs >= MIN_PAUSE_MS) {
                inner.add(new Pause(startMs, endMs));
            }
        }
        if (speechEnd <= speechStart) return new Pauses(List.of(), 0, total);
        return new Pauses(inner, speechStart, speechEnd);
    }
}

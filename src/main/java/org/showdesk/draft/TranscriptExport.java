package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Episode;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * The corrected transcript as plain text and as subtitles. Subtitles keep each cue's timing exactly;
 * cues the host emptied are left out (an empty subtitle is invalid) and the rest renumbered.
 */
final class TranscriptExport {
    /** When a cue has a start but no end, it lasts until the next cue, or this long at the very end. */
    static final long LAST_CUE_FALLBACK_MS = 2000;

    private TranscriptExport() {
    }

    static String srt(Episode episode, Transcript transcript, List<String> notes, WordBreaks words) {
        StringBuilder sb = new StringBuilder();
        int number = 0;
        for (Timed t : timed(episode, transcript, "SRT", notes, words)) {
            sb.append(++number).append('\n')
                    .append(TimeCodes.subtitle(t.start, ',')).append(" --> ").append(TimeCodes.subtitle(t.end, ','))
                    .append('\n').append(t.text.replace("-->", "->")).append("\n\n");
        }
        return sb.toString();
    }

    static String vtt(Episode episode, Transcript transcript, List<String> notes, WordBreaks words) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (Timed t : timed(episode, transcript, "VTT", notes, words)) {
            // In WebVTT cue text "&" and "<" start markup, and "-->" ends the cue.
            String text = t.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            sb.append(TimeCodes.subtitle(t.start, '.')).append(" --> ").append(TimeCodes.subtitle(t.end, '.'))
                    .append('\n').append(text).append("\n\n");
        }
        return sb.toString();
    }

    private record Timed(long start, long end, String text) {
    }

    /**
     * The subtitles of the transcript, shifted by the episode's time offset. Cues of a timed transcript (an SRT, VTT or
     * Whisper import) keep their text and timing: they were cut as subtitles already. Sentences whose times were
     * estimated are cut into readable subtitles ({@link SubtitleLayout}).
     */
    private static List<Timed> timed(Episode episode, Transcript transcript, String format, List<String> notes,
                                     WordBreaks words) {
        List<Cue> cues = transcript.cues();
        for (int i = 0; i < cues.size(); i++) {
            if (!cues.get(i).isTimed()) {
                throw new ShowdeskException("Cannot export " + format + ": cue " + (i + 1) + " has no time ("
                        + preview(cues.get(i).displayText()) + "). This transcript was imported without timings; "
                        + "attach the episode's audio or video and estimate times from it (showdesk media SHOW "
                        + "--episode ID attach FILE, then estimate), export TXT instead, or import the "
                        + "SRT/VTT/Whisper file of this episode.");
            }
        }
        List<Timed> out = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            // A blank line would end the subtitle early in every player.
            String text = c.displayText().strip().replaceAll("\\n\\s*\\n+", "\n");
            if (text.isEmpty()) {
                skipped++;
                continue;
            }
            long end;
            if (c.endMs() != null) {
                end = c.endMs();
            } else {
                end = i + 1 < cues.size() ? Math.max(c.startMs(), cues.get(i + 1).startMs()) : c.startMs() + LAST_CUE_FALLBACK_MS;
                notes.add("Cue " + (i + 1) + " had no end time; it ends at " + TimeCodes.clock(end) + ".");
            }
            if (episode.timesEstimated()) {
                for (SubtitleLayout.Block b : SubtitleLayout.layout(text, c.startMs(), end, words)) {
                    out.add(new Timed(b.start(), b.end(), b.text()));
                }
            } else {
                out.add(new Timed(c.startMs(), end, text));
            }
        }
        if (skipped > 0) notes.add(skipped + " empty cue(s) left out of the " + format + " file.");
        if (episode.timesEstimated()) {
            notes.add("The times are estimates made from the media, not read from a timed transcript: check them in "
                    + "the player before publishing.");
        }
        List<Timed> shifted = shift(out, episode.timeOffsetMs(), notes);
        noteReadingSpeed(shifted, notes);
        return shifted;
    }

    /** Adds the episode's offset; subtitles that end up wholly before 0:00 are left out, and said so. */
    private static List<Timed> shift(List<Timed> subtitles, long offsetMs, List<String> notes) {
        if (offsetMs == 0) return subtitles;
        List<Timed> out = new ArrayList<>();
        int before = 0;
        for (Timed t : subtitles) {
            long start = t.start + offsetMs, end = t.end + offsetMs;
            if (end <= 0) {
                before++;
                continue;
            }
            out.add(new Timed(Math.max(0, start), end, t.text));
        }
        notes.add(String.format(java.util.Locale.ROOT, "Every time is shifted by %+.3f s (the episode's time offset).",
                offsetMs / 1000.0));
        if (before > 0) notes.add(before + " subtitle(s) fell before 0:00 after the offset and were left out.");
        return out;
    }

    private static void noteReadingSpeed(List<Timed> subtitles, List<String> notes) {
        int fast = 0;
        double fastest = 0;
        Timed worst = null;
        for (Timed t : subtitles) {
            double seconds = (t.end - t.start) / 1000.0;
            double speed = seconds <= 0 ? Double.POSITIVE_INFINITY : SubtitleLayout.width(t.text) / seconds;
            if (speed > SubtitleLayout.MAX_CHARS_PER_SECOND) {
                fast++;
                if (speed > fastest) {
                    fastest = speed;
                    worst = t;
                }
            }
        }
        if (fast > 0) {
            notes.add(String.format(java.util.Locale.ROOT, "%d subtitle(s) go faster than %.0f characters a second, more "
                            + "than a viewer can read (the fastest, at %s: %s); give them more time or fewer words.",
                    fast, SubtitleLayout.MAX_CHARS_PER_SECOND, TimeCodes.subtitle(worst.start, ','),
                    Double.isInfinite(fastest) ? "no time at all" : String.format(java.util.Locale.ROOT, "%.1f a second", fastest)));
        }
    }

    private static String preview(String s) {
        return s.length() <= 20 ? "\"" + s + "\"" : "\"" + s.substring(0, 20) + "…\"";
    }
}

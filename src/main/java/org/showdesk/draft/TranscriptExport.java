package org.showdesk.draft;

import org.showdesk.model.Cue;
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

    static String txt(Transcript transcript) {
        String text = transcript.text();
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String srt(Transcript transcript, List<String> notes) {
        StringBuilder sb = new StringBuilder();
        int number = 0;
        for (Timed t : timed(transcript, "SRT", notes)) {
            sb.append(++number).append('\n')
                    .append(TimeCodes.subtitle(t.start, ',')).append(" --> ").append(TimeCodes.subtitle(t.end, ','))
                    .append('\n').append(t.text.replace("-->", "->")).append("\n\n");
        }
        return sb.toString();
    }

    static String vtt(Transcript transcript, List<String> notes) {
        StringBuilder sb = new StringBuilder("WEBVTT\n\n");
        for (Timed t : timed(transcript, "VTT", notes)) {
            // In WebVTT cue text "&" and "<" start markup, and "-->" ends the cue.
            String text = t.text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            sb.append(TimeCodes.subtitle(t.start, '.')).append(" --> ").append(TimeCodes.subtitle(t.end, '.'))
                    .append('\n').append(text).append("\n\n");
        }
        return sb.toString();
    }

    private record Timed(long start, long end, String text) {
    }

    private static List<Timed> timed(Transcript transcript, String format, List<String> notes) {
        List<Cue> cues = transcript.cues();
        for (int i = 0; i < cues.size(); i++) {
            if (!cues.get(i).isTimed()) {
                throw new ShowdeskException("Cannot export " + format + ": cue " + (i + 1) + " has no time ("
                        + preview(cues.get(i).displayText()) + "). This transcript was imported without timings; "
                        + "export TXT instead, or import the SRT/VTT/Whisper file of this episode.");
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
            out.add(new Timed(c.startMs(), end, text));
        }
        if (skipped > 0) notes.add(skipped + " empty cue(s) left out of the " + format + " file.");
        return out;
    }

    private static String preview(String s) {
        return s.length() <= 20 ? "\"" + s + "\"" : "\"" + s.substring(0, 20) + "…\"";
    }
}

package org.showdesk.ingest;

import org.showdesk.model.Cue;
import org.showdesk.model.InputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads SubRip (.srt). Real files from different tools vary, so the reader tolerates missing or
 * wrong subtitle numbers, either comma or full stop before the milliseconds, extra blank lines and
 * text that continues after a blank line (it stays with the subtitle above). It refuses what would
 * lose or misplace words: a broken timing line, an end before the start, text before the first
 * timing.
 */
final class SrtReader {
    static final String EXAMPLE = "00:01:05,250 --> 00:01:08,000";

    private SrtReader() {
    }

    static List<Cue> read(String source, String text) {
        String[] lines = text.split("\n", -1);
        List<Cue> cues = new ArrayList<>();
        SubtitleTiming timing = null;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            if (isNumberLine(line) && i + 1 < lines.length && SubtitleTiming.isTimingLine(lines[i + 1])) continue;
            if (SubtitleTiming.isTimingLine(line)) {
                addCue(cues, timing, body);
                timing = SubtitleTiming.parse(source, i + 1, line, EXAMPLE);
                body.clear();
            } else if (timing == null) {
                throw new InputException(source, i + 1, "expected a subtitle number or a timing line like " + EXAMPLE
                        + " but found \"" + abbreviate(line) + "\". If this is not a subtitle file, rename it to .txt.");
            } else {
                body.add(line);
            }
        }
        addCue(cues, timing, body);
        if (cues.isEmpty()) {
            throw new InputException(source, 0, "holds no subtitles with text. Check that you picked the right file.");
        }
        return cues;
    }

    private static void addCue(List<Cue> cues, SubtitleTiming timing, List<String> body) {
        if (timing == null) return;
        String words = SubtitleMarkup.plainText(body, false);
        if (!words.isEmpty()) cues.add(Cue.of(timing.startMs(), timing.endMs(), words + "\n"));
    }

    private static boolean isNumberLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 9) return false;
        for (int k = 0; k < s.length(); k++) if (!Character.isDigit(s.charAt(k))) return false;
        return true;
    }

    static String abbreviate(String line) {
        String s = line.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

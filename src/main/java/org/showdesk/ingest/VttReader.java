package org.showdesk.ingest;

import org.showdesk.model.Cue;
import org.showdesk.model.InputException;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads WebVTT (.vtt): the WEBVTT header, NOTE, STYLE and REGION blocks (skipped), optional cue
 * identifiers, cue settings after the timing (ignored) and cue text markup (stripped, see
 * {@link SubtitleMarkup}). Speaker names in {@code <v Name>} are dropped with the tag.
 */
final class VttReader {
    static final String EXAMPLE = "00:01:05.250 --> 00:01:08.000";

    private VttReader() {
    }

    static List<Cue> read(String source, String text) {
        String[] lines = text.split("\n", -1);
        if (!isHeader(lines[0])) {
            throw new InputException(source, 1, "a WebVTT file must start with the line WEBVTT, but this one starts with \""
                    + SrtReader.abbreviate(lines[0]) + "\". If it is plain text or SRT, rename it to .txt or .srt.");
        }
        List<Cue> cues = new ArrayList<>();
        int i = endOfHeader(lines);
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int end = endOfBlock(lines, i);
            if (!isSkippedBlock(lines[i])) readCue(source, lines, i, end, cues);
            i = end;
        }
        if (cues.isEmpty()) {
            throw new InputException(source, 0, "holds no cues with text. Check that you picked the right file.");
        }
        return cues;
    }

    private static void readCue(String source, String[] lines, int from, int to, List<Cue> cues) {
        int timingAt = lines[from].contains("-->") ? from
                : from + 1 < to && lines[from + 1].contains("-->") ? from + 1 : -1;
        if (timingAt < 0) {
            throw new InputException(source, from + 1, "expected a cue timing line like " + EXAMPLE + " but found \""
                    + SrtReader.abbreviate(lines[from]) + "\". Fix that block or remove it, and import again.");
        }
        SubtitleTiming timing = SubtitleTiming.parse(source, timingAt + 1, lines[timingAt], EXAMPLE);
        String words = SubtitleMarkup.plainText(List.of(lines).subList(timingAt + 1, to), true);
        if (!words.isEmpty()) cues.add(Cue.of(timing.startMs(), timing.endMs(), words + "\n"));
    }

    private static boolean isHeader(String line) {
        return line.equals("WEBVTT") || line.startsWith("WEBVTT ") || line.startsWith("WEBVTT\t");
    }

    private static boolean isSkippedBlock(String first) {
        for (String keyword : new String[] {"NOTE", "STYLE", "REGION"}) {
            if (first.equals(keyword) || first.startsWith(keyword + " ") || first.startsWith(keyword + "\t")) return true;
        }
        return false;
    }

    /** The header runs to the first blank line; some tools omit it, so a timing line also ends the header. */
    private static int endOfHeader(String[] lines) {
        int i = 1;
        while (i < lines.length && !lines[i].isBlank() && !lines[i].contains("-->")) i++;
        return i;
    }

    private static int endOfBlock(String[] lines, int from) {
        int i = from;
        while (i < lines.length && !lines[i].isBlank()) i++;
        return i;
    }
}

package org.showdesk.ingest;

import org.showdesk.model.InputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code start --> end} line of SRT and WebVTT. Hours are optional (WebVTT allows mm:ss.ttt),
 * the fraction may follow a comma or a full stop (SRT files from different tools use both), and
 * anything after the end time (WebVTT cue settings, SRT box coordinates) is ignored.
 */
record SubtitleTiming(long startMs, long endMs) {
    private static final Pattern TIMING = Pattern.compile("^\\s*(\\S+)\\s*-->\\s*(\\S+)(?:\\s+.*)?$");
    private static final Pattern TIMESTAMP = Pattern.compile("^(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})$");
    private static final Pattern LOOKS_LIKE_TIMING = Pattern.compile("^\\s*\\d{1,3}:\\d{2}(?::\\d{2})?[,.]\\d.*");

    /** True for a line the author meant as a timing line, well-formed or not. */
    static boolean isTimingLine(String line) {
        return line.contains("-->") || LOOKS_LIKE_TIMING.matcher(line).matches();
    }

    static SubtitleTiming parse(String source, int lineNo, String line, String example) {
        Matcher m = TIMING.matcher(line);
        if (!m.matches()) {
            throw new InputException(source, lineNo, "\"" + line.strip() + "\" is not a timing line; it should read like "
                    + example + ". Fix that line and import again.");
        }
        long start = parseTimestamp(source, lineNo, m.group(1), example);
        long end = parseTimestamp(source, lineNo, m.group(2), example);
        if (end < start) {
            throw new InputException(source, lineNo, "this subtitle ends (" + m.group(2) + ") before it starts ("
                    + m.group(1) + "). Fix the times on that line and import again.");
        }
        return new SubtitleTiming(start, end);
    }

    private static long parseTimestamp(String source, int lineNo, String token, String example) {
        Matcher m = TIMESTAMP.matcher(token);
        if (!m.matches()) {
            throw new InputException(source, lineNo, "\"" + token + "\" is not a valid time; times look like "
                    + example + ". Fix that line and import again.");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        if (minutes > 59 || seconds > 59) {
            throw new InputException(source, lineNo, "\"" + token + "\" has more than 59 minutes or seconds; times look like "
                    + example + ". Fix that line and import again.");
        }
        String fraction = (m.group(4) + "00").substring(0, 3); // ",5" means 500 ms, not 5 ms
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(fraction);
    }
}

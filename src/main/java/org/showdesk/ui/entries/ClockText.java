package org.showdesk.ui.entries;

import org.showdesk.model.ShowdeskException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Start times as a host types them: "4:05", "04:05" or "1:04:05"; empty means unknown. */
public final class ClockText {
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2})[:：])?(\\d{1,3})[:：](\\d{1,2})");

    private ClockText() {
    }

    /** @return milliseconds, or {@code null} for empty text */
    public static Long parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return null;
        Matcher m = CLOCK.matcher(t);
        if (!m.matches()) {
            throw new ShowdeskException("\"" + t + "\" is not a time: type minutes:seconds (4:05) or hours:minutes:seconds (1:04:05).");
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long s = Long.parseLong(m.group(3));
        if (s >= 60 || (m.group(1) != null && min >= 60)) {
            throw new ShowdeskException("\"" + t + "\" has more than 59 " + (s >= 60 ? "seconds" : "minutes")
                    + " in a place; write it as " + format(((h * 60 + min) * 60 + s) * 1000) + ".");
        }
        return ((h * 60 + min) * 60 + s) * 1000;
    }

    /** "4:05" under an hour, "1:04:05" from an hour on; empty for {@code null}. */
    public static String format(Long ms) {
        if (ms == null) return "";
        long s = ms / 1000;
        long h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}

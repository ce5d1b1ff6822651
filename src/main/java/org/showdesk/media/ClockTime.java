package org.showdesk.media;

import org.showdesk.model.ShowdeskException;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as a host types and reads them: "83.5", "1:23.5", "1:02:03", "-2.5" (an offset), "12s". */
public final class ClockTime {
    private static final Pattern FORM = Pattern.compile(
            "([+-])?(?:(?:(\\d+):)?(\\d+):)?(\\d+(?:[.,]\\d{1,3})?)\\s*s?");

    private ClockTime() {
    }

    /** Milliseconds for {@code text}; negative only with a leading minus sign. */
    public static long parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Matcher m = FORM.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            throw new ShowdeskException("\"" + text + "\" is not a time: write seconds (83.5), minutes:seconds (1:23.5) "
                    + "or hours:minutes:seconds (1:02:03); an offset may start with + or -.");
        }
        long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long minutes = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        double seconds = Double.parseDouble(m.group(4).replace(',', '.'));
        if ((m.group(3) != null && seconds >= 60) || (m.group(2) != null && minutes >= 60)) {
            throw new ShowdeskException("\"" + text + "\" is not a time: seconds and minutes after a colon go up to 59.");
        }
        long ms = Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
        return "-".equals(m.group(1)) ? -ms : ms;
    }

    /** "1:23.5" under an hour, "1:02:03.0" from an hour on; a minus sign for negative offsets. */
    public static String format(long ms) {
        String sign = ms < 0 ? "-" : "";
        long a = Math.abs(ms);
        long h = a / 3_600_000, m = (a / 60_000) % 60, s = (a / 1000) % 60, tenths = (a % 1000) / 100;
        return h > 0 ? String.format(Locale.ROOT, "%s%d:%02d:%02d.%d", sign, h, m, s, tenths)
                : String.format(Locale.ROOT, "%s%d:%02d.%d", sign, m, s, tenths);
    }
}

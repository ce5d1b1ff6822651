package org.showdesk.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small reader of SRT/VTT timing lines, independent of the exporter's writer, so the
 * round trip checks the file format rather than the code against itself. The real readers live in ingest.
 */
final class SubtitleTimings {
    private static final Pattern LINE = Pattern.compile(
            "^(\\d+):(\\d{2}):(\\d{2})[,.](\\d{3}) --> (\\d+):(\\d{2}):(\\d{2})[,.](\\d{3})$", Pattern.MULTILINE);

    private SubtitleTimings() {
    }

    static List<long[]> read(String file) {
        List<long[]> out = new ArrayList<>();
        Matcher m = LINE.matcher(file);
        while (m.find()) out.add(new long[]{ms(m, 1), ms(m, 5)});
        return out;
    }

    private static long ms(Matcher m, int g) {
        return Long.parseLong(m.group(g)) * 3_600_000 + Long.parseLong(m.group(g + 1)) * 60_000
                + Long.parseLong(m.group(g + 2)) * 1000 + Long.parseLong(m.group(g + 3));
    }
}

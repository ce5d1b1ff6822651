package org.showdesk.draft;

/** Times as each output writes them. */
final class TimeCodes {
    private TimeCodes() {
    }

    /** "4:05" under an hour, "1:04:05" from an hour on: the form YouTube reads as a chapter. */
    static String clock(long ms) {
        long s = ms / 1000;
        long h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }

    /** "00:01:02,500" (SRT uses a comma, VTT a dot before the milliseconds). */
    static String subtitle(long ms, char decimalSeparator) {
        long h = ms / 3_600_000, m = (ms / 60_000) % 60, s = (ms / 1000) % 60, milli = ms % 1000;
        return String.format("%02d:%02d:%02d%c%03d", h, m, s, decimalSeparator, milli);
    }
}

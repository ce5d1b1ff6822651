package org.showdesk.model;

/**
 * The length of one part of an output against its platform's limit. Nothing is ever cut: when a part
 * is over, {@link #message()} tells the host how much to cut.
 *
 * @param subject what was counted, e.g. "Bilibili 简介", "YouTube title"
 * @param unit    "characters", "UTF-8 bytes" or "tags"
 * @param limit   the platform's maximum, or 0 when the output has no platform limit
 */
public record LengthReport(String subject, String unit, long count, long limit) {

    public static LengthReport unlimited(String subject, String unit, long count) {
        return new LengthReport(subject, unit, count, 0);
    }

    public boolean hasLimit() {
        return limit > 0;
    }

    public boolean isOver() {
        return hasLimit() && count > limit;
    }

    public long overBy() {
        return isOver() ? count - limit : 0;
    }

    /** One line for the host, e.g. "Bilibili 简介: 2150 / 2000 characters — over by 150 characters, cut 150". */
    public String message() {
        if (!hasLimit()) return subject + ": " + count + " " + unit + " (no platform limit)";
        String head = subject + ": " + count + " / " + limit + " " + unit;
        if (!isOver()) return head + " — fits (" + (limit - count) + " to spare)";
        String cut = unit.equals("tags") ? "remove " + overBy() + " tag" + (overBy() == 1 ? "" : "s")
                : "cut " + overBy() + (unit.endsWith("bytes") ? " bytes (a Chinese character is 3 bytes)" : "");
        return head + " — over by " + overBy() + " " + unit + ", " + cut;
    }
}

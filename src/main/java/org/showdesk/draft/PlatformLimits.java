package org.showdesk.draft;

import org.showdesk.model.LengthReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The publishing limits of Bilibili and YouTube (as of 2026, see docs/stack-notes.md). Characters are
 * counted as Unicode code points, which is how both sites count 字 and characters.
 */
public final class PlatformLimits {
    public static final int BILIBILI_DESCRIPTION_CHARS = 2000;
    public static final int BILIBILI_TITLE_CHARS = 80;
    public static final int BILIBILI_TAGS = 10;
    public static final int YOUTUBE_DESCRIPTION_CHARS = 5000;
    public static final int YOUTUBE_DESCRIPTION_BYTES = 5000;
    public static final int YOUTUBE_TITLE_CHARS = 100;
    /** Longer chapter titles are cut on screen by YouTube. */
    public static final int YOUTUBE_CHAPTER_TITLE_CHARS = 70;

    private PlatformLimits() {
    }

    public static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    public static int utf8Bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    public static List<LengthReport> bilibili(String description, String title, List<String> tags) {
        return List.of(
                new LengthReport("Bilibili 简介", "characters", characters(description), BILIBILI_DESCRIPTION_CHARS),
                new LengthReport("Bilibili title", "characters", characters(title), BILIBILI_TITLE_CHARS),
                new LengthReport("Bilibili tags", "tags", tags.size(), BILIBILI_TAGS));
    }

    public static List<LengthReport> youtube(String description, String title) {
        return List.of(
                new LengthReport("YouTube description", "characters", characters(description), YOUTUBE_DESCRIPTION_CHARS),
                new LengthReport("YouTube description", "UTF-8 bytes", utf8Bytes(description), YOUTUBE_DESCRIPTION_BYTES),
                new LengthReport("YouTube title", "characters", characters(title), YOUTUBE_TITLE_CHARS));
    }

    /** YouTube's API refuses a description with angle brackets; they are reported, not silently replaced. */
    public static List<String> youtubeDescriptionProblems(String description) {
        List<String> problems = new ArrayList<>();
        int lineNo = 1;
        for (String line : description.split("\n", -1)) {
            int col = indexOfAngle(line);
            if (col >= 0) {
                problems.add("YouTube description line " + lineNo + ", column " + (col + 1) + ": YouTube refuses '"
                        + line.charAt(col) + "' in a description — replace it (for example with ‹ › or 《 》).");
            }
            lineNo++;
        }
        return problems;
    }

    private static int indexOfAngle(String line) {
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == '<' || line.charAt(i) == '>') return i;
        return -1;
    }
}

package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the entries' start times into a chapters block YouTube accepts: at least 3 chapters, the
 * first at 0:00, ascending, each at least 10 s long. What does not fit is fixed or dropped, and every
 * fix is said in a note — YouTube itself silently ignores a block that breaks a rule.
 */
public final class Chapters {
    public static final int MINIMUM_COUNT = 3;
    public static final long MINIMUM_SECONDS = 10;

    /** The chapters to publish (empty when fewer than 3 are usable) and what was changed to get there. */
    public record Plan(List<Chapter> chapters, List<String> notes) {
        public Plan {
            chapters = List.copyOf(chapters);
            notes = List.copyOf(notes);
        }

        public boolean isShown() {
            return !chapters.isEmpty();
        }
    }

    private Chapters() {
    }

    public static Plan plan(List<Entry> entries, Transcript transcript) {
        List<String> notes = new ArrayList<>();
        List<Chapter> timed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Long start = startOf(entries.get(i), transcript);
            if (start != null) timed.add(new Chapter(start / 1000 * 1000, titleOf(entries.get(i), i)));
        }
        if (timed.size() < MINIMUM_COUNT) {
            if (!entries.isEmpty()) {
                notes.add("No chapters: " + timed.size() + " of " + entries.size()
                        + " entries have a start time, YouTube needs at least " + MINIMUM_COUNT + ".");
            }
            return new Plan(List.of(), notes);
        }
        List<Chapter> sorted = new ArrayList<>(timed);
        sorted.sort(Comparator.comparingLong(Chapter::startMs));
        if (!sorted.equals(timed)) {
            notes.add("Chapters follow the video's time order, which differs from the order of the entries.");
        }
        List<Chapter> kept = new ArrayList<>();
        Chapter first = sorted.get(0);
        if (first.startMs() > 0) {
            notes.add("Chapter \"" + first.title() + "\" moved from " + first.clock() + " to 0:00: YouTube's first chapter must start at 0:00.");
            first = new Chapter(0, first.title());
        }
        kept.add(first);
        for (Chapter c : sorted.subList(1, sorted.size())) {
            Chapter previous = kept.get(kept.size() - 1);
            long gap = (c.startMs() - previous.startMs()) / 1000;
            if (gap < MINIMUM_SECONDS) {
                notes.add("Chapter \"" + c.title() + "\" at " + c.clock() + " dropped: it starts " + gap + " s after \""
                        + previous.title() + "\", and every chapter must last at least " + MINIMUM_SECONDS + " s.");
            } else {
                kept.add(c);
            }
        }
        Long end = endOf(transcript);
        Chapter last = kept.get(kept.size() - 1);
        if (kept.size() > 1 && end != null && (end - last.startMs()) / 1000 < MINIMUM_SECONDS) {
            kept.remove(kept.size() - 1);
            notes.add("Chapter \"" + last.title() + "\" at " + last.clock() + " dropped: the video ends "
                    + (end - last.startMs()) / 1000 + " s later, and every chapter must last at least " + MINIMUM_SECONDS + " s.");
        }
        if (kept.size() < MINIMUM_COUNT) {
            notes.add("No chapters: only " + kept.size() + " usable chapter times remain, YouTube needs at least " + MINIMUM_COUNT + ".");
            return new Plan(List.of(), notes);
        }
        for (Chapter c : kept) {
            int length = PlatformLimits.characters(c.title());
            if (length > PlatformLimits.YOUTUBE_CHAPTER_TITLE_CHARS) {
                notes.add("Chapter title \"" + c.title() + "\" is " + length + " characters; YouTube shows about "
                        + PlatformLimits.YOUTUBE_CHAPTER_TITLE_CHARS + ".");
            }
        }
        return new Plan(kept, notes);
    }

    /** The entry's own start time, else its first cue's. */
    static Long startOf(Entry entry, Transcript transcript) {
        if (entry.startMs() != null) return entry.startMs();
        int index = transcript.indexOfCue(entry.firstCueId());
        return index < 0 ? null : transcript.cues().get(index).startMs();
    }

    static String titleOf(Entry entry, int index) {
        // A line break inside a title would end the chapter line and break the block.
        if (!entry.title().isBlank()) return entry.title().strip().replaceAll("\\s+", " ");
        if (entry.kind() == EntryKind.INTRO) return "开场";
        if (entry.kind() == EntryKind.OUTRO) return "结尾";
        return "第" + (index + 1) + "条";
    }

    private static Long endOf(Transcript transcript) {
        List<Cue> cues = transcript.cues();
        for (int i = cues.size() - 1; i >= 0; i--) {
            Cue c = cues.get(i);
            if (c.endMs() != null) return c.endMs();
            if (c.startMs() != null) return null; // the last timed cue's length is unknown
        }
        return null;
    }
}

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
 * first at 0:00, ascending, each at least 10 s long. A news item never loses its chapter: a too-short
 * intro or outro gives way to it, and two items too close together share one chapter. Every change is
 * said in a note — YouTube itself silently ignores a block that breaks a rule.
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

    /** A chapter being planned: whether it holds a news item decides what gives way. */
    private record Timed(long startMs, String title, boolean item) {
        Chapter chapter() {
            return new Chapter(startMs, title);
        }

        String clock() {
            return TimeCodes.clock(startMs);
        }
    }

    private Chapters() {
    }

    public static Plan plan(List<Entry> entries, Transcript transcript) {
        return plan(entries, transcript, 0, false);
    }

    /**
     * @param offsetMs       added to every time (the episode's time offset: a bumper before the recording)
     * @param cueTimesEstimated the transcript's times were estimated (an untimed transcript timed from its media)
     */
    public static Plan plan(List<Entry> entries, Transcript transcript, long offsetMs, boolean cueTimesEstimated) {
        Plan plan = schedule(entries, transcript, offsetMs);
        if (!plan.isShown()) return plan;
        long estimated = entries.stream().filter(e -> e.startMs() != null ? e.startEstimated()
                : cueTimesEstimated && transcript.indexOfCue(e.firstCueId()) >= 0).count();
        if (estimated == 0) return plan;
        List<String> notes = new ArrayList<>(plan.notes());
        notes.add(estimated + " of " + entries.size() + " chapter times are estimates (≈ in the entry list): check them "
                + "against the video, then confirm them or set them from the player.");
        return new Plan(plan.chapters(), notes);
    }

    /** @param offsetMs added to every time (the episode's time offset: a bumper before the recording) */
    public static Plan plan(List<Entry> entries, Transcript transcript, long offsetMs) {
        return plan(entries, transcript, offsetMs, false);
    }

    private static Plan schedule(List<Entry> entries, Transcript transcript, long offsetMs) {
        List<String> notes = new ArrayList<>();
        List<Timed> timed = new ArrayList<>();
        int itemNumber = 0;
        for (Entry e : entries) {
            if (e.kind() == EntryKind.ITEM) itemNumber++;
            Long start = startOf(e, transcript);
            if (start != null) {
                // A negative offset (a cut at the start of the video) can put a start before 0:00: it is at 0:00 now.
                timed.add(new Timed(Math.max(0, start + offsetMs) / 1000 * 1000, titleOf(e, itemNumber),
                        e.kind() == EntryKind.ITEM));
            }
        }
        if (timed.size() < MINIMUM_COUNT) {
            if (!entries.isEmpty()) {
                notes.add("No chapters: " + timed.size() + " of " + entries.size()
                        + " entries have a start time, YouTube needs at least " + MINIMUM_COUNT + ".");
            }
            return new Plan(List.of(), notes);
        }
        List<Timed> sorted = new ArrayList<>(timed);
        sorted.sort(Comparator.comparingLong(Timed::startMs));
        if (!sorted.equals(timed)) {
            notes.add("Chapters follow the video's time order, which differs from the order of the entries.");
        }
        List<Timed> kept = new ArrayList<>();
        Timed first = sorted.get(0);
        if (first.startMs() > 0) {
            notes.add("Chapter \"" + first.title() + "\" moved from " + first.clock() + " to 0:00: YouTube's first chapter must start at 0:00.");
            first = new Timed(0, first.title(), first.item());
        }
        kept.add(first);
        for (Timed c : sorted.subList(1, sorted.size())) {
            Timed previous = kept.get(kept.size() - 1);
            long gap = (c.startMs() - previous.startMs()) / 1000;
            if (gap >= MINIMUM_SECONDS) {
                kept.add(c);
            } else if (!previous.item() && c.item()) {
                kept.set(kept.size() - 1, new Timed(previous.startMs(), c.title(), true));
                notes.add("\"" + previous.title() + "\" lasts " + gap + " s, shorter than YouTube's " + MINIMUM_SECONDS
                        + "-second minimum: merged into the chapter of \"" + c.title() + "\", which now starts at "
                        + previous.clock() + " instead of " + c.clock() + ".");
            } else if (!c.item()) {
                notes.add("Chapter \"" + c.title() + "\" at " + c.clock() + " dropped: it starts " + gap + " s after \""
                        + previous.title() + "\", and every chapter must last at least " + MINIMUM_SECONDS + " s.");
            } else {
                kept.set(kept.size() - 1, shared(previous, c));
                notes.add("\"" + c.title() + "\" at " + c.clock() + " starts " + gap + " s after \"" + previous.title()
                        + "\", less than YouTube's " + MINIMUM_SECONDS + "-second minimum: the two share one chapter.");
            }
        }
        dropOrMergeTooShortEnd(kept, endOf(transcript, offsetMs), notes);
        if (kept.size() < MINIMUM_COUNT) {
            notes.add("No chapters: only " + kept.size() + " usable chapter times remain, YouTube needs at least " + MINIMUM_COUNT + ".");
            return new Plan(List.of(), notes);
        }
        for (Timed c : kept) {
            int length = PlatformLimits.characters(c.title());
            if (length > PlatformLimits.YOUTUBE_CHAPTER_TITLE_CHARS) {
                notes.add("Chapter title \"" + c.title() + "\" is " + length + " characters; YouTube shows about "
                        + PlatformLimits.YOUTUBE_CHAPTER_TITLE_CHARS + ".");
            }
        }
        return new Plan(kept.stream().map(Timed::chapter).toList(), notes);
    }

    private static void dropOrMergeTooShortEnd(List<Timed> kept, Long end, List<String> notes) {
        Timed last = kept.get(kept.size() - 1);
        if (kept.size() < 2 || end == null || (end - last.startMs()) / 1000 >= MINIMUM_SECONDS) return;
        long length = Math.max(0, end - last.startMs()) / 1000;
        kept.remove(kept.size() - 1);
        if (!last.item()) {
            notes.add("Chapter \"" + last.title() + "\" at " + last.clock() + " dropped: the video ends " + length
                    + " s later, and every chapter must last at least " + MINIMUM_SECONDS + " s.");
            return;
        }
        Timed previous = kept.remove(kept.size() - 1);
        kept.add(shared(previous, last));
        notes.add("\"" + last.title() + "\" at " + last.clock() + " lasts " + length + " s until the video ends, less than"
                + " YouTube's " + MINIMUM_SECONDS + "-second minimum: it shares the chapter of \"" + previous.title() + "\".");
    }

    /** One chapter for two news items; a non-item before them gives its place up. */
    private static Timed shared(Timed first, Timed second) {
        String title = first.item() ? first.title() + " / " + second.title() : second.title();
        return new Timed(first.startMs(), title, true);
    }

    /** The entry's own start time, else its first cue's. */
    static Long startOf(Entry entry, Transcript transcript) {
        if (entry.startMs() != null) return entry.startMs();
        int index = transcript.indexOfCue(entry.firstCueId());
        return index < 0 ? null : transcript.cues().get(index).startMs();
    }

    /**
     * @param itemNumber the item's number as every output numbers items (intro and outro not counted), so an
     *                   untitled item reads "第2条" where the list says "2."
     */
    static String titleOf(Entry entry, int itemNumber) {
        // A line break inside a title would end the chapter line and break the block.
        if (!entry.title().isBlank()) return entry.title().strip().replaceAll("\\s+", " ");
        if (entry.kind() == EntryKind.INTRO) return "开场";
        if (entry.kind() == EntryKind.OUTRO) return "结尾";
        return untitledItem(itemNumber);
    }

    /** What an item without a title is called until the host types one. */
    static String untitledItem(int itemNumber) {
        return "第" + itemNumber + "条";
    }

    private static Long endOf(Transcript transcript, long offsetMs) {
        List<Cue> cues = transcript.cues();
        for (int i = cues.size() - 1; i >= 0; i--) {
            Cue c = cues.get(i);
            if (c.endMs() != null) return c.endMs() + offsetMs;
            if (c.startMs() != null) return null; // the last timed cue's length is unknown
        }
        return null;
    }
}

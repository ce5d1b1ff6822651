package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * The host's edits of a rundown, as pure functions: each takes the entries in rundown order and returns
 * a new list; the input is never changed. Entries are addressed by their index in the list; cues by id.
 * An edit that cannot be done throws a {@link ShowdeskException} that says why.
 */
public final class EntryEdits {
    private EntryEdits() {
    }

    /**
     * Splits entry {@code index} so that a new entry starts at cue {@code atCueId}. The first part keeps
     * its id and fields; the new part (id 0, kind ITEM, status draft) gets the cue's start time and empty
     * fields — call {@link EntrySplitter#prefill} to fill them in.
     */
    public static List<Entry> split(List<Entry> entries, int index, long atCueId, Transcript transcript) {
        Entry entry = at(entries, index);
        int first = cueIndex(transcript, entry.firstCueId(), entry);
        int last = cueIndex(transcript, entry.lastCueId(), entry);
        int at = transcript.indexOfCue(atCueId);
        if (at <= first || at > last) {
            throw new ShowdeskException("Cannot split \"" + label(entry) + "\" there: pick a sentence after its first one"
                    + " and within it (sentences " + (first + 2) + " to " + (last + 1) + ").");
        }
        Entry head = entry.withSpan(entry.firstCueId(), transcript.cues().get(at - 1).id());
        Entry tail = new Entry(0, entry.episodeId(), EntryKind.ITEM,
                atCueId, entry.lastCueId(), "", List.of(), "", "", List.of(), transcript.cues().get(at).startMs(),
                EntryStatus.DRAFT, "");
        List<Entry> out = new ArrayList<>(entries);
        out.set(index, head);
        out.add(index + 1, tail);
        return out;
    }

    /**
     * Merges entry {@code index} with the next one in the list; they must be neighbours in the transcript. The
     * merged entry keeps the id of entry {@code index} and both entries' content (see {@link EntryMerge}):
     * merging the intro or outro with an item makes an item; it goes back to draft.
     */
    public static List<Entry> mergeWithNext(List<Entry> entries, int index, Transcript transcript) {
        at(entries, index + 1);
        Entry a = entries.get(index), b = entries.get(index + 1);
        int aFirst = cueIndex(transcript, a.firstCueId(), a), aLast = cueIndex(transcript, a.lastCueId(), a);
        int bFirst = cueIndex(transcript, b.firstCueId(), b), bLast = cueIndex(transcript, b.lastCueId(), b);
        if (bFirst < aFirst) {
            Entry t = a; a = b; b = t;
            int f = aFirst, l = aLast; aFirst = bFirst; aLast = bLast; bFirst = f; bLast = l;
        }
        if (bFirst != aLast + 1) {
            throw new ShowdeskException("Cannot merge \"" + label(a) + "\" and \"" + label(b)
                    + "\": other sentences lie between them in the transcript. Move them next to each other first.");
        }
        Entry merged = EntryMerge.of(a, b).withId(entries.get(index).id());
        List<Entry> out = new ArrayList<>(entries);
        out.set(index, merged);
        out.remove(index + 1);
        return out;
    }

    /**
     * As {@link #split(List, int, long, Transcript)}, with the new part pre-filled from its sentences and the
     * fields Showdesk filled in of the first part derived again from what is left of it; typed fields stay.
     */
    public static List<Entry> split(List<Entry> entries, int index, long atCueId, Transcript transcript,
                                    EntrySplitter splitter) {
        List<Entry> out = new ArrayList<>(split(entries, index, atCueId, transcript));
        out.set(index, splitter.rederive(out.get(index), transcript));
        out.set(index + 1, splitter.prefill(out.get(index + 1), transcript));
        return out;
    }

    /**
     * As {@link #moveStart(List, int, long, Transcript)}, with the untouched fields of both entries whose
     * sentences changed derived again; the fields the host typed stay.
     */
    public static List<Entry> moveStart(List<Entry> entries, int index, long newFirstCueId, Transcript transcript,
                                        EntrySplitter splitter) {
        List<Entry> moved = moveStart(entries, index, newFirstCueId, transcript);
        List<Entry> out = new ArrayList<>(moved);
        for (int i = 0; i < moved.size(); i++) {
            Entry before = entries.get(i), after = moved.get(i);
            boolean spanChanged = before.firstCueId() != after.firstCueId() || before.lastCueId() != after.lastCueId();
            if (spanChanged) out.set(i, splitter.rederive(after, transcript));
        }
        return out;
    }

    /**
     * The rundown after Suggest runs again on an edited one: the suggested entries, each matched with the
     * existing entry that covers most of the same sentences (same first sentence first). A matched entry keeps
     * its id, every field the host typed, its links, notes and status; only its untouched fields take the
     * suggestion. An existing entry no suggestion matches hands what the host put in it (typed fields, links,
     * notes) to the suggested entry that covers most of it, so nothing the host typed is lost.
     */
    public static List<Entry> resuggest(List<Entry> existing, List<Entry> suggested, Transcript transcript) {
        return Resuggestion.of(existing, suggested, transcript);
    }

    /**
     * Moves the start of entry {@code index} to cue {@code newFirstCueId}; the entry just before it in the
     * transcript ends accordingly, so no sentence is lost or counted twice, and both keep at least one sentence.
     * Without such a neighbour the entry can only start earlier, over sentences that no entry holds. The moved entry's start time follows its new first cue.
     */
    public static List<Entry> moveStart(List<Entry> entries, int index, long newFirstCueId, Transcript transcript) {
        Entry entry = at(entries, index);
        int first = cueIndex(transcript, entry.firstCueId(), entry);
        int last = cueIndex(transcript, entry.lastCueId(), entry);
        int target = transcript.indexOfCue(newFirstCueId);
        if (target < 0) throw new ShowdeskException("That sentence is no longer in the transcript; reload the episode.");
        int before = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (i != index && transcript.indexOfCue(entries.get(i).lastCueId()) == first - 1) before = i;
        }
        // With a neighbour just before it, the two trade sentences; without one, the entry can only grow back
        // over sentences no entry holds, since moving it later would leave sentences in no entry.
        int lowest = before < 0 ? freeFrom(entries, index, first, transcript)
                : cueIndex(transcript, entries.get(before).firstCueId(), entries.get(before)) + 1;
        int highest = before < 0 ? first : last;
        if (target < lowest || target > highest) {
            throw new ShowdeskException("Cannot move the start of \"" + label(entry) + "\" to sentence " + (target + 1)
                    + (lowest == highest ? ": it has no neighbour before it to hand sentences to, so its start stays at sentence "
                    + (lowest + 1) + "." : ": it can start between sentences " + (lowest + 1) + " and " + (highest + 1)
                    + ", so that every sentence stays in exactly one entry and every entry keeps at least one."));
        }
        List<Entry> out = new ArrayList<>(entries);
        Entry moved = entry.withSpan(newFirstCueId, entry.lastCueId());
        Long start = transcript.cues().get(target).startMs();
        boolean keepStart = start == null || entry.isEdited(org.showdesk.model.EntryField.START);
        out.set(index, moved.withFields(moved.title(), moved.organizations(), moved.category(), moved.summary(),
                moved.links(), keepStart ? moved.startMs() : start, moved.status(), moved.notes()));
        if (before >= 0) {
            Entry prev = entries.get(before);
            out.set(before, prev.withSpan(prev.firstCueId(), transcript.cues().get(target - 1).id()));
        }
        return out;
    }

    /** Moves entry {@code from} to position {@code to} in the rundown (the order outputs list them in). */
    public static List<Entry> move(List<Entry> entries, int from, int to) {
        Entry entry = at(entries, from);
        at(entries, to);
        List<Entry> out = new ArrayList<>(entries);
        out.remove(from);
        out.add(to, entry);
        return out;
    }

    /** The lowest cue an entry without a neighbour may grow back to: just after the nearest earlier entry. */
    private static int freeFrom(List<Entry> entries, int index, int first, Transcript transcript) {
        int lowest = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (i == index) continue;
            int otherLast = transcript.indexOfCue(entries.get(i).lastCueId());
            if (otherLast < first) lowest = Math.max(lowest, otherLast + 1);
        }
        return lowest;
    }

    static Entry at(List<Entry> entries, int index) {
        if (index < 0 || index >= entries.size()) {
            throw new IndexOutOfBoundsException("entry " + index + " of " + entries.size());
        }
        return entries.get(index);
    }

    static int cueIndex(Transcript transcript, long cueId, Entry entry) {
        int i = transcript.indexOfCue(cueId);
        if (i < 0) {
            throw new ShowdeskException("The entry \"" + label(entry) + "\" refers to a sentence that is no longer in the"
                    + " transcript; reload the episode.");
        }
        return i;
    }

    static String label(Entry e) {
        return e.title().isBlank() ? e.kind().name().toLowerCase(java.util.Locale.ROOT) : e.title();
    }
}

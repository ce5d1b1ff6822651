package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.Transcript;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * A news item's words as the source linker reads them: its whole text, its first real sentence (after one
 * that only announced it) and where in that sentence the launched work is named, and the names spotted.
 */
record ItemText(Entry entry, int index, String text, int leadStart, int leadEnd, int objectStart,
                List<NameSpotter.Spot> spots, ToIntFunction<String> itemsSayingFn) {

    static ItemText of(Entry entry, int index, Transcript transcript, NameSpotter spotter,
                       ToIntFunction<String> itemsSaying) {
        int first = transcript.indexOfCue(entry.firstCueId());
        int last = transcript.indexOfCue(entry.lastCueId());
        if (first < 0 || last < first) return new ItemText(entry, index, "", 0, 0, 0, List.of(), itemsSaying);
        int base = transcript.startOf(first);
        String text = transcript.text().substring(base, transcript.endOf(last));
        int leadCue = first;
        SentenceReading opening = new SentenceReading(transcript.cues().get(first).text());
        if (opening.isTransition() && first < last) leadCue = first + 1;
        int leadStart = transcript.startOf(leadCue) - base;
        int leadEnd = transcript.endOf(leadCue) - base;
        SentenceReading lead = leadCue == first ? opening : new SentenceReading(transcript.cues().get(leadCue).text());
        String leadText = text.substring(leadStart, leadEnd);
        int bodyAt = Math.max(0, leadText.indexOf(lead.body()));
        int object = lead.objectStart() >= 0 ? lead.objectStart() : lead.looseStart();
        return new ItemText(entry, index, text, leadStart, leadEnd, leadStart + bodyAt + object,
                spotter.spot(text), itemsSaying);
    }

    static String spanText(Entry entry, Transcript transcript) {
        int first = transcript.indexOfCue(entry.firstCueId());
        int last = transcript.indexOfCue(entry.lastCueId());
        if (first < 0 || last < first) return "";
        return transcript.text().substring(transcript.startOf(first), transcript.endOf(last));
    }

    String lead() {
        return text.substring(leadStart, leadEnd);
    }

    boolean inLead(NameSpotter.Spot spot) {
        return spot.start() >= leadStart && spot.start() < leadEnd;
    }

    /** After the launch verb ("推出X"), in the first sentence: the work the item is about. */
    boolean inLeadObject(NameSpotter.Spot spot) {
        return inLead(spot) && spot.start() >= objectStart;
    }

    boolean says(String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }

    /** How many of the episode's items say {@code word} (lower case). */
    int itemsSaying(String word) {
        return itemsSayingFn.applyAsInt(word);
    }
}

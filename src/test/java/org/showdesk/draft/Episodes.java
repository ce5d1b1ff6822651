package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Episode;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;
import org.showdesk.model.Transcript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small episodes for output tests: cues 1..n, one entry per given cue start. */
final class Episodes {
    static final Instant IMPORTED = Instant.parse("2024-01-08T10:00:00Z");

    private Episodes() {
    }

    /** Timed cues, each {@code stepMs} long, with the given texts. */
    static Transcript timed(long stepMs, String... texts) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) cues.add(Cue.of(i * stepMs, (i + 1) * stepMs, texts[i]).withId(i + 1));
        return new Transcript(cues);
    }

    static Transcript untimed(String... texts) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) cues.add(Cue.of(null, null, texts[i]).withId(i + 1));
        return new Transcript(cues);
    }

    static Entry item(long id, long firstCue, long lastCue, String title, Long startMs, String summary, Link... links) {
        return new Entry(id, 1, EntryKind.ITEM, firstCue, lastCue, title, List.of("Meta AI"), "", summary,
                List.of(links), startMs, EntryStatus.DRAFT, "");
    }

    static Entry of(EntryKind kind, long id, long firstCue, long lastCue, String title, Long startMs) {
        return new Entry(id, 1, kind, firstCue, lastCue, title, List.of(), "", "", List.of(), startMs, EntryStatus.DRAFT, "");
    }

    static EpisodeContent content(Transcript transcript, List<Entry> entries) {
        Episode episode = new Episode(7, "AI周报 2024年1月第1期", "ep1.srt", "srt", IMPORTED, transcript.size(),
                transcript.length());
        return new EpisodeContent(episode, transcript, entries, List.of());
    }
}

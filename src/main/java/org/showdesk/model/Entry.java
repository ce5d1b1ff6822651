package org.showdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One news item of an episode: a span of cues (by cue id, so text edits keep it attached) and the
 * fields a host fills in.
 *
 * @param startMs start time in the video, or {@code null} when unknown
 */
public record Entry(long id, long episodeId, EntryKind kind, long firstCueId, long lastCueId, String title,
                   List<String> organizations, String category, String summary, List<Link> links,
                   Long startMs, EntryStatus status, String notes) {

    public Entry {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        organizations = List.copyOf(organizations == null ? List.of() : organizations);
        category = category == null ? "" : category;
        summary = summary == null ? "" : summary;
        links = List.copyOf(links == null ? List.of() : links);
        status = status == null ? EntryStatus.DRAFT : status;
        notes = notes == null ? "" : notes;
    }

    public Entry withId(long newId) {
        return new Entry(newId, episodeId, kind, firstCueId, lastCueId, title, organizations, category, summary,
                links, startMs, status, notes);
    }

    public Entry withSpan(long newFirstCueId, long newLastCueId) {
        return new Entry(id, episodeId, kind, newFirstCueId, newLastCueId, title, organizations, category, summary,
                links, startMs, status, notes);
    }

    public Entry withTitle(String newTitle) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, newTitle, organizations, category, summary,
                links, startMs, status, notes);
    }

    public Entry withFields(String newTitle, List<String> newOrganizations, String newCategory, String newSummary,
                            List<Link> newLinks, Long newStartMs, EntryStatus newStatus, String newNotes) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, newTitle, newOrganizations, newCategory,
                newSummary, newLinks, newStartMs, newStatus, newNotes);
    }
}

package org.showdesk.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One news item of an episode: a span of cues (by cue id, so text edits keep it attached) and the
 * fields a host fills in.
 *
 * @param startMs        start time in the video, or {@code null} when unknown
 * @param startEstimated true while the start is an estimate (from an untimed transcript) the host has not confirmed
 * @param edited         the fields the host typed; the others were derived from the transcript and may be again
 */
public record Entry(long id, long episodeId, EntryKind kind, long firstCueId, long lastCueId, String title,
                   List<String> organizations, String category, String summary, List<Link> links,
                   Long startMs, EntryStatus status, String notes, boolean startEstimated, Set<EntryField> edited) {

    public Entry {
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        organizations = List.copyOf(organizations == null ? List.of() : organizations);
        category = category == null ? "" : category;
        summary = summary == null ? "" : summary;
        links = List.copyOf(links == null ? List.of() : links);
        status = status == null ? EntryStatus.DRAFT : status;
        notes = notes == null ? "" : notes;
        edited = edited == null || edited.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(edited));
        if (startMs == null) startEstimated = false;
    }

    /** An entry whose fields were all derived (none typed by the host) and whose start, if any, is known. */
    public Entry(long id, long episodeId, EntryKind kind, long firstCueId, long lastCueId, String title,
                 List<String> organizations, String category, String summary, List<Link> links,
                 Long startMs, EntryStatus status, String notes) {
        this(id, episodeId, kind, firstCueId, lastCueId, title, organizations, category, summary, links, startMs,
                status, notes, false, Set.of());
    }

    public Entry withId(long newId) {
        return new Entry(newId, episodeId, kind, firstCueId, lastCueId, title, organizations, category, summary,
                links, startMs, status, notes, startEstimated, edited);
    }

    public Entry withEpisodeId(long newEpisodeId) {
        return new Entry(id, newEpisodeId, kind, firstCueId, lastCueId, title, organizations, category, summary,
                links, startMs, status, notes, startEstimated, edited);
    }

    public Entry withSpan(long newFirstCueId, long newLastCueId) {
        return new Entry(id, episodeId, kind, newFirstCueId, newLastCueId, title, organizations, category, summary,
                links, startMs, status, notes, startEstimated, edited);
    }

    public Entry withKind(EntryKind newKind) {
        return new Entry(id, episodeId, newKind, firstCueId, lastCueId, title, organizations, category, summary,
                links, startMs, status, notes, startEstimated, edited);
    }

    public Entry withTitle(String newTitle) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, newTitle, organizations, category, summary,
                links, startMs, status, notes, startEstimated, edited);
    }

    public Entry withLinks(List<Link> newLinks) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, title, organizations, category, summary,
                newLinks, startMs, status, notes, startEstimated, edited);
    }

    public Entry withStart(Long newStartMs, boolean estimated) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, title, organizations, category, summary,
                links, newStartMs, status, notes, estimated, edited);
    }

    /** The same entry with {@code newEdited} as the set of fields the host typed. */
    public Entry withEdited(Set<EntryField> newEdited) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, title, organizations, category, summary,
                links, startMs, status, notes, startEstimated, newEdited);
    }

    public boolean isEdited(EntryField field) {
        return edited.contains(field);
    }

    public Entry withFields(String newTitle, List<String> newOrganizations, String newCategory, String newSummary,
                            List<Link> newLinks, Long newStartMs, EntryStatus newStatus, String newNotes) {
        return new Entry(id, episodeId, kind, firstCueId, lastCueId, newTitle, newOrganizations, newCategory,
                newSummary, newLinks, newStartMs, newStatus, newNotes,
                Objects.equals(newStartMs, startMs) && startEstimated, edited);
    }
}

package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two neighbouring entries made one, keeping what both hold. An item absorbs the intro or outro it is merged
 * with (their greeting is no news); what the host typed always stays, and two typed values are joined rather than
 * one dropped: titles "A / B", summaries and notes one after the other, organizations and links without repeats.
 */
final class EntryMerge {
    private EntryMerge() {
    }

    /** @param a the entry that comes first in the transcript; the merged entry has its id, span start and start time */
    static Entry of(Entry a, Entry b) {
        boolean aItem = a.kind() == EntryKind.ITEM, bItem = b.kind() == EntryKind.ITEM;
        EntryKind kind = aItem || bItem ? EntryKind.ITEM : a.kind();
        Entry lead = !aItem && bItem ? b : a;
        Entry other = lead == a ? b : a;
        Set<EntryField> edited = EnumSet.noneOf(EntryField.class);

        String title = joined(typed(a, b, EntryField.TITLE), " / ", lead.title(), Entry::title);
        if (!typed(a, b, EntryField.TITLE).isEmpty()) edited.add(EntryField.TITLE);
        List<Entry> summaries = new ArrayList<>();
        for (Entry e : List.of(a, b)) {
            if (!e.summary().isBlank() && (e.isEdited(EntryField.SUMMARY) || e.kind() == kind)) summaries.add(e);
        }
        String summary = joined(summaries, "", "", Entry::summary);
        if (summaries.stream().anyMatch(e -> e.isEdited(EntryField.SUMMARY))) edited.add(EntryField.SUMMARY);

        Set<String> orgs = new LinkedHashSet<>(a.organizations());
        orgs.addAll(b.organizations());
        List<Entry> typedCategory = typed(a, b, EntryField.CATEGORY);
        String category = !typedCategory.isEmpty() ? typedCategory.get(0).category()
                : !lead.category().isBlank() ? lead.category() : other.category();
        List<Link> links = new ArrayList<>(a.links());
        for (Link l : b.links()) if (links.stream().noneMatch(x -> Links.samePage(x.url(), l.url()))) links.add(l);
        String notes = a.notes().isBlank() ? b.notes() : b.notes().isBlank() ? a.notes() : a.notes() + "\n" + b.notes();
        for (EntryField f : List.of(EntryField.ORGANIZATIONS, EntryField.CATEGORY, EntryField.LINKS, EntryField.NOTES)) {
            if (a.isEdited(f) || b.isEdited(f)) edited.add(f);
        }
        if (a.isEdited(EntryField.START)) edited.add(EntryField.START);
        Long start = a.startMs() != null ? a.startMs() : b.startMs();
        return new Entry(a.id(), a.episodeId(), kind, a.firstCueId(), b.lastCueId(), title, List.copyOf(orgs), category,
                summary, links, start, EntryStatus.DRAFT, notes, a.startMs() != null ? a.startEstimated() : b.startEstimated(),
                edited);
    }

    /**
     * The entries (of {@code a}, {@code b}) whose {@code field} the host typed and that keep their say in the merged
     * entry: an intro's typed title survives merging into an item, its derived "开场" does not.
     */
    private static List<Entry> typed(Entry a, Entry b, EntryField field) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : List.of(a, b)) if (e.isEdited(field)) out.add(e);
        return out;
    }

    private static String joined(List<Entry> entries, String separator, String otherwise,
                                 java.util.function.Function<Entry, String> field) {
        if (entries.isEmpty()) return otherwise;
        Set<String> parts = new LinkedHashSet<>();
        for (Entry e : entries) if (!field.apply(e).isBlank()) parts.add(field.apply(e).strip());
        return String.join(separator, parts);
    }
}

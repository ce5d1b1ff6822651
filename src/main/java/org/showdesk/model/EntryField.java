package org.showdesk.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The fields of an entry a host can type. An entry remembers which of them the host typed: those are
 * never overwritten by a suggestion or a correction's re-derivation; the others were filled in by
 * Showdesk from the transcript and follow it.
 */
public enum EntryField {
    TITLE, ORGANIZATIONS, CATEGORY, SUMMARY, LINKS, START, STATUS, NOTES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryField parse(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }

    /** The fields whose values differ between two versions of an entry. */
    public static Set<EntryField> changedBetween(Entry before, Entry after) {
        Set<EntryField> out = EnumSet.noneOf(EntryField.class);
        if (!before.title().equals(after.title())) out.add(TITLE);
        if (!before.organizations().equals(after.organizations())) out.add(ORGANIZATIONS);
        if (!before.category().equals(after.category())) out.add(CATEGORY);
        if (!before.summary().equals(after.summary())) out.add(SUMMARY);
        if (!before.links().equals(after.links())) out.add(LINKS);
        if (!java.util.Objects.equals(before.startMs(), after.startMs())
                || before.startEstimated() != after.startEstimated()) out.add(START);
        if (before.status() != after.status()) out.add(STATUS);
        if (!before.notes().equals(after.notes())) out.add(NOTES);
        return out;
    }
}

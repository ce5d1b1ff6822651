package org.showdesk.model;

/** Intro and outro are entries too, so the rundown covers the whole episode; outputs treat them differently. */
public enum EntryKind {
    INTRO, ITEM, OUTRO;

    public static EntryKind parse(String s) {
        if (s == null) return ITEM;
        for (EntryKind k : values()) if (k.name().equalsIgnoreCase(s)) return k;
        return ITEM;
    }
}

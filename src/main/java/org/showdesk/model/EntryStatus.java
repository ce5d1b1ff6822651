package org.showdesk.model;

public enum EntryStatus {
    DRAFT, CHECKED;

    public static EntryStatus parse(String s) {
        return s != null && s.equalsIgnoreCase("checked") ? CHECKED : DRAFT;
    }
}

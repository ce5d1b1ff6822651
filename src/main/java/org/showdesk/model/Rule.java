package org.showdesk.model;

import java.util.Objects;

/** A host's own find → replace rule (Java regex, $1 groups in the replacement). */
public record Rule(long id, String find, String replace, boolean wholeWord, boolean enabled, String note) {
    public Rule {
        Objects.requireNonNull(find, "find");
        Objects.requireNonNull(replace, "replace");
        note = note == null ? "" : note;
    }
}

package org.showdesk.model;

/** A user-editable output template (Mustache syntax) stored in the show; name is e.g. "bilibili", "youtube", "md". */
public record Template(String name, String body) {
}

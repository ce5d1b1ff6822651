package org.showdesk.model;

import java.util.Objects;

/**
 * A link of an entry: a paper, its code, a project page. Validation lives in the draft package.
 *
 * @param title    what the link is called in outputs (a paper's title, "code"); empty when none was given
 * @param sourceId the host's source it was attached from, or 0 when the host typed it
 */
public record Link(LinkKind kind, String url, String title, long sourceId) {
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        title = title == null ? "" : title;
    }

    /** A link the host typed, without a title. */
    public Link(LinkKind kind, String url) {
        this(kind, url, "", 0);
    }

    public boolean fromSource() {
        return sourceId != 0;
    }

    public Link withTitle(String newTitle) {
        return new Link(kind, url, newTitle, sourceId);
    }
}

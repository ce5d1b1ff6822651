package org.showdesk.model;

import java.util.Objects;

/** A link of an entry: a paper, its code, a project page. Validation lives in the draft package. */
public record Link(LinkKind kind, String url) {
    public Link {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }
}

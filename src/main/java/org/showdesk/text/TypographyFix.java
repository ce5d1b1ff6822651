package org.showdesk.text;

import java.util.Objects;

/**
 * One change Chinese typography asks for: replace {@code [start, end)} of the text (Java char offsets, end
 * exclusive; {@code start == end} inserts) with {@code replacement}, because {@code reason}.
 */
public record TypographyFix(int start, int end, String replacement, String reason) {
    public TypographyFix {
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
}

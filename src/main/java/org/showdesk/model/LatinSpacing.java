package org.showdesk.model;

import java.util.Locale;

/** A show's style for the gap between Chinese and Latin text ("用 GPT-4 写" or "用GPT-4写"). */
public enum LatinSpacing {
    /** One space between a Chinese character and a Latin word, as most Chinese style guides ask. */
    SPACE,
    /** No space: Chinese and Latin run together. */
    NO_SPACE,
    /** Leave the gaps as they are: as the host typed them, or as ASR wrote them. */
    KEEP;

    /** "space", "no-space" or "keep", as stored in a show's settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads {@link #id()}; anything else is refused with the values that work. */
    public static LatinSpacing parse(String id) {
        String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LatinSpacing v : values()) if (v.id().equals(s)) return v;
        throw new IllegalArgumentException("Unknown spacing \"" + id + "\": use space, no-space or keep.");
    }
}

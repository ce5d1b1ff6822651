package org.showdesk.model;

public enum LinkKind {
    PAPER, CODE, PROJECT, OTHER;

    public String label() {
        return switch (this) {
            case PAPER -> "paper";
            case CODE -> "code";
            case PROJECT -> "project";
            case OTHER -> "link";
        };
    }

    public static LinkKind parse(String s) {
        if (s == null) return OTHER;
        for (LinkKind k : values()) {
            if (k.name().equalsIgnoreCase(s) || k.label().equalsIgnoreCase(s)) return k;
        }
        return OTHER;
    }
}

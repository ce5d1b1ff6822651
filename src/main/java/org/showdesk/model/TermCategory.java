package org.showdesk.model;

public enum TermCategory {
    PERSON, ORG, PRODUCT, JARGON, OTHER;

    public static TermCategory parse(String s) {
        if (s == null || s.isBlank()) return OTHER;
        String k = s.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (k) {
            case "person", "people", "人名" -> PERSON;
            case "org", "organization", "organisation", "company", "lab", "university", "机构" -> ORG;
            case "product", "model", "model/product", "产品", "模型" -> PRODUCT;
            case "jargon", "term", "术语" -> JARGON;
            default -> OTHER;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package org.showdesk.model;

/**
 * A glossary shipped with Showdesk, which a host adds to a show in one action.
 *
 * @param id          the file name, e.g. "ai-jargon.txt"
 * @param category    the category its terms get when they have none of their own
 * @param displayName what the host sees, e.g. "AI jargon / AI 术语"
 */
public record StarterGlossary(String id, TermCategory category, String displayName) {
}

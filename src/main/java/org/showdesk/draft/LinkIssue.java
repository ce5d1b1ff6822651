package org.showdesk.draft;

/**
 * A problem with one link of an entry.
 *
 * @param index   position of the link in the entry's list (0-based)
 * @param problem INVALID: it cannot be published; DUPLICATE: the same page is already linked at {@code firstIndex}
 * @param firstIndex for a duplicate, the index of the earlier link to the same page; otherwise -1
 */
public record LinkIssue(int index, Problem problem, int firstIndex, String message) {
    public enum Problem { INVALID, DUPLICATE }
}

package org.showdesk.model;

/**
 * One thing that still needs the host before an episode is published.
 *
 * @param entryId the entry it is about, or 0 when it is about the episode or an output
 * @param message what is missing or too long, and what to do, for the host
 */
public record ReadyItem(Kind kind, long entryId, String message) {
    public enum Kind {
        /** The episode has no news items yet. */
        NO_ITEMS,
        ITEM_WITHOUT_TITLE,
        ITEM_WITHOUT_SUMMARY,
        /** No web address that can be published (none, or only ones that are not http(s)). */
        ITEM_WITHOUT_LINK,
        ITEM_WITHOUT_TIME,
        /** The start time was estimated from an untimed transcript and not confirmed. */
        TIME_ESTIMATED,
        /** An entry field longer than a published field should be. */
        FIELD_OVER_LIMIT,
        /** An output over a platform's limit. */
        OUTPUT_OVER_LIMIT,
        /** An output that cannot be made, e.g. a broken template, or YouTube chapters that cannot be shown. */
        OUTPUT_PROBLEM,
        /** Findings of the correction engine nobody has decided on (added by the app layer). */
        OPEN_FINDINGS,
        /** Style fixes (typography, the spelling style of names) nobody has decided on (added by the app layer). */
        OPEN_STYLE_FIXES,
        /** Sources of the host that no entry talks about (added by the app layer). */
        UNMATCHED_SOURCE
    }
}

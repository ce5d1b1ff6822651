package org.showdesk.model;

/**
 * A host's verdict on a finding that should not be raised again: REJECTED for one episode, CORRECT
 * ("this is correct as written") for the whole show.
 *
 * @param episodeId the episode a rejection belongs to, or 0 for a show-wide "this is correct"
 */
public record Decision(long id, long episodeId, String found, String suggestion, Verdict verdict) {
    public enum Verdict { REJECTED, CORRECT }
}

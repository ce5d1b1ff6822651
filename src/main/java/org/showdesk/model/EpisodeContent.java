package org.showdesk.model;

import java.util.List;

/** Everything one episode holds, as read from the store in one transaction: what outputs are drafted from. */
public record EpisodeContent(Episode episode, Transcript transcript, List<Entry> entries,
                             List<Correction> corrections) {
    public EpisodeContent {
        entries = List.copyOf(entries);
        corrections = List.copyOf(corrections);
    }
}

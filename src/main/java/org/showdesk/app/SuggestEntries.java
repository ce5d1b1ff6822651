package org.showdesk.app;

import org.showdesk.draft.EntrySplitter;
import org.showdesk.model.Entry;
import org.showdesk.model.ShowdeskException;

import java.util.List;

/** Cuts an episode into suggested entries (intro, one per news item, outro) and stores them as its rundown. */
public final class SuggestEntries {
    private final OpenShow show;

    public SuggestEntries(OpenShow show) {
        this.show = show;
    }

    /**
     * @param replace when false, an episode that already has entries is left alone (the host's work is never
     *                overwritten by a suggestion unless asked)
     */
    public List<Entry> run(long episodeId, boolean replace) {
        if (!replace && !show.entries().list(episodeId).isEmpty()) {
            throw new ShowdeskException("Episode " + episodeId + " already has entries; suggesting again would replace "
                    + "them. Use --replace to do that on purpose.");
        }
        var transcript = show.episodes().transcript(episodeId);
        List<Entry> suggested = new EntrySplitter(show.glossary().list()).suggest(episodeId, transcript);
        if (replace) show.backUpBefore("split --replace"); // the host's entries are about to be replaced
        return show.entries().replaceAll(episodeId, suggested);
    }
}

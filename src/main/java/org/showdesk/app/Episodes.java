package org.showdesk.app;

import org.showdesk.model.Episode;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Finding;
import org.showdesk.model.Source;

import java.util.List;

/** The episodes of a show: list them, open one into memory. */
public final class Episodes {
    private final OpenShow show;

    public Episodes(OpenShow show) {
        this.show = show;
    }

    public List<Episode> list() {
        return show.episodeList();
    }

    /**
     * Reads episode {@code id} (its transcript, entries, corrections and sources, as one consistent snapshot)
     * and scans it, with word boundaries when the Chinese segmenter has loaded (see {@link EpisodeCheck}).
     */
    public OpenEpisode open(long id) {
        return open(id, true);
    }

    /** As {@link #open(long)}; {@code scan} false leaves the findings empty, for a command that needs none. */
    public OpenEpisode open(long id, boolean scan) {
        record Read(EpisodeContent content, List<Source> sources) {
        }
        Read read = show.store().inOneReadTransaction(() ->
                new Read(show.episodes().content(id), show.sources().list(id)));
        EpisodeContent c = read.content();
        boolean words = EpisodeCheck.chineseWordsReady();
        List<Finding> findings = scan ? Corrections.scan(show, id, c.transcript().text()) : List.of();
        return new OpenEpisode(show, new OpenEpisode.State(c.episode(), c.transcript(), findings, c.entries(),
                c.corrections(), read.sources(), words));
    }
}

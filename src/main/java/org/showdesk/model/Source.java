package org.showdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One line of the host's list of sources for an episode: a paper or product the episode covers, with
 * its link and the names it goes by (a line may name several: "同花顺 HithinkGPT 问财").
 *
 * @param line the line of the imported list it came from (1-based), for messages; 0 when typed in
 */
public record Source(long id, long episodeId, String title, String url, List<String> names, int line) {
    public Source {
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
        names = List.copyOf(names == null ? List.of() : names);
    }

    public Source withId(long newId) {
        return new Source(newId, episodeId, title, url, names, line);
    }
}

package org.showdesk.app;

import org.showdesk.model.Finding;
import org.showdesk.model.ShowdeskException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Choosing findings the way a batch user names them: by the ids {@code review} printed, by term, or by
 * confidence. The same choice the window's review panel makes by ticking, so the command line can finish an
 * episode as the window does.
 */
public final class EpisodeReview {
    private EpisodeReview() {
    }

    /** The open findings of {@code state} by their stable ids, in text order. */
    public static Map<Integer, Finding> byId(OpenEpisode.State state) {
        return FindingIds.of(state.findings(), state.text());
    }

    /**
     * The findings with these ids; an id that names no open finding is refused, naming it (nothing is chosen).
     *
     * @param show the show as the host named it, for the command the message suggests
     */
    public static List<Finding> withIds(OpenEpisode.State state, List<Integer> ids, String show) {
        Map<Integer, Finding> open = byId(state);
        List<Finding> chosen = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        for (int id : ids) {
            Finding f = open.get(id);
            if (f == null) unknown.add(id);
            else if (!chosen.contains(f)) chosen.add(f);
        }
        if (!unknown.isEmpty()) {
            throw new ShowdeskException("No open finding has the id " + join(unknown) + " in episode "
                    + state.episodeId() + " (the text around it may have changed, or it was decided already). "
                    + "List the open findings with: review " + show + " --episode " + state.episodeId()
                    + ". Nothing was changed.");
        }
        return chosen;
    }

    /** Every open finding of glossary term {@code term}; refused when there is none. */
    public static List<Finding> ofTerm(OpenEpisode.State state, String term) {
        List<Finding> found = Corrections.ofTerm(state.findings(), term);
        if (found.isEmpty()) {
            List<String> terms = state.findings().stream().filter(f -> !f.isStyle()).map(Finding::suggestion)
                    .distinct().toList();
            throw new ShowdeskException("No open finding suggests \"" + term + "\" in episode " + state.episodeId()
                    + ". " + (terms.isEmpty() ? "No recognition finding is open."
                    : "Open findings suggest: " + String.join(", ", terms) + ".") + " Nothing was changed.");
        }
        return found;
    }

    private static String join(List<Integer> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}

package org.showdesk.app;

import org.showdesk.model.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rejection did. Decisions are by form (these words, not this suggestion), so rejecting one finding
 * also rejects its twins elsewhere in the episode: the host must be told, with where they were.
 *
 * @param chosen the findings the host named
 * @param decided each distinct form decided on (found → suggestion) with how many of the chosen it covers
 * @param alsoRejected findings the host did not name that went with them (the same words elsewhere)
 * @param text the text the findings' offsets refer to
 * @param undo takes the decisions this rejection stored back out of the file (one step in the window's history)
 */
public record Rejection(List<Finding> chosen, Map<String, Integer> decided, List<Finding> alsoRejected, String text,
                        Undoable undo) {
    public Rejection {
        chosen = List.copyOf(chosen);
        decided = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(decided));
        alsoRejected = List.copyOf(alsoRejected);
    }

    /** Each distinct form decided on, as "found (not suggestion)", with "×N" when it covers several findings. */
    public List<String> decisionLines() {
        List<String> lines = new ArrayList<>();
        decided.forEach((form, n) -> lines.add(form + (n > 1 ? " ×" + n : "")));
        return lines;
    }

    /** "Rejected 1 finding and 1 more of the same words at 1:295". */
    public String summary() {
        String s = "Rejected " + chosen.size() + " finding" + (chosen.size() == 1 ? "" : "s");
        if (alsoRejected.isEmpty()) return s;
        List<String> places = alsoRejected.stream().map(f -> {
            int[] lc = FileCheck.lineAndColumn(text, f.start());
            return lc[0] + ":" + lc[1];
        }).toList();
        return s + " and " + alsoRejected.size() + " more of the same words at " + String.join(", ", places);
    }

    static String form(Finding f) {
        return f.found() + " (not " + f.suggestion() + ")";
    }
}

package org.showdesk.cli;

import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Link;
import org.showdesk.model.Transcript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "entries", mixinStandardHelpOptions = true, description = "List an episode's entries.")
final class EntriesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Option(names = "--json", description = "print a JSON array of entries")
    boolean json;

    @Override
    public Integer call() {
        try (OpenShow s = OpenShow.openReadOnly(target.show)) {
            OpenEpisode.State state = new Episodes(s).open(target.episode, false).state();
            print(spec.commandLine().getOut(), state.entries(), state.transcript(), json, target.asTyped());
        }
        return 0;
    }

    /**
     * One entry a line, numbered as exports, ready and the notes number them: news items 1..N, intro and outro
     * named, not numbered. The start time reads ≈ while it is an estimate, as in the window's entry list.
     *
     * @param episodeArgs the show and episode as the host named them, for the command the empty list suggests
     */
    static void print(PrintWriter out, List<Entry> entries, Transcript transcript, boolean json, String episodeArgs) {
        if (json) {
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            int item = 0;
            for (Entry e : entries) rows.add(row(e, transcript, e.kind() == EntryKind.ITEM ? ++item : null));
            out.println(Json.pretty(rows));
            return;
        }
        if (entries.isEmpty()) {
            out.println("No entries yet. Suggest them with: showdesk split " + episodeArgs);
            return;
        }
        int item = 0;
        for (Entry e : entries) {
            String label = e.kind() == EntryKind.ITEM ? ++item + "." : e.kind().name().toLowerCase(Locale.ROOT);
            out.printf("%5s %8s  %s%s%s%n", label, start(e),
                    e.title().isBlank() ? "(untitled)" : e.title(),
                    e.organizations().isEmpty() ? "" : " — " + String.join(", ", e.organizations()),
                    e.category().isBlank() ? "" : "  (" + e.category() + ")");
            if (!e.summary().isBlank()) out.println("                " + e.summary());
            for (Link l : e.links()) {
                out.println("                " + l.kind().label() + ": " + l.url()
                        + (l.title() == null || l.title().isBlank() ? "" : "  " + l.title()));
            }
        }
        if (entries.stream().anyMatch(Entry::startEstimated)) {
            out.println("≈ an estimated start time: check it against the video.");
        }
    }

    /** "1:05", "1:02:03", "≈1:05" for an estimate, "–:––" when there is none (as the window shows it). */
    static String start(Entry e) {
        if (e.startMs() == null) return "–:––";
        long s = e.startMs() / 1000;
        String clock = s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return (e.startEstimated() ? "≈" : "") + clock;
    }

    private static Map<String, Object> row(Entry e, Transcript t, Integer itemNumber) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("item_number", itemNumber); // as exports and ready number items; null for intro and outro
        m.put("title", e.title());
        m.put("organizations", e.organizations());
        m.put("category", e.category());
        m.put("summary", e.summary());
        m.put("links", e.links().stream().map(l -> {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("kind", l.kind().label());
            link.put("url", l.url());
            link.put("title", l.title() == null ? "" : l.title());
            return link;
        }).toList());
        m.put("start_ms", e.startMs());
        m.put("start_estimated", e.startEstimated());
        m.put("status", e.status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("first_cue_id", e.firstCueId());
        m.put("last_cue_id", e.lastCueId());
        int first = t.indexOfCue(e.firstCueId());
        int last = t.indexOfCue(e.lastCueId());
        m.put("text", first >= 0 && last >= first ? t.text().substring(t.startOf(first), t.endOf(last)) : "");
        m.put("notes", e.notes());
        return m;
    }
}

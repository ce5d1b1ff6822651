package org.showdesk.cli;

import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
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
            print(spec.commandLine().getOut(), state.entries(), state.transcript(), json);
        }
        return 0;
    }

    static void print(PrintWriter out, List<Entry> entries, Transcript transcript, boolean json) {
        if (json) {
            out.println(Json.pretty(entries.stream().map(e -> row(e, transcript)).toList()));
            return;
        }
        if (entries.isEmpty()) {
            out.println("No entries yet. Suggest them with: showdesk split SHOW.showdesk --episode ID");
            return;
        }
        int n = 1;
        for (Entry e : entries) {
            out.printf("%2d. [%s] %s%s%s%n", n++, e.kind().name().toLowerCase(java.util.Locale.ROOT),
                    e.title().isBlank() ? "(untitled)" : e.title(),
                    e.organizations().isEmpty() ? "" : " — " + String.join(", ", e.organizations()),
                    e.category().isBlank() ? "" : "  (" + e.category() + ")");
            if (!e.summary().isBlank()) out.println("    " + e.summary());
            for (Link l : e.links()) out.println("    " + l.kind().label() + ": " + l.url());
        }
    }

    private static Map<String, Object> row(Entry e, Transcript t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("title", e.title());
        m.put("organizations", e.organizations());
        m.put("category", e.category());
        m.put("summary", e.summary());
        m.put("links", e.links().stream().map(l -> Map.of("kind", l.kind().label(), "url", l.url())).toList());
        m.put("start_ms", e.startMs());
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

package org.showdesk.cli;

import org.showdesk.app.OpenShow;
import org.showdesk.model.Episode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "episodes", mixinStandardHelpOptions = true, description = "List the episodes of a show.")
final class EpisodesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path file;

    @Option(names = "--json", description = "print a JSON array of {id, title, source, format, imported_at, cues, chars}")
    boolean json;

    @Override
    public Integer call() {
        List<Episode> episodes;
        try (OpenShow show = OpenShow.openReadOnly(file)) {
            episodes = show.episodeList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = episodes.stream().map(EpisodesCommand::row).toList();
            out.println(Json.pretty(rows));
        } else if (episodes.isEmpty()) {
            out.println("No episodes yet. Import a transcript: showdesk import " + file + " TRANSCRIPT");
        } else {
            for (Episode e : episodes) {
                out.printf("%4d  %s  (%s, %d cues, %d chars)%n", e.id(), e.title(), e.sourceName(), e.cueCount(),
                        e.charCount());
            }
        }
        return 0;
    }

    private static Map<String, Object> row(Episode e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("source", e.sourceName());
        m.put("format", e.sourceFormat());
        m.put("imported_at", String.valueOf(e.importedAt()));
        m.put("cues", e.cueCount());
        m.put("chars", e.charCount());
        return m;
    }
}

package org.showdesk.cli;

import org.showdesk.app.EpisodeSources;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = {"Import the episode's list of sources (papers and products, with their links): their names join "
                + "the show's glossary and each link is attached to the entry that talks about it.",
                "The list is Markdown or plain text, one source a line: \"Title — URL\", [Title](URL), the URL on the "
                        + "next line, arXiv:ID. Works before or after `split`; offline."})
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Parameters(index = "1", paramLabel = "FILE", description = "the list of sources (UTF-8 text or Markdown)")
    Path file;

    @Option(names = "--json", description = "print what was added and linked as JSON")
    boolean json;

    @Override
    public Integer call() {
        try (OpenShow s = OpenShow.open(target.show)) {
            EpisodeSources.Outcome outcome = new EpisodeSources(s).importFile(new Episodes(s).open(target.episode, false), file);
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(Json.pretty(row(outcome)));
            else print(out, outcome);
        }
        return 0;
    }

    private static void print(PrintWriter out, EpisodeSources.Outcome o) {
        out.printf("%s stored; %d new glossary term%s%s%n", o.counted(), o.termsAdded().size(),
                o.termsAdded().size() == 1 ? "" : "s",
                o.termsAdded().isEmpty() ? "" : ": " + String.join(", ", o.termsAdded().stream().map(t -> t.term()
                        + (t.category().label().equals("org") ? " (org)" : "")).toList()));
        if (o.entries().isEmpty()) {
            out.println("No entries yet: the links are attached when you run `split`.");
            return;
        }
        for (EpisodeSources.Placement p : o.placements()) {
            out.printf("linked  line %d %s → %s  (%s%s)%n", p.source().line(), label(p.source()), title(p.entry()),
                    p.reason(), p.heard().isEmpty() || p.heard().equals(p.name()) ? "" : ": " + p.heard());
        }
        for (Source u : o.unmatched()) out.printf("unmatched  line %d %s%n", u.line(), label(u));
        for (Entry e : o.unlinked()) out.printf("no link  %s%n", title(e));
    }

    private static String label(Source s) {
        String name = s.names().isEmpty() ? s.title() : s.names().get(0);
        return s.url().isBlank() ? name + " (no link)" : name + " " + s.url();
    }

    private static String title(Entry e) {
        return e.title().isBlank() ? "(untitled " + e.kind().name().toLowerCase(Locale.ROOT) + ")" : "\"" + e.title() + "\"";
    }

    private static Map<String, Object> row(EpisodeSources.Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sources", o.sources().stream().map(SourcesCommand::source).toList());
        m.put("glossary_added", o.termsAdded().stream().map(SourcesCommand::term).toList());
        m.put("linked", o.placements().stream().map(p -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("source_id", p.source().id());
            r.put("line", p.source().line());
            r.put("url", p.source().url());
            r.put("entry_id", p.entry().id());
            r.put("entry_title", p.entry().title());
            r.put("reason", p.reason());
            r.put("name", p.name());
            r.put("heard", p.heard());
            return r;
        }).toList());
        m.put("unmatched_sources", o.unmatched().stream().map(SourcesCommand::source).toList());
        m.put("entries_without_link", o.unlinked().stream().map(e -> Map.of("id", e.id(), "title", e.title())).toList());
        return m;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("line", s.line());
        m.put("title", s.title());
        m.put("url", s.url());
        m.put("names", s.names());
        return m;
    }

    private static Map<String, Object> term(GlossaryTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("term", t.term());
        m.put("category", t.category().label());
        m.put("origin", t.origin());
        return m;
    }
}

package org.showdesk.cli;

import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenShow;
import org.showdesk.app.Publishing;
import org.showdesk.model.ReadyItem;
import org.showdesk.model.ReadyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "ready", mixinStandardHelpOptions = true,
        description = {"Say what still needs you before the episode is published.",
                "Open findings, sources on no entry, items without a title, summary, link or time, fields and outputs "
                        + "over a platform's limit."})
final class ReadyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Option(names = "--json", description = "print {ready, items: [{kind, entry_id, message}]}")
    boolean json;

    @Override
    public Integer call() {
        ReadyReport report;
        try (OpenShow show = OpenShow.openReadOnly(target.show)) {
            EpisodeCheck.awaitChineseWords();
            report = new Publishing(show).ready(new Episodes(show).open(target.episode).state());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ready", report.isReady());
            m.put("items", report.items().stream().map(i -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
                row.put("entry_id", i.entryId());
                row.put("message", i.message());
                return row;
            }).toList());
            out.println(Json.pretty(m));
        } else if (report.isReady()) {
            out.println("Ready to publish: nothing left to check.");
        } else {
            for (ReadyItem i : report.items()) out.println("- " + i.message());
            out.println(report.items().size() + " thing" + (report.items().size() == 1 ? "" : "s")
                    + " to see to before publishing.");
        }
        return 0;
    }
}

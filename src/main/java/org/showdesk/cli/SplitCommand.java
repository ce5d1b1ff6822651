package org.showdesk.cli;

import org.showdesk.app.OpenShow;
import org.showdesk.app.SuggestEntries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Suggest the episode's entries (intro, one per news item, outro), store them and print them.")
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path show;

    @Option(names = "--episode", required = true, paramLabel = "ID")
    long episode;

    @Option(names = "--replace", description = "replace entries the episode already has")
    boolean replace;

    @Option(names = "--json", description = "print the entries as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        try (OpenShow s = OpenShow.open(show)) {
            var entries = new SuggestEntries(s).run(episode, replace);
            EntriesCommand.print(spec.commandLine().getOut(), entries, s.episodes().transcript(episode), json);
        }
        return 0;
    }
}

package org.showdesk.cli;

import org.showdesk.app.OpenShow;
import org.showdesk.app.SuggestEntries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Suggest the episode's entries (intro, one per news item, outro), store them and print them.")
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Option(names = "--replace", description = "replace entries the episode already has")
    boolean replace;

    @Option(names = "--json", description = "print the entries as a JSON array")
    boolean json;

    @Override
    public Integer call() {
        try (OpenShow s = OpenShow.open(target.show)) {
            var entries = new SuggestEntries(s).run(target.episode, replace);
            EntriesCommand.print(spec.commandLine().getOut(), entries, s.episodes().transcript(target.episode), json);
        }
        return 0;
    }
}

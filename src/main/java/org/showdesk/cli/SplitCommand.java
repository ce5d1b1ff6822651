package org.showdesk.cli;

import org.showdesk.app.OpenShow;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.Rundown;
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
            OpenEpisode episode = new Episodes(s).open(target.episode, false);
            new Rundown(s).suggest(episode, replace);
            OpenEpisode.State state = episode.state();
            EntriesCommand.print(spec.commandLine().getOut(), state.entries(), state.transcript(), json,
                    target.asTyped());
        }
        return 0;
    }
}

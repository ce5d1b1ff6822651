package org.showdesk.cli;

import org.showdesk.app.Corrections;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.EpisodeReview;
import org.showdesk.app.FindingCount;
import org.showdesk.app.Rejection;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "reject", mixinStandardHelpOptions = true,
        description = {"Mark findings as not mistakes: they are not raised again in this episode.",
                "With --show-wide they are not raised again anywhere in the show."})
final class RejectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Parameters(index = "1..*", paramLabel = "FINDING_ID", description = "ids from `review`")
    List<Integer> ids = List.of();

    @Option(names = "--term", paramLabel = "TERM", description = "every open finding of this glossary term")
    String term;
    

    @Option(names = "--show-wide", description = "never raise these again in any episode of the show")
    boolean showWide;

    @Override
    public Integer call() {
        if (ids.isEmpty() == (term == null)) {
            throw new ParameterException(spec.commandLine(), "Name the findings one way: FINDING_ID… (from review) "
                    + "or --term TERM.");
        }
        try (OpenShow show = OpenShow.open(target.show)) {
            EpisodeCheck.awaitChineseWords();
            OpenEpisode episode = new Episodes(show).open(target.episode);
            List<Finding> chosen = !ids.isEmpty() ? EpisodeReview.withIds(episode.state(), ids, target.show.toString())
                    : EpisodeReview.ofTerm(episode.state(), term);
            Rejection done = new Corrections(show).reject(episode, chosen, showWide);
            var out = spec.commandLine().getOut();
            done.decisionLines().forEach(out::println);
            out.println(done.summary() + (showWide ? " for the whole show" : " in this episode") + "; "
                    + FindingCount.of(episode.state().findings()).open() + ".");
        }
        return 0;
    }
}

package org.showdesk.cli;

import org.showdesk.app.Corrections;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.EpisodeReview;
import org.showdesk.app.FindingCount;
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

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "accept", mixinStandardHelpOptions = true,
        description = {"Apply findings of an episode, as the window's Accept does.",
                "The transcript and every entry field and tag holding the same wrong form are corrected, and the "
                        + "glossary learns the misheard form."})
final class AcceptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Parameters(index = "1..*", paramLabel = "FINDING_ID", description = "ids from `review`")
    List<Integer> ids = List.of();

    @Option(names = "--term", paramLabel = "TERM", description = "every open finding of this glossary term")
    String term;

    @Option(names = "--min-confidence", paramLabel = "X", description = "every open finding at or above X (0..1)")
    Double minConfidence;

    @Option(names = "--style", description = "with --min-confidence: also apply style fixes (typography, name style)")
    boolean style;

    @Override
    public Integer call() {
        int ways = (ids.isEmpty() ? 0 : 1) + (term == null ? 0 : 1) + (minConfidence == null ? 0 : 1);
        if (ways != 1) {
            throw new ParameterException(spec.commandLine(), "Name the findings one way: FINDING_ID… (from review), "
                    + "--term TERM or --min-confidence X.");
        }
        try (OpenShow show = OpenShow.open(target.show)) {
            EpisodeCheck.awaitChineseWords();
            OpenEpisode episode = new Episodes(show).open(target.episode);
            List<Finding> chosen = !ids.isEmpty() ? EpisodeReview.withIds(episode.state(), ids, target.show.toString())
                    : term != null ? EpisodeReview.ofTerm(episode.state(), term)
                    : Corrections.atConfidence(episode.state().findings(), minConfidence, style);
            new Corrections(show).acceptAll(episode, chosen);
            report(spec.commandLine().getOut(), chosen, FindingCount.of(episode.state().findings()));
        }
        return 0;
    }

    static void report(PrintWriter out, List<Finding> done, FindingCount stillOpen) {
        for (Finding f : done) out.println(f.found() + " → " + f.suggestion());
        out.println("Accepted " + done.size() + " finding" + (done.size() == 1 ? "" : "s") + "; " + stillOpen.open()
                + ".");
    }
}

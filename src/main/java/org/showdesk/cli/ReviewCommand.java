package org.showdesk.cli;

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
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"List an episode's open findings, each with an id for accept and reject.",
                "An id stays the same while the text around its finding does not change."})
final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EpisodeArgs target;

    @Option(names = "--json", description = "print a JSON array: the fields of check --json plus id")
    boolean json;

    @Option(names = "--style", description = "also list style fixes: Chinese typography (half-width punctuation…) and the spelling style of names")
    boolean style;

    @Override
    public Integer call() {
        try (OpenShow show = OpenShow.openReadOnly(target.show)) {
            EpisodeCheck.awaitChineseWords();
            OpenEpisode.State s = new Episodes(show).open(target.episode).state();
            var byId = new java.util.LinkedHashMap<>(EpisodeReview.byId(s));
            if (!style) byId.values().removeIf(Finding::isStyle);
            FindingsOutput.printWithIds(spec.commandLine().getOut(), s.text(), byId, FindingCount.of(s.findings()),
                    style, json, target.asTyped());
        }
        return 0;
    }
}

package org.showdesk.cli;

import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.FileCheck;
import org.showdesk.app.FindingCount;
import org.showdesk.app.OpenShow;
import org.showdesk.app.ImportTranscript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Find likely recognition errors.",
                "  check TRANSCRIPT [--glossary TERMS]   a transcript file (without --glossary: the starter glossaries)",
                "  check SHOW.showdesk --episode ID      an episode, with the show's glossary and decisions"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRANSCRIPT|SHOW.showdesk")
    Path input;

    @Option(names = "--episode", paramLabel = "ID", description = "the episode to check, with a show file")
    Long episode;

    @Option(names = "--glossary", paramLabel = "TERMS", description = "glossary file (.txt, .csv, .json) to use exactly")
    Path glossary;

    @Option(names = "--encoding", paramLabel = "auto|NAME", defaultValue = "auto",
            description = "encoding of the transcript (default: detected)")
    String encoding;

    @Option(names = "--json", description = "print a JSON array of findings")
    boolean json;

    @Override
    public Integer call() {
        boolean isShow = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".showdesk");
        var out = spec.commandLine().getOut();
        if (isShow) {
            if (episode == null) {
                throw new ParameterException(spec.commandLine(), "checking a show needs --episode ID");
            }
            if (glossary != null) {
                throw new ParameterException(spec.commandLine(), "--glossary goes with a transcript file; a show "
                        + "uses its own glossary (add terms to it with `glossary " + input + " import " + glossary
                        + "`).");
            }
            try (OpenShow show = OpenShow.openReadOnly(input)) {
                EpisodeCheck.awaitChineseWords();
                OpenEpisode.State s = new Episodes(show).open(episode).state();
                // Style fixes are many in an ASR transcript and counted apart everywhere: `review --style` lists them.
                FindingsOutput.print(out, s.text(), FindingCount.recognitionOnly(s.findings()), json);
            }
            return 0;
        }
        if (episode != null) {
            throw new ParameterException(spec.commandLine(), "--episode goes with a .showdesk file");
        }
        FileCheck check = FileCheck.of(input, glossary, ImportTranscript.encoding(encoding));
        check.glossaryWarnings().forEach(w -> spec.commandLine().getErr().println("glossary warning: " + w));
        FindingsOutput.print(out, check.text(), check.findings(), json);
        return 0;
    }
}

package org.showdesk.cli;

import org.showdesk.app.Corrections;
import org.showdesk.app.EpisodeCheck;
import org.showdesk.app.Episodes;
import org.showdesk.app.FileCheck;
import org.showdesk.app.FindingCount;
import org.showdesk.app.ImportTranscript;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.app.Publishing;
import org.showdesk.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Apply the confident findings.",
                "  fix TRANSCRIPT [--glossary TERMS]   writes the fixed file (every line stays a line; subtitles keep",
                "                                      their timings); without --glossary: the starter glossaries",
                "  fix SHOW.showdesk --episode ID      applies and stores them in the show, as accept --min-confidence"})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRANSCRIPT|SHOW.showdesk")
    Path input;

    @Option(names = "--episode", paramLabel = "ID", description = "the episode to fix, with a show file")
    Long episode;

    @Option(names = "--glossary", paramLabel = "TERMS", description = "glossary file (.txt, .csv, .json) to use exactly")
    Path glossary;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.5",
            description = "apply findings at or above this confidence, 0..1 (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--style", description = "also apply style fixes (Chinese typography, the spelling style of names)")
    boolean style;

    @Option(names = "--encoding", paramLabel = "auto|NAME", defaultValue = "auto")
    String encoding;

    @Option(names = "--out", paramLabel = "PATH", description = "write here (default: standard output)")
    Path out;

    @Option(names = "--force", description = "apply one-character misrecognitions of the glossary too")
    boolean force;

    @Override
    public Integer call() {
        if (Double.isNaN(minConfidence) || minConfidence < 0 || minConfidence > 1) {
            throw new ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        boolean isShow = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(OpenShow.EXTENSION);
        if (isShow && episode == null) {
            throw new ParameterException(spec.commandLine(), input.getFileName() + " is a show, not a transcript. To fix "
                    + "an episode in it: showdesk fix " + org.showdesk.model.CommandLineText.quoted(input) + " --episode ID (list "
                    + "them with: showdesk episodes " + org.showdesk.model.CommandLineText.quoted(input) + ").");
        }
        if (!isShow && episode != null) {
            throw new ParameterException(spec.commandLine(), "--episode goes with a .showdesk file");
        }
        return isShow ? fixShow() : fixFile();
    }

    private Integer fixShow() {
        if (glossary != null || out != null) {
            throw new ParameterException(spec.commandLine(), "--glossary and --out go with a transcript file; a show "
                    + "uses its own glossary and keeps the fixes (export it afterwards).");
        }
        try (OpenShow show = OpenShow.open(input)) {
            EpisodeCheck.awaitChineseWords();
            OpenEpisode ep = new Episodes(show).open(episode);
            List<Finding> chosen = Corrections.atConfidence(ep.state().findings(), minConfidence, style);
            new Corrections(show).acceptAll(ep, chosen);
            AcceptCommand.report(spec.commandLine().getOut(), chosen, FindingCount.of(ep.state().findings()));
        }
        return 0;
    }

    private Integer fixFile() {
        if (glossary != null && !force) {
            GlossaryCommand.confirmOneCharacterVariants(org.showdesk.app.Glossaries.read(glossary), false);
        }
        FileCheck check = FileCheck.of(input, glossary, ImportTranscript.encoding(encoding));
        var err = spec.commandLine().getErr();
        check.glossaryWarnings().forEach(w -> err.println("glossary warning: " + w));
        String fixed = check.fixed(minConfidence, style);
        List<Finding> applied = check.applied(minConfidence, style);
        if (out == null) {
            spec.commandLine().getOut().print(fixed);
            spec.commandLine().getOut().flush();
        } else {
            Publishing.writeAtomically(out, fixed, input, glossary);
        }
        for (Finding f : applied) {
            int[] lc = FileCheck.lineAndColumn(check.text(), f.start());
            err.println(lc[0] + ":" + lc[1] + "  " + f.found() + " → " + f.suggestion());
        }
        long styleFixes = applied.stream().filter(Finding::isStyle).count();
        int n = applied.size();
        err.println("Applied " + n + " finding" + (n == 1 ? "" : "s") + " at confidence ≥ " + minConfidence
                + (style ? " (" + styleFixes + " of them style fix" + (styleFixes == 1 ? "" : "es") + ")" : "")
                + (out == null ? "" : "; wrote " + out.toAbsolutePath()));
        return 0;
    }
}

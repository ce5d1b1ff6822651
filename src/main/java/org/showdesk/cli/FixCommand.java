package org.showdesk.cli;

import org.showdesk.app.FileCheck;
import org.showdesk.app.Publish;
import org.showdesk.ingest.TranscriptReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Write the transcript with its confident findings applied.",
                "Every line stays a line; subtitles keep their timings."})
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRANSCRIPT")
    Path input;

    @Option(names = "--glossary", required = true, paramLabel = "TERMS", description = "glossary file (.txt, .csv, .json)")
    Path glossary;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0.8",
            description = "apply findings at or above this confidence, 0..1 (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--encoding", paramLabel = "auto|NAME", defaultValue = "auto")
    String encoding;

    @Option(names = "--out", paramLabel = "PATH", description = "write here (default: standard output)")
    Path out;

    @Option(names = "--force", description = "apply one-character misrecognitions of the glossary too")
    boolean force;

    @Override
    public Integer call() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) { // also refuses NaN, which compares false with anything
            throw new ParameterException(spec.commandLine(), "--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        if (!force) GlossaryCommand.confirmOneCharacterVariants(org.showdesk.app.Glossaries.read(glossary), false);
        FileCheck check = FileCheck.of(input, glossary, TranscriptReader.encodingOption(encoding));
        var err = spec.commandLine().getErr();
        check.glossaryWarnings().forEach(w -> err.println("glossary warning: " + w));
        String fixed = check.fixed(minConfidence);
        long applied = check.findings().stream().filter(f -> f.confidence() >= minConfidence).count();
        if (out == null) {
            spec.commandLine().getOut().print(fixed);
            spec.commandLine().getOut().flush();
        } else {
            Publish.writeAtomically(out, fixed, input);
        }
        err.println("Applied up to " + applied + " finding(s) at confidence ≥ " + minConfidence
                + (out == null ? "" : "; wrote " + out.toAbsolutePath()));
        return 0;
    }
}

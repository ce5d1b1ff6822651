package org.showdesk.cli;

import org.showdesk.app.ImportTranscript;
import org.showdesk.app.OpenShow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a transcript (txt/md, srt, vtt, Whisper json) as a new episode; prints its id.",
                "A file that cannot be read is refused with the line and the problem, and the show is not changed."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path show;

    @Parameters(index = "1", paramLabel = "TRANSCRIPT")
    Path transcript;

    @Option(names = "--title", paramLabel = "TITLE", description = "episode title (default: the file name)")
    String title;

    @Option(names = "--encoding", paramLabel = "auto|NAME", defaultValue = "auto",
            description = "text encoding, e.g. UTF-8, GB18030, Big5, UTF-16 (default: ${DEFAULT-VALUE}, detected)")
    String encoding;

    @Override
    public Integer call() {
        var charset = ImportTranscript.encoding(encoding);
        var read = ImportTranscript.read(transcript, charset); // before the show is locked, so it never waits on a file
        try (OpenShow s = OpenShow.open(show, "import")) {
            s.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
            var result = new ImportTranscript(s).run(read, title);
            spec.commandLine().getOut().println(result.episode().id());
            result.sameContentAs().ifPresent(e -> spec.commandLine().getErr().println("warning: this transcript is "
                    + "identical to episode " + e.id() + " \"" + e.title() + "\", imported before; imported again as "
                    + "episode " + result.episode().id() + ". Remove one of them if that was not on purpose."));
            spec.commandLine().getErr().printf("Imported \"%s\": %d cues, %d characters, %s, read as %s%s%n",
                    result.episode().title(), result.cues(), result.episode().charCount(), result.format(),
                    result.charset(), result.charsetDetected() ? " (detected)" : "");
        }
        return 0;
    }
}

package org.showdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shows for command-line tests, made with the command line itself, as a host would make them. */
final class CliShows {
    private CliShows() {
    }

    /** Runs a command that must succeed; its output for the test to read. */
    static CliImportTest.Run ok(String... args) {
        var r = CliImportTest.run(args);
        assertThat(r.code()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    /** The demo transcript as a file in {@code dir} ("weekly.txt"), as a host's ASR tool would leave it. */
    static Path demoTranscript(Path dir) throws IOException {
        Path transcript = dir.resolve("weekly.txt");
        try (InputStream in = CliShows.class.getResourceAsStream("/demo/ai-weekly-demo.txt")) {
            Files.write(transcript, in.readAllBytes());
        }
        return transcript;
    }

    /**
     * A new show "周报.showdesk" in {@code dir} with the demo transcript as episode 1, its glossary set up by
     * one {@code glossary} command ({@code glossary} are the words after the show: "starter", "all"), split.
     */
    static Path splitDemo(Path dir, String... glossary) throws IOException {
        Path transcript = demoTranscript(dir);
        Path show = dir.resolve("周报.showdesk");
        ok("new", show.toString());
        ok("import", show.toString(), transcript.toString());
        List<String> command = new ArrayList<>(List.of("glossary", show.toString()));
        command.addAll(List.of(glossary));
        ok(command.toArray(String[]::new));
        ok("split", show.toString(), "--episode", "1");
        return show;
    }
}

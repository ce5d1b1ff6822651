package org.showdesk.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The arguments every per-episode command takes: the show file and --episode ID. */
final class EpisodeArgs {
    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path show;

    @Option(names = "--episode", required = true, paramLabel = "ID", description = "the episode (see `episodes`)")
    long episode;

    /** "SHOW --episode ID" as the host can paste it back into a shell (the path quoted when it needs it). */
    String asTyped() {
        return org.showdesk.model.CommandLineText.quoted(show) + " --episode " + episode;
    }
}

package org.showdesk.cli;

import org.showdesk.app.EpisodeMedia;
import org.showdesk.app.Episodes;
import org.showdesk.app.OpenEpisode;
import org.showdesk.app.OpenShow;
import org.showdesk.model.Entry;
import org.showdesk.model.Episode;
import org.showdesk.model.ShowdeskException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "media", mixinStandardHelpOptions = true,
        description = {"Attach an episode's audio or video and time the episode from it.",
                "Estimate times for an untimed transcript from the media, set an entry's start, shift exported "
                        + "subtitle times by an offset.",
                "Times are written as seconds (83.5), minutes:seconds (1:23.5) or hours:minutes:seconds."},
        subcommands = {MediaCommand.Attach.class, MediaCommand.Estimate.class, MediaCommand.Offset.class,
                MediaCommand.Start.class, MediaCommand.Confirm.class, MediaCommand.Where.class, MediaCommand.Detach.class})
final class MediaCommand {
    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path show;

    @Option(names = "--episode", required = true, paramLabel = "ID", description = "the episode (see `episodes`)")
    long episode;

    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        MediaCommand parent;
        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        /** The episode as the use cases work on it. */
        OpenEpisode episode(OpenShow show) {
            return new Episodes(show).open(parent.episode, false);
        }

        long time(String text) {
            try {
                return EpisodeMedia.parseTime(text);
            } catch (ShowdeskException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = {"Attach the episode's audio or video (MP3, M4A/AAC, WAV, H.264 MP4), replacing any attached "
                    + "before, and print its duration.", "A file that is not playable media is refused and the show "
                    + "left unchanged."})
    static final class Attach extends Subcommand {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.open(parent.show)) {
                EpisodeMedia.Attached a = new EpisodeMedia(s).attach(episode(s), file);
                out().println(EpisodeMedia.formatTime(a.durationMs()) + "\t" + a.format());
                err().println("Attached " + a.file() + " to episode " + parent.episode + " (stored as "
                        + a.episode().media().path() + "; read with " + a.readWith() + ").");
                a.notes().forEach(n -> err().println("note: " + n));
            }
            return 0;
        }
    }

    @Command(name = "estimate", mixinStandardHelpOptions = true,
            description = {"Give an untimed transcript's cues times from the attached media, and the entries the start "
                    + "of their first cue, marked as estimates.", "Prints the method (pauses: sentence starts on pauses "
                    + "heard in the audio; syllables: shared out by syllables) and how many cues got a time."})
    static final class Estimate extends Subcommand {
        @Option(names = "--json", description = "print the result as a JSON object")
        boolean json;

        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.open(parent.show)) {
                EpisodeMedia.Estimated e = new EpisodeMedia(s).estimate(episode(s));
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("method", e.method().id());
                    m.put("cues", e.cues());
                    m.put("entries", e.entries());
                    m.put("pauses_used", e.pausesUsed());
                    m.put("pauses_heard", e.pausesSeen());
                    m.put("notes", e.notes());
                    out().println(Json.pretty(m));
                } else {
                    out().println("method\t" + e.method().id());
                    out().println("cues\t" + e.cues());
                    out().println("entries\t" + e.entries());
                    out().println("pauses\t" + (e.pausesSeen() == 0 ? "not used (see the note)"
                            : e.pausesUsed() + " used of " + e.pausesSeen() + " heard"));
                }
                e.notes().forEach(n -> err().println("note: " + n));
            }
            return 0;
        }
    }

    @Command(name = "offset", mixinStandardHelpOptions = true,
            description = {"Show, or set, the offset added to every exported subtitle time: positive for an intro "
                    + "bumper before the recording, negative for a cut at its start."})
    static final class Offset extends Subcommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "TIME", description = "e.g. 5, +1:02.5, -3.2")
        String offset;

        @Override
        public Integer call() {
            if (offset == null) {
                try (OpenShow s = OpenShow.openReadOnly(parent.show)) {
                    out().println(EpisodeMedia.formatTime(episode(s).state().episode().timeOffsetMs()));
                }
                return 0;
            }
            long ms = time(offset);
            try (OpenShow s = OpenShow.open(parent.show)) {
                Episode e = new EpisodeMedia(s).setTimeOffset(episode(s), ms);
                out().println(EpisodeMedia.formatTime(e.timeOffsetMs()));
                EpisodeMedia.offsetWarning(e).ifPresent(w -> err().println("note: " + w));
            }
            return 0;
        }
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Set an entry's start (a time in the media, e.g. read off the player); it is then no longer "
                    + "an estimate.")
    static final class Start extends Subcommand {
        @Parameters(index = "0", paramLabel = "ENTRY", description = "the entry's number as `entries` lists it")
        int number;
        @Parameters(index = "1", paramLabel = "TIME")
        String at;

        @Override
        public Integer call() {
            long ms = time(at);
            try (OpenShow s = OpenShow.open(parent.show)) {
                OpenEpisode open = episode(s);
                List<Entry> entries = open.state().entries();
                if (number < 1 || number > entries.size()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Episode " + parent.episode
                            + " has " + entries.size() + " entries; ENTRY is their number as `entries` lists them.");
                }
                Entry e = new EpisodeMedia(s).setEntryStart(open, entries.get(number - 1).id(), ms);
                out().println(number + "\t" + EpisodeMedia.formatTime(e.startMs()));
            }
            return 0;
        }
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Accept the entries' estimated starts as they are: no longer marked as estimates.")
    static final class Confirm extends Subcommand {
        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.open(parent.show)) {
                out().println(new EpisodeMedia(s).confirmStarts(episode(s)) + " start(s) confirmed");
            }
            return 0;
        }
    }

    @Command(name = "where", mixinStandardHelpOptions = true,
            description = {"Print where the episode's media is. A file that moved beside the show is found again and "
                    + "the show points there; one that cannot be found is reported (exit code 1)."})
    static final class Where extends Subcommand {
        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.open(parent.show)) {
                EpisodeMedia.Located where = new EpisodeMedia(s).locate(episode(s));
                switch (where.status()) {
                    case FOUND -> out().println(where.file());
                    case MOVED -> {
                        out().println(where.file());
                        err().println("note: " + where.message());
                    }
                    default -> {
                        err().println("showdesk media: " + where.message());
                        return 1;
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "detach", mixinStandardHelpOptions = true,
            description = "Detach the episode's media (the file itself is left alone; times already given stay).")
    static final class Detach extends Subcommand {
        @Override
        public Integer call() {
            try (OpenShow s = OpenShow.open(parent.show)) {
                new EpisodeMedia(s).detach(episode(s));
            }
            return 0;
        }
    }
}

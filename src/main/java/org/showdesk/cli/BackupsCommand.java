package org.showdesk.cli;

import org.showdesk.model.Backup;
import org.showdesk.app.ShowBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "backups", mixinStandardHelpOptions = true,
        description = {"List the backups of a show, newest first: when and why each was taken.",
                "Taken when a show is opened, before every import, restore, split --replace and replace all, and after "
                        + "each burst of changes; kept: every one of the last hour, the newest of each hour for a day, "
                        + "the newest of each day for a month, at most 1024 MB together "
                        + "(SHOWDESK_BACKUPS_MAX_MB or -Dshowdesk.backups.maxMB to change it)."})
final class BackupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHOW.showdesk")
    Path file;

    @Option(names = "--json", description = "print a JSON array of {id, taken_at, why, bytes, episodes, file}")
    boolean json;

    @Override
    public Integer call() {
        List<Backup> backups = ShowBackups.list(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(backups.stream().map(BackupsCommand::row).toList()));
        } else if (backups.isEmpty()) {
            out.println("No backups of " + file.toAbsolutePath() + " yet. " + ShowBackups.whenTaken());
        } else {
            // Each column as wide as its widest cell: a reason like "before suggest the rundown again" is longer
            // than any fixed width would allow.
            List<String[]> rows = new java.util.ArrayList<>();
            rows.add(new String[]{"ID", "TAKEN (UTC)", "WHY", "SIZE", "EPISODES"});
            for (Backup b : backups) {
                rows.add(new String[]{b.id(), b.takenAt().toString(), b.why().isEmpty() ? "-" : b.why(),
                        kib(b.sizeBytes()), b.episodes() < 0 ? "unreadable" : String.valueOf(b.episodes())});
            }
            int[] width = new int[5];
            for (String[] r : rows) for (int i = 0; i < 5; i++) width[i] = Math.max(width[i], r[i].length());
            for (String[] r : rows) {
                out.println((pad(r[0], width[0]) + "  " + pad(r[1], width[1]) + "  " + pad(r[2], width[2]) + "  "
                        + " ".repeat(width[3] - r[3].length()) + r[3] + "  " + r[4]).stripTrailing());
            }
            out.println("Restore one with: showdesk restore \"" + file + "\" --backup ID");
        }
        return 0;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    private static String kib(long bytes) {
        return bytes < 0 ? "?" : (bytes + 1023) / 1024 + " KiB";
    }

    private static Map<String, Object> row(Backup b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("taken_at", b.takenAt().toString());
        m.put("why", b.why());
        m.put("bytes", b.sizeBytes());
        m.put("episodes", b.episodes());
        m.put("file", b.file().toString());
        return m;
    }
}

package org.showdesk.safety;

import org.showdesk.store.ShowStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The crash harness: a {@link CrashWriter} in a child JVM writes to one show, is killed with SIGKILL
 * at a random moment, and then the show is checked from outside: SQLite's full integrity check, every
 * acknowledged change present, no half-imported episode, counts consistent, and the show opens for
 * writing again (the lock died with the process). Trials continue on the same, growing file.
 */
public final class CrashTrials {
    /** What one kill left behind. {@code problems} is empty when the show came through intact. */
    public record Trial(int acknowledged, long killAfterMs, boolean integrityOk, int missingAcknowledged,
                        int unacknowledgedPresent, long reopenMs, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private final Path show;
    private final Path writerName;
    private final Path scratch;
    private final Random random;
    private long nextChange = 1;

    public CrashTrials(Path workDir, long seed) {
        this(workDir, seed, false);
    }

    /**
     * @param throughHardLink the writer opens the show through a hard link while the checks (and the next
     *                        writer) use the show's own name: a WAL left beside the link must not be lost
     */
    public CrashTrials(Path workDir, long seed, boolean throughHardLink) {
        this.show = workDir.resolve("crash test 周报.showdesk");
        this.scratch = workDir.resolve("child");
        this.random = new Random(seed);
        Path link = workDir.resolve("hard link.showdesk");
        this.writerName = throughHardLink ? link : show;
        // Created under the writer's name, so that is the name every writer records and leaves its WAL beside;
        // the show's own name, checked below, is the second link. Opening by it must replay that WAL.
        ShowStore.create(writerName, "crash").close();
        try {
            if (throughHardLink) java.nio.file.Files.createLink(show, link);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot make a hard link in " + workDir, e);
        }
    }

    public Path show() {
        return show;
    }

    /**
     * One trial: start a writer, kill -9 it a random 0..maxDelayMs after a moment, check. The moment is
     * its first commit in three trials out of four (kills while it commits), otherwise the moment it
     * has opened the show (kills during start-up and the first, cold commit too).
     */
    public Trial run(long maxDelayMs) throws Exception {
        long delay = (long) (random.nextDouble() * maxDelayMs);
        boolean fromFirstCommit = random.nextInt(4) != 0;
        Path ackFile = scratch.resolve("acks-" + nextChange + ".txt");
        Files.deleteIfExists(ackFile);
        try (ChildJvm child = ChildJvm.start(scratch, CrashWriter.class, writerName.toString(), Long.toString(nextChange),
                ackFile.toString())) {
            child.awaitLine("ready", 60_000);
            if (fromFirstCommit) child.awaitLine("committing", 60_000);
            Thread.sleep(delay);
            child.killHard();
        }
        List<Long> acks = new ArrayList<>();
        if (Files.exists(ackFile)) {
            for (String line : Files.readAllLines(ackFile)) {
                if (line.startsWith("ack ")) acks.add(Long.parseLong(line.substring(4)));
            }
            Files.delete(ackFile);
        }
        return verify(acks, delay);
    }

    private Trial verify(List<Long> acks, long delay) throws SQLException {
        long firstChange = nextChange;
        List<String> problems = new ArrayList<>();
        long lastAcked = acks.isEmpty() ? nextChange - 1 : acks.get(acks.size() - 1);
        boolean integrityOk;
        int missing = 0;
        int unacked = 0;
        long highest = 0;
        // A writable connection, as the next Showdesk would open it: SQLite replays or discards the WAL first.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ShowStore.sqliteName(show));
             Statement st = c.createStatement()) {
            String verdict = firstRow(st, "PRAGMA integrity_check");
            integrityOk = "ok".equals(verdict);
            if (!integrityOk) problems.add("integrity_check: " + verdict);
            Set<Long> terms = new HashSet<>();
            try (ResultSet rs = st.executeQuery("SELECT term FROM glossary_term WHERE term LIKE '词条-%'")) {
                while (rs.next()) terms.add(Long.parseLong(rs.getString(1).substring(3)));
            }
            Map<String, long[]> episodes = new HashMap<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT e.title, e.cue_count, e.char_count, count(c.id), coalesce(sum(length(c.text)), 0)
                    FROM episode e LEFT JOIN cue c ON c.episode_id = e.id GROUP BY e.id""")) {
                while (rs.next()) {
                    episodes.put(rs.getString(1), new long[]{rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                }
            }
            for (long n : acks) {
                if (!terms.contains(n)) missing++;
                if (CrashWriter.importsEpisode(n) && !episodes.containsKey(CrashWriter.episodeTitle(n))) missing++;
            }
            if (missing > 0) problems.add(missing + " acknowledged changes are missing");
            for (var e : episodes.entrySet()) {
                long[] v = e.getValue();
                if (v[2] != CrashWriter.CUES) problems.add(e.getKey() + " has " + v[2] + " of its cues");
                if (v[0] != v[2] || v[1] != v[3]) problems.add(e.getKey() + " has stale counts");
            }
            List<Long> beyond = new ArrayList<>();
            for (long n : terms) {
                highest = Math.max(highest, n);
                if (n > lastAcked) beyond.add(n);
            }
            unacked = beyond.size();
            // The change in flight when the kill came may have committed without its ack: at most one.
            if (unacked > 1) {
                problems.add(unacked + " changes beyond the last acknowledged one (started at " + firstChange
                        + ", acks " + acks.size() + " up to " + lastAcked + ", present beyond: "
                        + beyond.stream().sorted().toList() + ")");
            }
            String last = firstRow(st, "SELECT value FROM setting WHERE key = 'last-change'");
            if (highest > 0 && !Long.toString(highest).equals(last)) {
                problems.add("last-change is " + last + " but change " + highest + " is present");
            }
        }
        long t0 = System.nanoTime();
        try {
            ShowStore.open(show).close();
        } catch (RuntimeException e) {
            problems.add("could not open again: " + e.getMessage());
        }
        long reopenMs = (System.nanoTime() - t0) / 1_000_000;
        nextChange = Math.max(highest, lastAcked) + 1;
        return new Trial(acks.size(), delay, integrityOk, missing, unacked, reopenMs, List.copyOf(problems));
    }

    private static String firstRow(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

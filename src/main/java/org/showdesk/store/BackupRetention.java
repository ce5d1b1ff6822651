package org.showdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep, thinned by age the way a host goes back: every backup of the last hour (each burst
 * of changes), then the newest of each hour for a day, then the newest of each day for a month; and never
 * more than {@code maxTotalBytes} together, dropping the oldest first. The newest backup is always kept.
 */
public record BackupRetention(Duration keepAllFor, Duration hourlyFor, Duration dailyFor, long maxTotalBytes) {
    public static final long DEFAULT_MAX_BYTES = 1024L * 1024 * 1024;
    public static final BackupRetention DEFAULT = withMaxBytes(DEFAULT_MAX_BYTES);

    /** The age thinning above with another size limit (at least one backup is kept whatever its size). */
    public static BackupRetention withMaxBytes(long maxTotalBytes) {
        return new BackupRetention(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(31), maxTotalBytes);
    }

    /** How the host reads the rule (the backups list and the window's backup dialog say it). */
    public String describe() {
        return "every backup of the last hour, the newest of each hour for a day, the newest of each day for a "
                + "month, at most " + (maxTotalBytes / (1024 * 1024)) + " MB together";
    }

    /** One backup as the rule sees it. */
    public record Taken(String id, Instant at, long bytes) {
    }

    /** The ids to delete from {@code backups} (any order) as of {@code now}. */
    public List<String> toDelete(List<Taken> backups, Instant now) {
        List<Taken> newestFirst = new ArrayList<>(backups);
        newestFirst.sort((a, b) -> b.at().compareTo(a.at()));
        List<Taken> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        Set<Instant> hours = new HashSet<>();
        Set<java.time.LocalDate> days = new HashSet<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Taken b = newestFirst.get(i);
            Duration age = Duration.between(b.at(), now);
            boolean keep;
            if (age.compareTo(keepAllFor) < 0) {
                keep = true;
            } else if (age.compareTo(hourlyFor) < 0) {
                keep = hours.add(b.at().truncatedTo(ChronoUnit.HOURS));
            } else if (age.compareTo(dailyFor) < 0) {
                keep = days.add(b.at().atZone(ZoneOffset.UTC).toLocalDate());
            } else {
                keep = false;
            }
            keep |= i == 0;
            if (keep) kept.add(b);
            else dropped.add(b.id());
        }
        long total = kept.stream().mapToLong(t -> Math.max(0, t.bytes())).sum();
        for (int i = kept.size() - 1; i > 0 && total > maxTotalBytes; i--) {
            total -= Math.max(0, kept.get(i).bytes());
            dropped.add(kept.get(i).id());
        }
        return dropped;
    }
}

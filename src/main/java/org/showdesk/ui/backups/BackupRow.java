package org.showdesk.ui.backups;

import org.showdesk.model.Backup;
import org.showdesk.store.ProjectBackups;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One backup as the host reads it in the restore list: when it was taken (local time), its size and
 * how many episodes it holds. A backup that can no longer be read is listed but cannot be chosen.
 */
public record BackupRow(Backup backup, String when, String shortWhen, String size, String episodes) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss", Locale.ENGLISH);
    /** "28 Nov, 14:41": short enough for a button's label. */
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    /** The rows for {@code backups}, newest first, with times shown in {@code zone}. */
    public static List<BackupRow> of(List<Backup> backups, ZoneId zone) {
        return backups.stream().sorted(Comparator.comparing(Backup::takenAt).reversed())
                .map(b -> of(b, zone)).toList();
    }

    public static BackupRow of(Backup b, ZoneId zone) {
        return new BackupRow(b, when(b, zone), SHORT.format(b.takenAt().atZone(zone)), size(b.sizeBytes()),
                b.episodes() < 0 ? "unreadable"
                : b.episodes() == 1 ? "1 episode" : b.episodes() + " episodes");
    }

    /** "Sat 28 Nov 2026, 14:41:12" in the host's time zone. */
    public static String when(Backup b, ZoneId zone) {
        return WHEN.format(b.takenAt().atZone(zone));
    }

    /** Whether restoring it can work: it was readable when listed. */
    public boolean restorable() {
        return backup.episodes() >= 0;
    }

    static String size(long bytes) {
        if (bytes < 0) return "?";
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024.0) + " KB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

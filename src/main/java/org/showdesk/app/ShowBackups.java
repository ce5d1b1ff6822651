package org.showdesk.app;

import org.showdesk.model.Backup;
import org.showdesk.model.ShowdeskException;
import org.showdesk.store.BackupRetention;
import org.showdesk.store.ProjectBackups;
import org.showdesk.model.ProjectDamagedException;
import org.showdesk.store.ShowStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Backups as the window and the command line use them: kept in the host's data folder
 * ({@link UserDirs#backups()}); taken when a show is opened (if it changed since its newest backup), before
 * every action that replaces or adds much (import, restore, split --replace, replace all), and at the end of
 * each burst of changes while it is open (see {@link OpenShow#onBackupTimer}); thinned by
 * {@link BackupRetention}; restored only while no one has the show open.
 */
public final class ShowBackups {
    /** How often the timer looks at an open show: a burst of changes is over when one period passed quietly. */
    public static final Duration PERIOD = Duration.ofMinutes(1);
    /** During changes that go on and on, a backup at least this often. */
    public static final Duration LONGEST_BURST = Duration.ofMinutes(5);
    /** The total size of one show's backups in MB, when the host sets none (system property or environment). */
    static final String MAX_MB_PROPERTY = "showdesk.backups.maxMB";
    static final String MAX_MB_ENV = "SHOWDESK_BACKUPS_MAX_MB";

    private ShowBackups() {
    }

    public static ProjectBackups of(Path show) {
        return new ProjectBackups(UserDirs.current().backups(), show, retention(), java.time.Clock.systemUTC());
    }

    /**
     * The retention rule with the host's size limit: {@code -Dshowdesk.backups.maxMB=N} or
     * {@code SHOWDESK_BACKUPS_MAX_MB=N} (default {@link BackupRetention#DEFAULT_MAX_BYTES}).
     */
    public static BackupRetention retention() {
        String mb = System.getProperty(MAX_MB_PROPERTY, System.getenv(MAX_MB_ENV));
        if (mb == null || mb.isBlank()) return BackupRetention.DEFAULT;
        try {
            long value = Long.parseLong(mb.strip());
            if (value > 0) return BackupRetention.withMaxBytes(value * 1024 * 1024);
        } catch (NumberFormatException ignored) {
            // an unreadable setting keeps the default rather than stopping the host's work
        }
        return BackupRetention.DEFAULT;
    }

    /** When backups are taken and how long they are kept, in the host's words. */
    public static String whenTaken() {
        return "Showdesk backs a show up when it is opened, before every import, restore, split --replace and "
                + "replace all, and after each burst of changes while it is open; it keeps " + retention().describe()
                + ".";
    }

    /** The backups of a show, newest first. Works whether or not the show is open. */
    public static List<Backup> list(Path show) {
        return of(show).list();
    }

    /**
     * Puts backup {@code id} back in place of the show. The window closes the show first (restore is
     * refused while it is open anywhere) and opens it again afterwards. Returns the backup of the file
     * as it was just before, so the host can go back.
     */
    public static Optional<Backup> restore(Path show, String id) {
        return of(show).restore(id);
    }

    /**
     * Runs the backup of {@code show} on {@code scheduler} every {@code every}; problems (a full disk
     * in the data folder, say) go to {@code onProblem} and the next round tries again. Cancel the
     * returned future when the show closes.
     */
    public static ScheduledFuture<?> schedule(ScheduledExecutorService scheduler, OpenShow show, Duration every,
                                              Consumer<ShowdeskException> onProblem) {
        return schedule(scheduler, java.time.Clock.systemUTC(), show, every, onProblem);
    }

    /** As above, with the clock the timer reads (tests drive both the scheduler and the clock). */
    public static ScheduledFuture<?> schedule(ScheduledExecutorService scheduler, java.time.Clock clock, OpenShow show,
                                              Duration every, Consumer<ShowdeskException> onProblem) {
        long ms = every.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                show.onBackupTimer(clock.instant());
            } catch (ShowdeskException e) {
                onProblem.accept(e);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Opens a show; when it is damaged, the message names the newest good backup and the command to restore it. */
    static ShowStore explainingDamage(Path show, Supplier<ShowStore> opener) {
        try {
            return opener.get();
        } catch (ProjectDamagedException e) {
            throw of(show).explain(e);
        }
    }
}

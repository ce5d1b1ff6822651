package org.showdesk.app;

import org.showdesk.model.ShowdeskException;
import org.showdesk.store.ProjectBackups;
import org.showdesk.store.ProjectDamagedException;
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
 * ({@link UserDirs#backups()}), taken when a show is opened and then every {@link #PERIOD} while
 * something changed, restored only while no one has the show open.
 */
public final class ShowBackups {
    /** How often an open show is backed up when it changed; a crash loses no data, a bad edit at most this much. */
    public static final Duration PERIOD = Duration.ofMinutes(10);

    private ShowBackups() {
    }

    public static ProjectBackups of(Path show) {
        return new ProjectBackups(UserDirs.current().backups(), show);
    }

    /** The backups of a show, newest first. Works whether or not the show is open. */
    public static List<ProjectBackups.Backup> list(Path show) {
        return of(show).list();
    }

    /**
     * Puts backup {@code id} back in place of the show. The window closes the show first (restore is
     * refused while it is open anywhere) and opens it again afterwards. Returns the backup of the file
     * as it was just before, so the host can go back.
     */
    public static Optional<ProjectBackups.Backup> restore(Path show, String id) {
        return of(show).restore(id);
    }

    /**
     * Runs the backup of {@code show} on {@code scheduler} every {@code every}; problems (a full disk
     * in the data folder, say) go to {@code onProblem} and the next round tries again. Cancel the
     * returned future when the show closes.
     */
    public static ScheduledFuture<?> schedule(ScheduledExecutorService scheduler, OpenShow show, Duration every,
                                              Consumer<ShowdeskException> onProblem) {
        long ms = every.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> {
            try {
                show.backUpIfChanged();
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

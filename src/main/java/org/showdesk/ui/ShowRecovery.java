package org.showdesk.ui;

import org.showdesk.model.Backup;
import javafx.stage.Window;
import org.showdesk.app.OpenShow;
import org.showdesk.store.ProjectBackups;
import org.showdesk.model.ProjectDamagedException;
import org.showdesk.ui.backups.BackupPicker;
import org.showdesk.ui.backups.BackupRow;
import org.showdesk.ui.backups.DamagedShowChoice;
import org.showdesk.ui.common.ErrorDialogs;
import org.showdesk.ui.common.StatusModel;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Putting a backup back, as the window offers it: from File › Restore from backup… for the open show,
 * and when a show turns out damaged as it opens. Listing, restoring and reopening run in the
 * background through the workspace; only the choices are asked on the JavaFX thread.
 */
final class ShowRecovery {
    private final Window owner;
    private final Workspace workspace;
    private final StatusModel status;
    private final Runnable saveTyping;

    /** @param saveTyping writes the host's unsaved typing, so the backup taken before a restore holds it */
    ShowRecovery(Window owner, Workspace workspace, StatusModel status, Runnable saveTyping) {
        this.owner = owner;
        this.workspace = workspace;
        this.status = status;
        this.saveTyping = saveTyping;
    }

    /** File › Restore from backup…: the open show's backups, a choice, a confirmation, then restore and reopen. */
    void restoreOpenShow() {
        OpenShow show = workspace.show();
        if (show == null) return;
        saveTyping.run();
        Path file = show.file();
        workspace.listBackups(file, list -> BackupPicker.choose(owner, name(file), list)
                .ifPresent(b -> restore(file, b)), e -> ErrorDialogs.show(owner, "read the backups", e));
    }

    /**
     * Opening {@code file} found it damaged: offers its newest good backup by time, or the whole list. With
     * no backup at all there is nothing to offer, and the message is shown as it is.
     */
    void offerBackupOf(Path file, ProjectDamagedException damage) {
        workspace.listBackups(file, list -> {
            if (list.isEmpty()) {
                ErrorDialogs.show(owner, "open the show", damage);
                return;
            }
            Optional<BackupRow> newest = newestGood(damage, list);
            switch (DamagedShowChoice.ask(owner, name(file), problem(damage), newest, true)) {
                case NEWEST_GOOD -> restore(file, newest.orElseThrow().backup());
                case CHOOSE_ANOTHER -> BackupPicker.choose(owner, name(file), list).ifPresent(b -> restore(file, b));
                case CANCEL -> status.say(name(file) + " was not opened: it is damaged.");
            }
        }, e -> ErrorDialogs.show(owner, "open the show", damage));
    }

    private void restore(Path file, Backup backup) {
        String when = BackupRow.when(backup, ZoneId.systemDefault());
        workspace.restore(file, backup.id(), before -> status.say("Restored the backup of " + when
                        + before.map(b -> "; the state before is kept as the backup of "
                        + BackupRow.when(b, ZoneId.systemDefault())).orElse("")),
                e -> ErrorDialogs.show(owner, "restore " + name(file), e));
    }

    private static Optional<BackupRow> newestGood(ProjectDamagedException damage, List<Backup> list) {
        return damage.newestGoodBackupId().flatMap(id -> list.stream().filter(b -> b.id().equals(id)).findFirst())
                .map(b -> BackupRow.of(b, ZoneId.systemDefault()));
    }

    /** What the check found, without the command-line advice the store adds for the terminal. */
    private static String problem(ProjectDamagedException damage) {
        return damage.getCause() instanceof ProjectDamagedException found ? found.getMessage() : damage.getMessage();
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }
}

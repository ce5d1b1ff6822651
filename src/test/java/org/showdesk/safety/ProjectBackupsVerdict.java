package org.showdesk.safety;

import org.showdesk.store.ProjectBackups;
import org.showdesk.store.ShowStore;

/** Whether a listed backup still opens and passes the full integrity check. */
final class ProjectBackupsVerdict {
    private ProjectBackupsVerdict() {
    }

    static String of(ProjectBackups backups, String id) {
        try (ShowStore s = ShowStore.openReadOnly(backups.find(id).file())) {
            return s.integrityCheck();
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}

package org.showdesk.store;

import org.showdesk.model.ShowdeskException;

/** The project file fails SQLite's integrity check. It is never written to; restore a backup instead. */
public class ProjectDamagedException extends ShowdeskException {
    public ProjectDamagedException(String message) {
        super(message);
    }

    public ProjectDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}

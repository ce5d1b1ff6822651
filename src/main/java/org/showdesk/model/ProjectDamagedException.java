package org.showdesk.model;


/** The project file fails SQLite's integrity check. It is never written to; restore a backup instead. */
public class ProjectDamagedException extends ShowdeskException {
    private final String newestGoodBackupId;

    public ProjectDamagedException(String message) {
        this(message, null, null);
    }

    public ProjectDamagedException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param newestGoodBackupId the backup to offer the host, or null when there is none */
    public ProjectDamagedException(String message, String newestGoodBackupId, Throwable cause) {
        super(message, cause);
        this.newestGoodBackupId = newestGoodBackupId;
    }

    /** The backup the window offers to restore (see ProjectBackups), when one is known. */
    public java.util.Optional<String> newestGoodBackupId() {
        return java.util.Optional.ofNullable(newestGoodBackupId);
    }
}

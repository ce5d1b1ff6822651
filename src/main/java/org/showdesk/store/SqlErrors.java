package org.showdesk.store;

import org.showdesk.model.ShowdeskException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Turns SQLite's error codes into messages a host can act on. */
final class SqlErrors {
    private SqlErrors() {
    }

    /**
     * A commit can fail with "no transaction is active" when SQLite already gave the transaction up on an
     * error a statement never reported (seen with a full disk while a batch spilled to the WAL). The cause
     * the host needs is then the disk, so look at it before passing SQLite's words on.
     */
    static SQLException explainFailedCommit(SQLException e, java.nio.file.Path file) {
        String m = String.valueOf(e.getMessage());
        if (!m.contains("no transaction is active")) return e;
        try {
            java.nio.file.Path dir = file.toAbsolutePath().getParent();
            long free = java.nio.file.Files.getFileStore(dir).getUsableSpace();
            if (free < LOW_SPACE_BYTES) return new SQLiteException("disk full", SQLiteErrorCode.SQLITE_FULL);
        } catch (java.io.IOException | RuntimeException cannotTell) {
            // fall through to SQLite's own words
        }
        return new SQLiteException("SQLite gave the change up part-way (" + m + ")", SQLiteErrorCode.SQLITE_IOERR);
    }

    /** Below this much free space beside the show, a failed commit is taken for a full disk. */
    private static final long LOW_SPACE_BYTES = 4L * 1024 * 1024;

    static ShowdeskException translate(SQLException e, String action) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xff;
        return switch (primary) {
            case 13 -> new ShowdeskException("Could not " + action + ": the disk is full. Nothing of this change was "
                    + "saved, and everything saved before is intact. Free some space and try again.", e);
            case 8 -> new ShowdeskException("Could not " + action + ": the file or its folder is read-only. Nothing was "
                    + "changed. Copy the show somewhere writable, or open it read-only.", e);
            case 11, 26 -> new ProjectDamagedException("Could not " + action + ": the file is damaged or not a Showdesk "
                    + "project (" + e.getMessage() + "). It was not written to; restore it from a backup.", e);
            case 5, 6 -> new ProjectInUseException("Could not " + action + ": another program is using the file right "
                    + "now. Close it there and try again.");
            case 10 -> new ShowdeskException("Could not " + action + ": the disk reported an input/output error ("
                    + e.getMessage() + "). Nothing of this change was saved.", e);
            default -> new ShowdeskException("Could not " + action + ": " + e.getMessage(), e);
        };
    }
}

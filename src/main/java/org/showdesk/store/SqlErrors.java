package org.showdesk.store;

import org.showdesk.model.ProjectDamagedException;
import org.showdesk.model.ProjectInUseException;
import org.showdesk.model.ShowdeskException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;

/** Turns SQLite's error codes into messages a host can act on. */
final class SqlErrors {
    private SqlErrors() {
    }

    /** SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock that was asked for. */
    static boolean isBusy(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xff;
        return primary == 5 || primary == 6;
    }

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

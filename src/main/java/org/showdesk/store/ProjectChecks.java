package org.showdesk.store;

import org.showdesk.model.ProjectDamagedException;
import org.showdesk.model.ProjectFormatException;
import org.showdesk.model.ShowdeskException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The checks a file passes before Showdesk writes to it: its raw header (SQLite? ours? which
 * version?), then SQLite's own answer and {@code quick_check} on a read-only connection.
 */
final class ProjectChecks {
    private ProjectChecks() {
    }

    /**
     * Checks that {@code file} is a readable Showdesk project this version understands, without
     * writing to it. Returns its schema version.
     */
    static int inspect(Path file) {
        Path abs = file.toAbsolutePath();
        String name = String.valueOf(abs.getFileName());
        if (!Files.exists(abs)) {
            throw new ShowdeskException(abs + " does not exist. Check the path, or create a show with `showdesk new`.");
        }
        if (Files.isDirectory(abs)) {
            throw new ProjectFormatException(abs + " is a folder, not a Showdesk project file (*.showdesk).");
        }
        if (!Files.isRegularFile(abs)) {
            throw new ProjectFormatException(abs + " is a device, a pipe or a socket, not a Showdesk project file "
                    + "(*.showdesk). Give the path of a show file.");
        }
        ProjectHeader header;
        try {
            header = ProjectHeader.read(abs);
        } catch (IOException e) {
            throw new ShowdeskException("Could not read " + abs + ": " + e.getMessage(), e);
        }
        if (!header.sqlite()) {
            String what = header.size() == 0 ? "it is empty" : header.size() < 100 && looksLikeText(abs)
                    ? "it is a short text file" : "it is not an SQLite database";
            throw new ProjectFormatException(name + " is not a Showdesk project: " + what
                    + ". To bring a transcript in, import it into a show instead (`showdesk import`).");
        }
        // With an uncheckpointed WAL beside it, the header may predate the newest pragmas: ask SQLite then.
        boolean walPending = Files.exists(abs.resolveSibling(abs.getFileName() + "-wal"));
        if (!walPending && header.applicationId() != ShowStore.APPLICATION_ID) {
            throw new ProjectFormatException(name + " is an SQLite database of another application, not a Showdesk "
                    + "project. It was not changed.");
        }
        if (!walPending) refuseVersion(name, header.userVersion());
        try (Connection c = ShowStore.connect(abs, true); Statement st = c.createStatement()) {
            int appId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            if (appId != ShowStore.APPLICATION_ID) {
                throw new ProjectFormatException(name + " is an SQLite database of another application, not a "
                        + "Showdesk project. It was not changed.");
            }
            refuseVersion(name, version);
            String verdict = check(st, "quick_check");
            if (!"ok".equalsIgnoreCase(verdict)) {
                throw new ProjectDamagedException(name + " is damaged (" + verdict + "). It will not be written to; "
                        + "restore it from a backup (`showdesk backups " + name + "`).");
            }
            List<String> missing = ExpectedSchema.of(version).missingFrom(c);
            if (!missing.isEmpty()) {
                throw new ProjectFormatException(name + " carries Showdesk's mark and says it is file format " + version
                        + ", but it lacks what that format holds (missing: " + String.join(", ", missing.subList(0,
                        Math.min(6, missing.size()))) + (missing.size() > 6 ? ", …" : "") + "). It was not written by "
                        + "Showdesk or was changed by another program; it was not changed. Restore a backup "
                        + "(`showdesk backups " + name + "`) or create a new show with `showdesk new`.");
            }
            return version;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, "open " + name);
        }
    }

    /** Refuses a version number this Showdesk cannot read, with a message for each way it can be wrong. */
    private static void refuseVersion(String name, int version) {
        if (version > ShowStore.SCHEMA_VERSION) {
            throw new ProjectFormatException(name + " was written by a newer Showdesk (file format " + version
                    + "; this version reads up to " + ShowStore.SCHEMA_VERSION + "). Update Showdesk to open it. "
                    + "The file was not changed.");
        }
        if (version == 0) {
            throw new ProjectFormatException(name + " carries Showdesk's mark but holds no show (file format 0): its "
                    + "creation never finished. It was not changed. Create the show again with `showdesk new`, or "
                    + "restore a backup (`showdesk backups " + name + "`).");
        }
        if (version < 0) {
            throw new ProjectFormatException(name + " carries Showdesk's mark but an impossible file format number ("
                    + version + "), so another program wrote it or it is damaged. It was not changed. Restore a backup "
                    + "(`showdesk backups " + name + "`).");
        }
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(100);
            for (byte x : b) if (x == 0) return false;
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code quick_check} or {@code integrity_check} and returns SQLite's verdict: "ok", or the
     * first problems found.
     */
    static String check(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            StringBuilder verdict = new StringBuilder();
            for (int i = 0; i < 3 && rs.next(); i++) verdict.append(i == 0 ? "" : "; ").append(rs.getString(1));
            return verdict.length() == 0 ? "no answer" : verdict.toString();
        }
    }

    static int intPragma(Statement st, String pragma) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}

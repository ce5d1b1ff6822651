package org.showdesk.safety;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/** Turns a closed show back into a file-format-1 show (no count columns, no triggers), as Showdesk 0.1 wrote it. */
public final class OlderFormat {
    private OlderFormat() {
    }

    public static void turnIntoVersionOne(Path show) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + show); Statement st = c.createStatement()) {
            for (String t : List.of("cue_counted", "cue_uncounted", "cue_recounted")) st.execute("DROP TRIGGER " + t);
            st.execute("ALTER TABLE episode DROP COLUMN cue_count");
            st.execute("ALTER TABLE episode DROP COLUMN char_count");
            st.execute("PRAGMA user_version = 1");
        }
    }
}

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
            undoVersionThree(st);
            for (String t : List.of("cue_counted", "cue_uncounted", "cue_recounted")) st.execute("DROP TRIGGER " + t);
            st.execute("ALTER TABLE episode DROP COLUMN cue_count");
            st.execute("ALTER TABLE episode DROP COLUMN char_count");
            st.execute("PRAGMA user_version = 1");
        }
    }

    /** Columns that take part in a foreign key cannot be dropped: their tables are rebuilt as version 2 had them. */
    private static void undoVersionThree(Statement st) throws Exception {
        st.execute("PRAGMA foreign_keys = OFF");
        st.execute("CREATE TABLE entry_link2 (entry_id INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE, "
                + "seq INTEGER NOT NULL, kind TEXT NOT NULL, url TEXT NOT NULL, PRIMARY KEY (entry_id, seq))");
        st.execute("INSERT INTO entry_link2 SELECT entry_id, seq, kind, url FROM entry_link");
        st.execute("DROP TABLE entry_link");
        st.execute("ALTER TABLE entry_link2 RENAME TO entry_link");
        st.execute("CREATE TABLE glossary_term2 (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, "
                + "category TEXT NOT NULL DEFAULT 'OTHER', note TEXT NOT NULL DEFAULT '', "
                + "pronunciation TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1, added_at TEXT NOT NULL)");
        st.execute("INSERT INTO glossary_term2 SELECT id, term, category, note, pronunciation, enabled, added_at "
                + "FROM glossary_term");
        st.execute("DROP TABLE glossary_term");
        st.execute("ALTER TABLE glossary_term2 RENAME TO glossary_term");
        st.execute("DROP TABLE source");
        for (String column : List.of("edited", "start_estimated")) st.execute("ALTER TABLE entry DROP COLUMN " + column);
        for (String column : List.of("tags", "media_path", "media_duration_ms", "time_offset_ms", "times_estimated")) {
            st.execute("ALTER TABLE episode DROP COLUMN " + column);
        }
    }
}

package org.showdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Forward-only schema migrations: V{n}.sql takes a file from version n-1 to n. */
final class Migrations {
    private Migrations() {
    }

    static void apply(Connection c, int from, int to) throws SQLException {
        for (int v = from + 1; v <= to; v++) {
            String script = ShowStore.readResource("V" + v + ".sql");
            try (Statement st = c.createStatement()) {
                for (String sql : statements(script)) st.executeUpdate(sql);
                st.executeUpdate("PRAGMA user_version = " + v);
            }
        }
    }

    /** Splits a script on semicolons at line ends; the schema scripts hold no triggers or string literals with ';'. */
    static java.util.List<String> statements(String script) {
        StringBuilder clean = new StringBuilder();
        for (String line : script.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--")) continue;
            clean.append(line).append('\n');
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String s : clean.toString().split(";\\s*\n")) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }
}

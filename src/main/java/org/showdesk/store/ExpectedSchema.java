package org.showdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables and columns a show of one file-format version holds, taken from the migrations themselves
 * (run once into an in-memory database), so the check on opening can never drift from the schema. A file
 * that carries Showdesk's mark but lacks any of them is refused before anything is written to it; tables
 * and columns of the host's own scripts beyond them are allowed.
 */
final class ExpectedSchema {
    private static final Map<Integer, ExpectedSchema> BY_VERSION = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> columnsByTable;

    private ExpectedSchema(Map<String, Set<String>> columnsByTable) {
        this.columnsByTable = columnsByTable;
    }

    static ExpectedSchema of(int version) {
        return BY_VERSION.computeIfAbsent(version, ExpectedSchema::build);
    }

    private static ExpectedSchema build(int version) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Migrations.apply(c, 0, version);
            return new ExpectedSchema(read(c));
        } catch (SQLException e) {
            throw new IllegalStateException("the schema scripts up to version " + version + " do not run", e);
        }
    }

    /** What {@code file} lacks of this version's schema, as "table x" or "x.column"; empty when nothing. */
    List<String> missingFrom(Connection file) throws SQLException {
        Map<String, Set<String>> actual = read(file);
        List<String> missing = new ArrayList<>();
        for (var table : columnsByTable.entrySet()) {
            Set<String> has = actual.get(table.getKey());
            if (has == null) {
                missing.add("table " + table.getKey());
                continue;
            }
            for (String column : table.getValue()) {
                if (!has.contains(column)) missing.add(table.getKey() + "." + column);
            }
        }
        return missing;
    }

    private static Map<String, Set<String>> read(Connection c) throws SQLException {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                     + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) tables.put(rs.getString(1), new LinkedHashSet<>());
        }
        for (var table : tables.entrySet()) {
            try (var ps = c.prepareStatement("SELECT name FROM pragma_table_info(?)")) {
                ps.setString(1, table.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) table.getValue().add(rs.getString(1));
                }
            }
        }
        return tables;
    }
}

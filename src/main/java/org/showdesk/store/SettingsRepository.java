package org.showdesk.store;

import org.showdesk.model.Rule;
import org.showdesk.model.Template;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The show's own configuration: output templates the host edited, find → replace rules, key/value settings. */
public final class SettingsRepository {
    private final ShowStore store;

    public SettingsRepository(ShowStore store) {
        this.store = store;
    }

    /** Templates the host changed, by name; absent names use the bundled defaults. */
    public Map<String, String> templates() {
        return store.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT name, body FROM template ORDER BY name")) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        });
    }

    public void saveTemplate(Template t) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO template(name, body, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at""")) {
                ps.setString(1, t.name());
                ps.setString(2, t.body());
                ps.setString(3, Rows.now());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Goes back to the bundled default for this template. */
    public void resetTemplate(String name) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM template WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<Rule> rules() {
        return store.read(c -> {
            List<Rule> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM rule ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Rule(rs.getLong("id"), rs.getString("find"), rs.getString("replace"),
                            rs.getInt("whole_word") != 0, rs.getInt("enabled") != 0, rs.getString("note")));
                }
            }
            return out;
        });
    }

    public Rule addRule(Rule r) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO rule(find, replace, whole_word, enabled, note) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, r.find());
                ps.setString(2, r.replace());
                ps.setInt(3, r.wholeWord() ? 1 : 0);
                ps.setInt(4, r.enabled() ? 1 : 0);
                ps.setString(5, r.note());
                ps.executeUpdate();
                return new Rule(Rows.lastId(ps), r.find(), r.replace(), r.wholeWord(), r.enabled(), r.note());
            }
        });
    }

    public void deleteRule(long ruleId) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rule WHERE id = ?")) {
                ps.setLong(1, ruleId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<String> setting(String key) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public void putSetting(String key, String value) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

}

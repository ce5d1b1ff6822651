package org.showdesk.store;

import org.showdesk.model.Decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the host said about findings: rejected for one episode, or correct for the whole show. */
public final class DecisionRepository {
    private final ShowStore store;

    public DecisionRepository(ShowStore store) {
        this.store = store;
    }

    /** The rejections of this episode and every show-wide "this is correct". */
    public List<Decision> forEpisode(long episodeId) {
        return store.read(c -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM decision WHERE episode_id = ? OR episode_id IS NULL ORDER BY id")) {
                ps.setLong(1, episodeId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Decision(rs.getLong("id"), rs.getLong("episode_id"), rs.getString("found"),
                                rs.getString("suggestion"), Decision.Verdict.valueOf(rs.getString("verdict"))));
                    }
                }
            }
            return out;
        });
    }

    /** Every decision of the show, oldest first. */
    public List<Decision> all() {
        return store.read(c -> {
            List<Decision> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM decision ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Decision(rs.getLong("id"), rs.getLong("episode_id"), rs.getString("found"),
                            rs.getString("suggestion"), Decision.Verdict.valueOf(rs.getString("verdict"))));
                }
            }
            return out;
        });
    }

    public Decision add(Decision d) {
        return store.write(c -> insert(c, d));
    }

    static Decision insert(Connection c, Decision d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO decision(episode_id, found, suggestion, verdict, decided_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            Rows.setNullableLong(ps, 1, d.episodeId() == 0 ? null : d.episodeId());
            ps.setString(2, d.found());
            ps.setString(3, d.suggestion());
            ps.setString(4, d.verdict().name());
            ps.setString(5, Rows.now());
            ps.executeUpdate();
            return new Decision(Rows.lastId(ps), d.episodeId(), d.found(), d.suggestion(), d.verdict());
        }
    }

    public void remove(long decisionId) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM decision WHERE id = ?")) {
                ps.setLong(1, decisionId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

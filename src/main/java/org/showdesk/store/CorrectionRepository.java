package org.showdesk.store;

import org.showdesk.model.Correction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The history of every change applied to an episode's text. */
public final class CorrectionRepository {
    private final ShowStore store;

    public CorrectionRepository(ShowStore store) {
        this.store = store;
    }

    public List<Correction> list(long episodeId) {
        return store.read(c -> list(c, episodeId));
    }

    static List<Correction> list(Connection c, long episodeId) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM correction WHERE episode_id = ? ORDER BY id")) {
            ps.setLong(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(correction(rs));
            }
        }
        return out;
    }

    static Correction get(Connection c, long correctionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM correction WHERE id = ?")) {
            ps.setLong(1, correctionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("correction " + correctionId + " does not exist");
                return correction(rs);
            }
        }
    }

    private static Correction correction(ResultSet rs) throws SQLException {
        return new Correction(rs.getLong("id"), rs.getLong("episode_id"), rs.getLong("cue_id"),
                rs.getInt("offset_in_cue"), rs.getString("before"), rs.getString("after"), rs.getString("rule"),
                rs.getString("term"), rs.getDouble("confidence"), Rows.instant(rs, "applied_at"),
                Rows.instant(rs, "undone_at"));
    }

    /** Records a change; call inside the transaction that changes the cue text. */
    static Correction insert(Connection c, Correction k) throws SQLException {
        Instant at = k.appliedAt() == null ? Instant.now() : k.appliedAt();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO correction(episode_id, cue_id, offset_in_cue, before, after, rule, term, confidence, applied_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, k.episodeId());
            ps.setLong(2, k.cueId());
            ps.setInt(3, k.offsetInCue());
            ps.setString(4, k.before());
            ps.setString(5, k.after());
            ps.setString(6, k.rule());
            ps.setString(7, k.term() == null ? "" : k.term());
            ps.setDouble(8, k.confidence());
            ps.setString(9, at.toString());
            ps.executeUpdate();
            return new Correction(Rows.lastId(ps), k.episodeId(), k.cueId(), k.offsetInCue(), k.before(), k.after(),
                    k.rule(), k.term(), k.confidence(), at, null);
        }
    }

    static void markUndone(Connection c, long correctionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE correction SET undone_at = ? WHERE id = ?")) {
            ps.setString(1, Rows.now());
            ps.setLong(2, correctionId);
            ps.executeUpdate();
        }
    }
}

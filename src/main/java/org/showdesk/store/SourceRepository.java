package org.showdesk.store;

import org.showdesk.model.Source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The host's list of sources of each episode, in the order of the list. */
public final class SourceRepository {
    private final ShowStore store;

    public SourceRepository(ShowStore store) {
        this.store = store;
    }

    public List<Source> list(long episodeId) {
        return store.read(c -> list(c, episodeId));
    }

    static List<Source> list(Connection c, long episodeId) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, url, names, line FROM source WHERE episode_id = ? ORDER BY seq, id")) {
            ps.setLong(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Source(rs.getLong(1), episodeId, rs.getString(2), rs.getString(3),
                            Rows.stringList(rs.getString(4)), rs.getInt(5)));
                }
            }
        }
        return out;
    }

    /**
     * Adds sources after the episode's others, in one transaction; returns them with their ids. A source
     * whose URL (or, without one, title) the episode already has is not added twice: the stored one is returned.
     */
    public List<Source> add(long episodeId, List<Source> sources) {
        return store.write(c -> {
            EpisodeRepository.episode(c, episodeId);
            List<Source> existing = list(c, episodeId);
            int seq = existing.size();
            List<Source> out = new ArrayList<>();
            for (Source s : sources) {
                Source same = existing.stream().filter(e -> sameSource(e, s)).findFirst().orElse(null);
                if (same != null) {
                    out.add(same);
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO source(episode_id, seq, title, url, names, line) VALUES (?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, episodeId);
                    ps.setInt(2, seq++);
                    ps.setString(3, s.title());
                    ps.setString(4, s.url());
                    ps.setString(5, Rows.stringList(s.names()));
                    ps.setInt(6, s.line());
                    ps.executeUpdate();
                    Source stored = new Source(Rows.lastId(ps), episodeId, s.title(), s.url(), s.names(), s.line());
                    existing.add(stored);
                    out.add(stored);
                }
            }
            return out;
        });
    }

    private static boolean sameSource(Source a, Source b) {
        if (!a.url().isBlank() || !b.url().isBlank()) return a.url().equals(b.url());
        return a.title().equals(b.title());
    }

    public void delete(long sourceId) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM source WHERE id = ?")) {
                ps.setLong(1, sourceId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

package org.showdesk.store;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rundown of an episode: its entries in order, with their links. */
public final class EntryRepository {
    private final ShowStore store;

    public EntryRepository(ShowStore store) {
        this.store = store;
    }

    public List<Entry> list(long episodeId) {
        return store.read(c -> list(c, episodeId));
    }

    static List<Entry> list(Connection c, long episodeId) throws SQLException {
        Map<Long, List<Link>> links = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.entry_id, l.kind, l.url, l.title, l.source_id FROM entry_link l JOIN entry e ON e.id = l.entry_id
                WHERE e.episode_id = ? ORDER BY l.entry_id, l.seq""")) {
            ps.setLong(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Link(LinkKind.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getLong(5)));
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM entry WHERE episode_id = ? ORDER BY seq")) {
            ps.setLong(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    out.add(new Entry(id, episodeId, EntryKind.parse(rs.getString("kind")), rs.getLong("first_cue_id"),
                            rs.getLong("last_cue_id"), rs.getString("title"),
                            Rows.stringList(rs.getString("organizations")), rs.getString("category"),
                            rs.getString("summary"), links.getOrDefault(id, List.of()),
                            Rows.nullableLong(rs, "start_ms"), EntryStatus.parse(rs.getString("status")),
                            rs.getString("notes"), rs.getInt("start_estimated") != 0,
                            fields(Rows.stringList(rs.getString("edited")))));
                }
            }
        }
        return out;
    }

    /**
     * Replaces the whole rundown of an episode (after a split, merge or reorder) in one transaction.
     * Entries keep their ids where they have one; returns the stored list.
     */
    public List<Entry> replaceAll(long episodeId, List<Entry> entries) {
        return store.write(c -> {
            EpisodeRepository.episode(c, episodeId);
            List<Long> keep = entries.stream().map(Entry::id).filter(id -> id > 0).toList();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM entry WHERE episode_id = ?")) {
                ps.setLong(1, episodeId);
                List<Long> gone = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) if (!keep.contains(rs.getLong(1))) gone.add(rs.getLong(1));
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM entry WHERE id = ?")) {
                    for (long id : gone) {
                        del.setLong(1, id);
                        del.executeUpdate();
                    }
                }
            }
            List<Entry> stored = new ArrayList<>();
            int seq = 0;
            for (Entry e : entries) {
                Entry withEpisode = e.withEpisodeId(episodeId);
                stored.add(e.id() > 0 ? update(c, withEpisode, seq++) : insert(c, withEpisode, seq++));
            }
            return stored;
        });
    }

    /** Saves one entry's fields (its position and span stay as stored unless changed in {@code entry}). */
    public Entry save(Entry entry) {
        return store.write(c -> {
            int seq;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM entry WHERE id = ?")) {
                ps.setLong(1, entry.id());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) throw new SQLException("entry " + entry.id() + " does not exist");
                    seq = rs.getInt(1);
                }
            }
            return update(c, entry, seq);
        });
    }

    private static Entry insert(Connection c, Entry e, int seq) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO entry(episode_id, seq, kind, first_cue_id, last_cue_id, title, organizations, category,
                                  summary, start_ms, status, notes, start_estimated, edited)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.episodeId());
            ps.setInt(2, seq);
            bindFields(ps, 3, e);
            ps.executeUpdate();
            id = Rows.lastId(ps);
        }
        saveLinks(c, id, e.links());
        return e.withId(id);
    }

    private static Entry update(Connection c, Entry e, int seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE entry SET seq = ?, kind = ?, first_cue_id = ?, last_cue_id = ?, title = ?, organizations = ?,
                                 category = ?, summary = ?, start_ms = ?, status = ?, notes = ?,
                                 start_estimated = ?, edited = ?
                WHERE id = ? AND episode_id = ?""")) {
            ps.setInt(1, seq);
            int next = bindFields(ps, 2, e);
            ps.setLong(next, e.id());
            ps.setLong(next + 1, e.episodeId());
            if (ps.executeUpdate() == 0) {
                throw new SQLException("entry " + e.id() + " is not part of episode " + e.episodeId());
            }
        }
        saveLinks(c, e.id(), e.links());
        return e;
    }

    private static int bindFields(PreparedStatement ps, int i, Entry e) throws SQLException {
        ps.setString(i++, e.kind().name());
        ps.setLong(i++, e.firstCueId());
        ps.setLong(i++, e.lastCueId());
        ps.setString(i++, e.title());
        ps.setString(i++, Rows.stringList(e.organizations()));
        ps.setString(i++, e.category());
        ps.setString(i++, e.summary());
        Rows.setNullableLong(ps, i++, e.startMs());
        ps.setString(i++, e.status().name());
        ps.setString(i++, e.notes());
        ps.setInt(i++, e.startEstimated() ? 1 : 0);
        ps.setString(i++, Rows.stringList(e.edited().stream().sorted().map(EntryField::id).toList()));
        return i;
    }

    private static void saveLinks(Connection c, long entryId, List<Link> links) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM entry_link WHERE entry_id = ?")) {
            del.setLong(1, entryId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO entry_link(entry_id, seq, kind, url, title, source_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Link l : links) {
                ps.setLong(1, entryId);
                ps.setInt(2, seq++);
                ps.setString(3, l.kind().label());
                ps.setString(4, l.url());
                ps.setString(5, l.title());
                if (l.sourceId() == 0) ps.setNull(6, java.sql.Types.INTEGER);
                else ps.setLong(6, l.sourceId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static java.util.Set<EntryField> fields(List<String> ids) {
        java.util.Set<EntryField> out = java.util.EnumSet.noneOf(EntryField.class);
        for (String id : ids) {
            try {
                out.add(EntryField.parse(id));
            } catch (IllegalArgumentException unknown) {
                // a field a later version knows: nothing this version could overwrite
            }
        }
        return out;
    }
}

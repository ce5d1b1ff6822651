package org.showdesk.store;

import org.showdesk.model.Cue;
import org.showdesk.model.Episode;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.MediaFile;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Episodes and their cues. Listing reads no transcript text: the counts it shows are kept in the
 * episode row by triggers (schema version 2), so 500 episodes list as fast as 5.
 */
public final class EpisodeRepository {
    private final ShowStore store;

    public EpisodeRepository(ShowStore store) {
        this.store = store;
    }

    private static final String LIST_SQL = """
            SELECT e.id, e.title, e.source_name, e.source_format, e.imported_at,
                   e.cue_count AS cues, e.char_count AS chars, e.tags, e.media_path, e.media_duration_ms,
                   e.time_offset_ms, e.times_estimated
            FROM episode e""";

    public List<Episode> list() {
        return store.read(c -> {
            List<Episode> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LIST_SQL + " ORDER BY e.position, e.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(episode(rs));
            }
            return out;
        });
    }

    public Episode get(long episodeId) {
        return store.read(c -> episode(c, episodeId));
    }

    static Episode episode(Connection c, long episodeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LIST_SQL + " WHERE e.id = ?")) {
            ps.setLong(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ShowdeskException("There is no episode " + episodeId
                            + " in this show. List the episodes with `showdesk episodes`.");
                }
                return episode(rs);
            }
        }
    }

    private static Episode episode(ResultSet rs) throws SQLException {
        String mediaPath = rs.getString("media_path");
        Long duration = Rows.nullableLong(rs, "media_duration_ms");
        MediaFile media = mediaPath == null || mediaPath.isBlank() ? null
                : new MediaFile(mediaPath, duration == null ? 0 : duration);
        return new Episode(rs.getLong("id"), rs.getString("title"), rs.getString("source_name"),
                rs.getString("source_format"), Rows.instant(rs, "imported_at"), rs.getInt("cues"), rs.getInt("chars"),
                Rows.stringList(rs.getString("tags")), media, rs.getLong("time_offset_ms"),
                rs.getInt("times_estimated") != 0);
    }

    /** Stores a new episode with its cues in one transaction; returns its id. */
    public long insert(String title, String sourceName, String sourceFormat, String sourceCharset, List<Cue> cues) {
        return store.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO episode(title, source_name, source_format, source_charset, imported_at, position)
                    VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM episode))""",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, title);
                ps.setString(2, sourceName == null ? "" : sourceName);
                ps.setString(3, sourceFormat == null ? "" : sourceFormat);
                ps.setString(4, sourceCharset == null ? "" : sourceCharset);
                ps.setString(5, Rows.now());
                ps.executeUpdate();
                id = Rows.lastId(ps);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO cue(episode_id, seq, start_ms, end_ms, raw_text, text) VALUES (?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (Cue cue : cues) {
                    ps.setLong(1, id);
                    ps.setInt(2, seq++);
                    Rows.setNullableLong(ps, 3, cue.startMs());
                    Rows.setNullableLong(ps, 4, cue.endMs());
                    ps.setString(5, cue.rawText());
                    ps.setString(6, cue.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return id;
        });
    }

    /**
     * The first episode whose original (ASR) text is exactly {@code rawText}: the same transcript imported
     * before. Only episodes with as many cues are compared, so a show of long episodes is not read whole.
     */
    public Optional<Episode> withOriginalText(String rawText, int cueCount) {
        Long id = store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.id FROM episode e WHERE e.cue_count = ? AND (SELECT group_concat(raw_text, '')
                    FROM (SELECT raw_text FROM cue WHERE episode_id = e.id ORDER BY seq)) = ? ORDER BY e.position""")) {
                ps.setInt(1, cueCount);
                ps.setString(2, rawText);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
        return id == null ? Optional.empty() : Optional.of(get(id));
    }

    public void rename(long episodeId, String title) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE episode SET title = ? WHERE id = ?")) {
                ps.setString(1, title);
                ps.setLong(2, episodeId);
                if (ps.executeUpdate() == 0) episode(c, episodeId);
            }
            return null;
        });
    }

    /** The host's tags for the episode (empty: outputs suggest their own). */
    public void saveTags(long episodeId, List<String> tags) {
        update(episodeId, "UPDATE episode SET tags = ? WHERE id = ?", ps -> ps.setString(1, Rows.stringList(tags)));
    }

    /** Attaches media to the episode, replacing any attached before; {@code null} detaches it. */
    public void saveMedia(long episodeId, MediaFile media) {
        update(episodeId, "UPDATE episode SET media_path = ?, media_duration_ms = ? WHERE id = ?", ps -> {
            ps.setString(1, media == null ? null : media.path());
            Rows.setNullableLong(ps, 2, media == null ? null : media.durationMs());
        });
    }

    /** The offset added to every exported time (an intro bumper before the recording, a cut at the start). */
    public void saveTimeOffset(long episodeId, long offsetMs) {
        update(episodeId, "UPDATE episode SET time_offset_ms = ? WHERE id = ?", ps -> ps.setLong(1, offsetMs));
    }

    /**
     * Saves the times of the given cues (their texts stay as they are) and whether the episode's times are
     * estimates, in one transaction.
     */
    public void saveCueTimes(long episodeId, List<Cue> timed, boolean estimated) {
        store.write(c -> {
            updateCueTimes(c, episodeId, timed);
            try (PreparedStatement ps = c.prepareStatement("UPDATE episode SET times_estimated = ? WHERE id = ?")) {
                ps.setInt(1, estimated ? 1 : 0);
                ps.setLong(2, episodeId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    static void updateCueTimes(Connection c, long episodeId, List<Cue> timed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE cue SET start_ms = ?, end_ms = ? WHERE id = ? AND episode_id = ?")) {
            for (Cue cue : timed) {
                Rows.setNullableLong(ps, 1, cue.startMs());
                Rows.setNullableLong(ps, 2, cue.endMs());
                ps.setLong(3, cue.id());
                ps.setLong(4, episodeId);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) throw new SQLException("cue " + timed.get(i).id() + " is not part of episode " + episodeId);
            }
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Runs an UPDATE of one episode whose last parameter is the episode id; a missing episode is explained. */
    private void update(long episodeId, String sql, Binder binder) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                ps.setLong(ps.getParameterMetaData().getParameterCount(), episodeId);
                if (ps.executeUpdate() == 0) episode(c, episodeId);
            }
            return null;
        });
    }

    public void delete(long episodeId) {
        store.write(c -> {
            episode(c, episodeId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM episode WHERE id = ?")) {
                ps.setLong(1, episodeId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Transcript transcript(long episodeId) {
        return store.read(c -> {
            episode(c, episodeId);
            return transcript(c, episodeId);
        });
    }

    static Transcript transcript(Connection c, long episodeId) throws SQLException {
        List<Cue> cues = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, start_ms, end_ms, raw_text, text FROM cue WHERE episode_id = ? ORDER BY seq")) {
            ps.setLong(1, episodeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cues.add(new Cue(rs.getLong("id"), Rows.nullableLong(rs, "start_ms"), Rows.nullableLong(rs, "end_ms"),
                            rs.getString("raw_text"), rs.getString("text")));
                }
            }
        }
        return new Transcript(cues);
    }

    /** Saves the current text of the given cues (their raw text never changes). */
    public void saveCueTexts(long episodeId, List<Cue> changed) {
        store.write(c -> {
            updateCueTexts(c, episodeId, changed);
            return null;
        });
    }

    static void updateCueTexts(Connection c, long episodeId, List<Cue> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE cue SET text = ? WHERE id = ? AND episode_id = ?")) {
            for (Cue cue : changed) {
                ps.setString(1, cue.text());
                ps.setLong(2, cue.id());
                ps.setLong(3, episodeId);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw new SQLException("cue " + changed.get(i).id() + " is not part of episode " + episodeId);
                }
            }
        }
    }

    /** The episode with its transcript, entries and corrections, read as one consistent snapshot. */
    public EpisodeContent content(long episodeId) {
        return store.read(c -> new EpisodeContent(episode(c, episodeId), transcript(c, episodeId),
                EntryRepository.list(c, episodeId), CorrectionRepository.list(c, episodeId)));
    }
}

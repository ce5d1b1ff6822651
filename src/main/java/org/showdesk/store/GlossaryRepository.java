package org.showdesk.store;

import org.showdesk.model.ShowdeskException;
import org.showdesk.text.GlossaryText;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The show's glossary: correct terms and the misrecognitions learned for each. */
public final class GlossaryRepository {
    private final ShowStore store;

    public GlossaryRepository(ShowStore store) {
        this.store = store;
    }

    public List<GlossaryTerm> list() {
        return store.read(GlossaryRepository::list);
    }

    static List<GlossaryTerm> list(Connection c) throws SQLException {
        Map<Long, List<String>> variants = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT term_id, variant FROM glossary_variant ORDER BY term_id, learned_at, variant")) {
            while (rs.next()) variants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        List<GlossaryTerm> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM glossary_term ORDER BY term COLLATE NOCASE")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                out.add(new GlossaryTerm(id, rs.getString("term"), variants.getOrDefault(id, List.of()),
                        TermCategory.parse(rs.getString("category")), rs.getString("note"),
                        rs.getString("pronunciation"), rs.getInt("enabled") != 0, rs.getString("traditional"),
                        rs.getString("origin"), rs.getLong("origin_episode_id")));
            }
        }
        return out;
    }

    /**
     * Adds terms; a term already in the glossary keeps its fields and gains the new variants.
     * Returns how many terms were new.
     */
    public int addAll(List<GlossaryTerm> terms) {
        return store.write(c -> {
            int added = 0;
            for (GlossaryTerm t : terms) if (upsert(c, t)) added++;
            refuseTooMany(c, added);
            return added;
        });
    }

    public GlossaryTerm add(GlossaryTerm term) {
        return store.write(c -> {
            if (upsert(c, term)) refuseTooMany(c, 1);
            return find(c, term.term());
        });
    }

    /** Inside the adding transaction, so a refusal leaves the glossary as it was. */
    private static void refuseTooMany(Connection c, int added) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM glossary_term")) {
            int total = rs.next() ? rs.getInt(1) : 0;
            if (total > GlossaryText.MAX_TERMS) {
                throw new ShowdeskException("Adding " + added + " term(s) would make the glossary " + total
                        + " terms; one glossary holds at most " + String.format("%,d", GlossaryText.MAX_TERMS)
                        + " (the checks keep every term in memory). Nothing was added.");
            }
        }
    }

    /** Refuses text a glossary file could not give back (see {@link GlossaryText}); nothing is saved then. */
    private static void refuseUnwritable(GlossaryTerm t) {
        GlossaryText.problem(t.term()).ifPresent(p -> {
            throw new ShowdeskException("The term " + GlossaryText.quoted(t.term()) + " was not saved: " + p
                    + ". Remove it from the term; nothing was changed.");
        });
        for (String v : t.variants()) {
            GlossaryText.problem(v).ifPresent(p -> {
                throw new ShowdeskException("The misrecognition " + GlossaryText.quoted(v) + " of " + t.term()
                        + " was not saved: " + p + ". Give each misrecognition on its own; nothing was changed.");
            });
        }
    }

    private static boolean upsert(Connection c, GlossaryTerm t) throws SQLException {
        refuseUnwritable(t);
        Long existing = idOf(c, t.term());
        long id;
        if (existing == null) {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO glossary_term(term, category, note, pronunciation, enabled, added_at, traditional,
                                              origin, origin_episode_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, t.term().strip());
                ps.setString(2, t.category().name());
                ps.setString(3, t.note());
                ps.setString(4, t.pronunciation());
                ps.setInt(5, t.enabled() ? 1 : 0);
                ps.setString(6, Rows.now());
                ps.setString(7, t.traditional());
                ps.setString(8, t.origin());
                Rows.setNullableLong(ps, 9, t.originEpisodeId() == 0 ? null : t.originEpisodeId());
                ps.executeUpdate();
                id = Rows.lastId(ps);
            }
        } else {
            id = existing;
            // An imported Traditional form fills in one the show lacks; one the host set stays.
            if (!t.traditional().isBlank()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE glossary_term SET traditional = ? WHERE id = ? AND (traditional IS NULL OR traditional = '')")) {
                    ps.setString(1, t.traditional().strip());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
            }
        }
        for (String v : t.variants()) addVariant(c, id, v);
        return existing == null;
    }

    private static Long idOf(Connection c, String term) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM glossary_term WHERE term = ?")) {
            ps.setString(1, term.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static GlossaryTerm find(Connection c, String term) throws SQLException {
        for (GlossaryTerm t : list(c)) if (t.term().equals(term.strip())) return t;
        throw new SQLException("term vanished: " + term);
    }

    /**
     * What one learning added to the glossary: the misrecognition {@code variant} of {@code term}, and whether
     * the term itself was new. Only what was really added is reported, so taking it back ({@link #forget})
     * never removes a form the glossary already knew.
     */
    public record Learned(String term, String variant, boolean newTerm) {
    }

    /**
     * Remembers {@code heard} as a misrecognition of {@code term}, adding the term if the glossary lacks it;
     * returns what was new, empty when the glossary already knew it.
     */
    public java.util.Optional<Learned> learnVariant(String term, String heard) {
        return store.write(c -> java.util.Optional.ofNullable(learnVariant(c, term, heard)));
    }

    /** As {@link #learnVariant(String, String)}, inside the caller's transaction; null when nothing was new. */
    static Learned learnVariant(Connection c, String term, String heard) throws SQLException {
        if (heard == null || heard.isBlank() || heard.equals(term)) return null;
        // What ASR heard across a line break or with a tab is not worth a refusal of the correction: not learnt.
        if (GlossaryText.problem(heard).isPresent() || GlossaryText.problem(term).isPresent()) return null;
        Long id = idOf(c, term);
        if (id == null) {
            upsert(c, new GlossaryTerm(0, term, List.of(heard), TermCategory.OTHER, "", "", true));
            return new Learned(term.strip(), heard.strip(), true);
        }
        return addVariant(c, id, heard) ? new Learned(term.strip(), heard.strip(), false) : null;
    }

    /** Learns again what an undone action had taught (redo); returns what was new this time. */
    public List<Learned> relearn(List<Learned> learned) {
        return store.write(c -> {
            List<Learned> out = new ArrayList<>();
            for (Learned l : learned) {
                Learned again = learnVariant(c, l.term(), l.variant());
                if (again != null) out.add(again);
            }
            return out;
        });
    }

    /**
     * Takes back what an action taught (undo): each variant it added, and a term it added once that term has
     * no variants left (one the host has given other forms since stays).
     */
    public void forget(List<Learned> learned) {
        store.write(c -> {
            for (int i = learned.size() - 1; i >= 0; i--) {
                Learned l = learned.get(i);
                Long id = idOf(c, l.term());
                if (id == null) continue;
                try (PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM glossary_variant WHERE term_id = ? AND variant = ?")) {
                    ps.setLong(1, id);
                    ps.setString(2, l.variant());
                    ps.executeUpdate();
                }
                if (l.newTerm()) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM glossary_term WHERE id = ? AND NOT "
                            + "EXISTS (SELECT 1 FROM glossary_variant WHERE term_id = ?)")) {
                        ps.setLong(1, id);
                        ps.setLong(2, id);
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Whether the variant was new for the term. */
    private static boolean addVariant(Connection c, long termId, String variant) throws SQLException {
        if (variant == null || variant.isBlank()) return false;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO glossary_variant(term_id, variant, learned_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, termId);
            ps.setString(2, variant.strip());
            ps.setString(3, Rows.now());
            return ps.executeUpdate() > 0;
        }
    }

    /** Saves a term's fields and exactly the given variants. */
    public void update(GlossaryTerm t) {
        refuseUnwritable(t);
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE glossary_term SET term = ?, category = ?, note = ?, pronunciation = ?, enabled = ?,
                                             traditional = ?
                    WHERE id = ?""")) {
                ps.setString(1, t.term().strip());
                ps.setString(2, t.category().name());
                ps.setString(3, t.note());
                ps.setString(4, t.pronunciation());
                ps.setInt(5, t.enabled() ? 1 : 0);
                ps.setString(6, t.traditional());
                ps.setLong(7, t.id());
                if (ps.executeUpdate() == 0) throw new SQLException("glossary term " + t.id() + " does not exist");
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM glossary_variant WHERE term_id = ?")) {
                del.setLong(1, t.id());
                del.executeUpdate();
            }
            Set<String> unique = new LinkedHashSet<>(t.variants());
            for (String v : unique) addVariant(c, t.id(), v);
            return null;
        });
    }

    public void delete(long termId) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM glossary_term WHERE id = ?")) {
                ps.setLong(1, termId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

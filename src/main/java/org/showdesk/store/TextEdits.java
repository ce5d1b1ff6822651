package org.showdesk.store;

import org.showdesk.model.Correction;
import org.showdesk.model.Cue;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to an episode's text, each saved together with its correction record in one transaction,
 * so the history always explains the text. The raw ASR text of every cue stays untouched.
 */
public final class TextEdits {
    /** Rule name for changes the host typed by hand. */
    public static final String MANUAL = Correction.MANUAL;

    private final ShowStore store;

    public TextEdits(ShowStore store) {
        this.store = store;
    }

    /** One change to make: replace {@code [start, end)} of the episode text. */
    public record Change(int start, int end, String replacement, String rule, String term, double confidence) {
    }

    /**
     * What a write did: the corrections recorded, the transcript as it now is, and what the glossary learned
     * that it did not know before (so undoing the write can forget exactly that).
     */
    public record Applied(List<Correction> corrections, Transcript transcript, List<GlossaryRepository.Learned> learned) {
        public Applied {
            corrections = List.copyOf(corrections);
            learned = List.copyOf(learned);
        }

        public Applied(List<Correction> corrections, Transcript transcript) {
            this(corrections, transcript, List.of());
        }
    }

    /**
     * Applies changes (offsets into the text as it is before any of them) and records each. When
     * {@code learn} is set, every accepted finding also teaches the glossary the misheard form.
     */
    public List<Correction> apply(long episodeId, List<Change> changes, boolean learn) {
        return applyAndRead(episodeId, changes, learn).corrections();
    }

    /** As {@link #apply}, also returning the transcript as the change left it (read in the same transaction). */
    public Applied applyAndRead(long episodeId, List<Change> changes, boolean learn) {
        return store.write(c -> {
            EpisodeRepository.episode(c, episodeId);
            Transcript t = EpisodeRepository.transcript(c, episodeId);
            // Offsets refer to the text before any change: walk in order and shift by what came before,
            // so each record points at its text in the final version. Overlaps are refused, not guessed.
            List<Change> sorted = new ArrayList<>(changes);
            sorted.sort(java.util.Comparator.comparingInt(Change::start));
            int original = t.length();
            int previousEnd = 0;
            int delta = 0;
            List<Correction> done = new ArrayList<>();
            List<GlossaryRepository.Learned> learned = new ArrayList<>();
            for (Change ch : sorted) {
                if (ch.start() < previousEnd) {
                    throw new ShowdeskException("Two of the selected changes overlap at character " + ch.start()
                            + "; apply them one at a time.");
                }
                if (ch.end() > original) {
                    throw new ShowdeskException("A change points past the end of the text (" + ch.end() + " > "
                            + original + "); scan the episode again and retry.");
                }
                previousEnd = ch.end();
                int start = ch.start() + delta;
                int end = ch.end() + delta;
                String before = t.text().substring(start, end);
                if (before.equals(ch.replacement())) continue;
                int cueIndex = t.cueIndexAt(start);
                Cue cue = t.cues().get(cueIndex);
                int offsetInCue = start - t.startOf(cueIndex);
                t = t.replace(start, end, ch.replacement());
                delta += ch.replacement().length() - (end - start);
                done.add(CorrectionRepository.insert(c, new Correction(0, episodeId, cue.id(), offsetInCue, before,
                        ch.replacement(), ch.rule(), ch.term(), ch.confidence(), Instant.now(), null)));
                if (learn && !MANUAL.equals(ch.rule()) && ch.term() != null && !ch.term().isBlank()) {
                    GlossaryRepository.Learned l = GlossaryRepository.learnVariant(c, ch.term(), before.strip());
                    if (l != null) learned.add(l);
                }
            }
            saveChanged(c, episodeId, EpisodeRepository.transcript(c, episodeId), t);
            return new Applied(done, t, learned);
        });
    }

    /** Puts back what a correction replaced, without touching later changes elsewhere. */
    public void undo(long correctionId) {
        undoAll(List.of(correctionId));
    }

    /**
     * Puts back what these corrections replaced, newest first, in one transaction; returns the transcript of
     * their episode as it then is. Refuses, changing nothing, when one of the texts was changed again since.
     */
    public Transcript undoAll(List<Long> correctionIds) {
        return store.write(c -> {
            Transcript last = null;
            for (int i = correctionIds.size() - 1; i >= 0; i--) last = undoOne(c, correctionIds.get(i));
            return last;
        });
    }

    private static Transcript undoOne(Connection c, long correctionId) throws SQLException {
        {
            Correction k = CorrectionRepository.get(c, correctionId);
            if (k.isUndone()) return EpisodeRepository.transcript(c, k.episodeId());
            Transcript t = EpisodeRepository.transcript(c, k.episodeId());
            int cueIndex = t.indexOfCue(k.cueId());
            if (cueIndex < 0) throw new ShowdeskException("The text this change was made in no longer exists.");
            String cueText = t.cues().get(cueIndex).text();
            int at = locate(cueText, k.after(), k.offsetInCue());
            if (at < 0) {
                throw new ShowdeskException("Cannot undo \"" + k.before() + "\" → \"" + k.after()
                        + "\": that text was changed again since. Undo the later change first.");
            }
            int start = t.startOf(cueIndex) + at;
            Transcript after = t.replace(start, start + k.after().length(), k.before());
            saveChanged(c, k.episodeId(), t, after);
            CorrectionRepository.markUndone(c, correctionId);
            return after;
        }
    }

    /**
     * Redo: applies undone corrections again where their original text now is, in one transaction, and
     * returns the new records. Refuses (changing nothing) when a text was changed since.
     */
    public List<Correction> reapply(long episodeId, List<Correction> undone) {
        return reapplyAndRead(episodeId, undone).corrections();
    }

    /** As {@link #reapply}, also returning the transcript as it then is. */
    public Applied reapplyAndRead(long episodeId, List<Correction> undone) {
        return store.write(c -> {
            Transcript now = EpisodeRepository.transcript(c, episodeId);
            List<Change> changes = new ArrayList<>();
            for (Correction k : undone) {
                int cueIndex = now.indexOfCue(k.cueId());
                int at = cueIndex < 0 ? -1 : locate(now.cues().get(cueIndex).text(), k.before(), k.offsetInCue());
                if (at < 0) {
                    throw new ShowdeskException("Cannot redo \"" + k.before() + "\" → \"" + k.after()
                            + "\": that text was changed since.");
                }
                int start = now.startOf(cueIndex) + at;
                changes.add(new Change(start, start + k.before().length(), k.after(), k.rule(), k.term(), k.confidence()));
            }
            return applyAndRead(episodeId, changes, false); // nested: part of this transaction
        });
    }

    /** Finds {@code needle} in the cue, preferring the occurrence nearest to where it was written. */
    private static int locate(String haystack, String needle, int near) {
        if (needle.isEmpty()) return Math.min(near, haystack.length());
        int best = -1;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
        }
        return best;
    }

    private static void saveChanged(Connection c, long episodeId, Transcript before, Transcript after)
            throws SQLException {
        List<Cue> changed = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (!after.cues().get(i).text().equals(before.cues().get(i).text())) changed.add(after.cues().get(i));
        }
        if (!changed.isEmpty()) EpisodeRepository.updateCueTexts(c, episodeId, changed);
    }
}

package org.showdesk.app;

import org.showdesk.draft.EntryEdits;
import org.showdesk.draft.EntrySplitter;
import org.showdesk.draft.LinkIssue;
import org.showdesk.draft.Links;
import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryField;
import org.showdesk.model.Link;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rundown of an episode, the same for the window and the command line: suggest it, edit an entry's
 * fields, split, merge, move and delete entries. Each action is saved in one transaction and returns how to
 * take it back. An entry remembers which fields the host typed, so nothing Showdesk derives overwrites them.
 */
public final class Rundown {
    private final OpenShow show;

    public Rundown(OpenShow show) {
        this.show = show;
    }

    /**
     * Suggests the rundown from the transcript. With {@code replace} false an episode that already has entries
     * is left alone (the host's work is never overwritten by a suggestion unless asked).
     */
    public Undoable suggest(OpenEpisode episode, boolean replace) {
        OpenEpisode.State s = episode.state();
        if (!replace && !s.entries().isEmpty()) {
            throw new ShowdeskException("Episode " + s.episodeId() + " already has entries; suggesting again would "
                    + "replace them. Use --replace to do that on purpose.");
        }
        List<Entry> suggested = estimatedStarts(s, splitter(s).suggest(s.episodeId(), s.transcript()));
        // Suggesting again keeps what the host put into the rundown: typed fields, links, notes, status.
        List<Entry> rundown = s.entries().isEmpty() ? suggested : EntryEdits.resuggest(s.entries(), suggested,
                s.transcript());
        List<Entry> before = s.entries();
        if (!before.isEmpty()) show.backUpBefore("suggest the rundown again"); // the host's rundown is about to change
        List<Entry> stored = show.store().inOneTransaction(() -> {
            List<Entry> saved = show.entries().replaceAll(s.episodeId(), rundown);
            return s.sources().isEmpty() ? saved
                    : new EpisodeSources(show).relinked(s.episodeId(), saved, s.transcript(), s.sources()).entries();
        });
        episode.update(s.withEntries(stored), EnumSet.of(OpenEpisode.Aspect.ENTRIES), OpenEpisode.Cause.ACTION);
        return () -> restore(episode, before, stored);
    }

    /** The host changed fields of one entry (by id); the fields that differ are remembered as typed by the host. */
    public Undoable edit(OpenEpisode episode, Entry edited) {
        OpenEpisode.State s = episode.state();
        int i = indexOf(s.entries(), edited.id());
        if (i < 0) throw new ShowdeskException("That entry is no longer in the rundown; nothing was changed.");
        Entry was = s.entries().get(i);
        Set<EntryField> typed = EnumSet.noneOf(EntryField.class);
        typed.addAll(was.edited());
        typed.addAll(EntryField.changedBetween(was, edited));
        Entry now = edited.withEdited(typed);
        if (now.equals(was)) return Undoable.NOTHING;
        show.entries().save(now);
        List<Entry> list = new ArrayList<>(s.entries());
        list.set(i, now);
        episode.update(s.withEntries(list), EnumSet.of(OpenEpisode.Aspect.ENTRIES), OpenEpisode.Cause.ACTION);
        List<Entry> before = s.entries();
        return () -> restore(episode, before, list);
    }

    public Undoable move(OpenEpisode episode, int from, int to) {
        return change(episode, list -> EntryEdits.move(list, from, to));
    }

    public Undoable delete(OpenEpisode episode, int index) {
        return change(episode, list -> {
            if (index < 0 || index >= list.size()) throw new ShowdeskException("There is no entry " + (index + 1) + ".");
            List<Entry> out = new ArrayList<>(list);
            out.remove(index);
            return out;
        });
    }

    public Undoable mergeWithNext(OpenEpisode episode, int index) {
        Transcript t = episode.state().transcript();
        return change(episode, list -> {
            if (index < 0 || index >= list.size() - 1) {
                throw new ShowdeskException("Select an entry that has another one after it to merge them.");
            }
            return EntryEdits.mergeWithNext(list, index, t);
        });
    }

    /**
     * Splits entry {@code index} so that a new one, filled in from that sentence on, starts at cue {@code cueId};
     * what Showdesk filled in of the first part follows the sentences it keeps, what the host typed stays.
     */
    public Undoable split(OpenEpisode episode, int index, long cueId) {
        OpenEpisode.State s = episode.state();
        EntrySplitter splitter = splitter(s);
        return change(episode, list -> estimatedStarts(s, EntryEdits.split(list, index, cueId, s.transcript(), splitter)));
    }

    /** Moves the start of entry {@code index} to cue {@code cueId} (the entry before it ends there). */
    public Undoable moveStart(OpenEpisode episode, int index, long cueId) {
        OpenEpisode.State s = episode.state();
        EntrySplitter splitter = splitter(s);
        return change(episode, list -> estimatedStarts(s, EntryEdits.moveStart(list, index, cueId, s.transcript(),
                splitter)));
    }

    /** The splitter for this episode: the show's glossary and the episode's sources, heard as the engine hears them. */
    private EntrySplitter splitter(OpenEpisode.State s) {
        return EpisodeSources.splitter(show.glossaryTerms(), s.sources());
    }

    /** Starts taken from the cues of an episode whose times were estimated are estimates too, until confirmed. */
    private static List<Entry> estimatedStarts(OpenEpisode.State s, List<Entry> entries) {
        if (!s.episode().timesEstimated()) return entries;
        return entries.stream().map(e -> e.startMs() == null || e.isEdited(EntryField.START) ? e
                : e.withStart(e.startMs(), true)).toList();
    }

    /** The sentences a new entry could start at when entry {@code index} is split: all but its first. */
    public static List<Cue> splitCandidates(OpenEpisode.State s, int index) {
        if (index < 0 || index >= s.entries().size()) return List.of();
        Transcript t = s.transcript();
        int first = t.indexOfCue(s.entries().get(index).firstCueId());
        int last = t.indexOfCue(s.entries().get(index).lastCueId());
        if (first < 0 || last <= first) return List.of();
        return t.cuesBetween(first + 1, last);
    }

    /**
     * Puts a rundown seen earlier back (undo and redo of rundown actions). Entries deleted since come back as
     * new rows.
     */
    public Undoable restore(OpenEpisode episode, List<Entry> earlier, List<Entry> undoTo) {
        Set<Long> present = new HashSet<>();
        for (Entry e : episode.state().entries()) present.add(e.id());
        List<Entry> restored = earlier.stream().map(e -> e.id() > 0 && !present.contains(e.id()) ? e.withId(0) : e)
                .toList();
        List<Entry> stored = show.entries().replaceAll(episode.id(), restored);
        OpenEpisode.State s = episode.state();
        episode.update(s.withEntries(stored), EnumSet.of(OpenEpisode.Aspect.ENTRIES), OpenEpisode.Cause.ACTION);
        return () -> restore(episode, undoTo, stored);
    }

    /** Applies a pure rundown edit, stores the result in one transaction and updates the episode. */
    private Undoable change(OpenEpisode episode, Function<List<Entry>, List<Entry>> edit) {
        OpenEpisode.State s = episode.state();
        List<Entry> before = s.entries();
        List<Entry> changed = edit.apply(List.copyOf(before));
        List<Entry> stored = show.entries().replaceAll(s.episodeId(), changed);
        episode.update(s.withEntries(stored), EnumSet.of(OpenEpisode.Aspect.ENTRIES), OpenEpisode.Cause.ACTION);
        return () -> restore(episode, before, stored);
    }

    private static int indexOf(List<Entry> entries, long id) {
        for (int i = 0; i < entries.size(); i++) if (entries.get(i).id() == id) return i;
        return -1;
    }

    // ---- what the entry editor offers while the host types ----

    /** Organizations the glossary knows, for completing the organizations field. */
    public List<String> organizationNames() {
        return names(t -> t.category() == org.showdesk.model.TermCategory.ORG);
    }

    /** Works and products the glossary knows (the host's sources among them), for completing a title's name. */
    public List<String> workNames() {
        return names(t -> t.category() == org.showdesk.model.TermCategory.PRODUCT
                || t.category() == org.showdesk.model.TermCategory.OTHER);
    }

    private List<String> names(java.util.function.Predicate<org.showdesk.model.GlossaryTerm> which) {
        return show.glossaryTerms().stream().filter(org.showdesk.model.GlossaryTerm::enabled).filter(which)
                .map(org.showdesk.model.GlossaryTerm::term).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    // ---- links, as the entry editor checks them while the host types ----

    /** A typed link made canonical (arXiv ids become https://arxiv.org/abs/ID); refused with a reason otherwise. */
    public static String normalizeLink(String typed) {
        return Links.normalize(typed);
    }

    /** What is wrong with an entry's links (duplicates, addresses no platform accepts), one message each. */
    public static List<String> linkProblems(List<Link> links) {
        return Links.check(links).stream().map(LinkIssue::message).toList();
    }
}

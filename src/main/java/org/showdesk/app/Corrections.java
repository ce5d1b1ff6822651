package org.showdesk.app;

import org.showdesk.model.Correction;
import org.showdesk.model.Decision;
import org.showdesk.model.Entry;
import org.showdesk.model.Finding;
import org.showdesk.model.ShowdeskException;
import org.showdesk.model.Transcript;
import org.showdesk.store.GlossaryRepository;
import org.showdesk.store.TextEdits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The correction workflow, the same for the window and the command line: scan an episode against the show's
 * glossary and rules, leave out what the host already decided, and carry out the host's verdicts. Accepting
 * a finding changes the transcript and every entry field and tag of the episode that holds the same wrong
 * form, teaches the glossary the misheard form, and records it all in one transaction, undoable as one step.
 */
public final class Corrections {
    private final OpenShow show;

    public Corrections(OpenShow show) {
        this.show = show;
    }

    // ---- scanning ----

    /** Findings in {@code text} of episode {@code episodeId} that the host has not already decided on. */
    static List<Finding> scan(OpenShow show, long episodeId, String text) {
        var engine = show.engine();
        return withoutDecided(engine.withTypography(text, engine.scan(text)), show.decisionsFor(episodeId));
    }

    /** Scans the whole episode again (the glossary changed, or word boundaries became available). */
    public void rescan(OpenEpisode episode) {
        OpenEpisode.State s = episode.state();
        boolean words = EpisodeCheck.chineseWordsReady();
        List<Finding> found = scan(show, s.episodeId(), s.text());
        episode.update(s.withFindings(found, words), EnumSet.of(OpenEpisode.Aspect.FINDINGS),
                OpenEpisode.Cause.RESCAN);
    }

    static List<Finding> withoutDecided(List<Finding> findings, List<Decision> decisions) {
        Set<String> rejected = new HashSet<>();
        Set<String> correct = new HashSet<>();
        for (Decision d : decisions) {
            if (d.verdict() == Decision.Verdict.CORRECT) correct.add(d.found());
            else rejected.add(d.found() + "\u0000" + d.suggestion());
        }
        return findings.stream()
                .filter(f -> !correct.contains(f.found()))
                .filter(f -> f.suggestions().stream().noneMatch(s -> rejected.contains(f.found() + "\u0000" + s)))
                .toList();
    }

    // ---- choosing findings ----

    /**
     * Every open finding that suggests {@code term} (what review shows after the arrow) or belongs to that
     * glossary term (or rule or check, by its id), in text order. A number finding's term is its rule, so
     * matching the suggestion too is what lets a host name "7B" as review printed it.
     */
    public static List<Finding> ofTerm(List<Finding> findings, String term) {
        return findings.stream().filter(f -> f.suggestion().equals(term) || f.term().equals(term)).toList();
    }

    /** Open findings at or above {@code minConfidence}; style findings only when {@code withStyle}. */
    public static List<Finding> atConfidence(List<Finding> findings, double minConfidence, boolean withStyle) {
        if (Double.isNaN(minConfidence) || minConfidence < 0 || minConfidence > 1) {
            throw new ShowdeskException("A confidence must be a number from 0 to 1, not " + minConfidence + ".");
        }
        return findings.stream().filter(f -> f.confidence() >= minConfidence && (withStyle || !f.isStyle())).toList();
    }

    // ---- verdicts ----

    /** Replaces one finding with the suggestion the host picked among its own. */
    public Undoable accept(OpenEpisode episode, Finding finding, String replacement) {
        if (!finding.suggestions().contains(replacement)) {
            throw new ShowdeskException("\"" + replacement + "\" is not one of the suggestions for \"" + finding.found()
                    + "\".");
        }
        return apply(episode, List.of(finding), f -> replacement);
    }

    /** Applies exactly these findings with their best suggestions, as one undoable step. */
    public Undoable acceptAll(OpenEpisode episode, List<Finding> chosen) {
        return apply(episode, chosen, Finding::suggestion);
    }

    /** Accepts every open finding of the term {@code term} with its best suggestion. */
    public Undoable acceptTerm(OpenEpisode episode, String term) {
        return apply(episode, ofTerm(episode.state().findings(), term), Finding::suggestion);
    }

    /**
     * Not a mistake here: not raised again in this episode (or, {@code showWide}, anywhere in the show). One
     * decision is stored per distinct form; it also covers the same words elsewhere, which the result names.
     */
    public Rejection reject(OpenEpisode episode, List<Finding> findings, boolean showWide) {
        List<Finding> before = episode.state().findings();
        String text = episode.state().text();
        Undoable undo = decide(episode, findings, showWide ? 0 : episode.id(), Decision.Verdict.REJECTED);
        Set<Finding> open = new HashSet<>(episode.state().findings());
        Set<Finding> named = new HashSet<>(findings);
        List<Finding> also = before.stream().filter(f -> !open.contains(f) && !named.contains(f)).toList();
        java.util.Map<String, Integer> decided = new java.util.LinkedHashMap<>();
        for (Finding f : findings) decided.merge(Rejection.form(f), 1, Integer::sum);
        return new Rejection(findings, decided, also, text, undo);
    }

    /** Right as written: never raised again anywhere in the show. Undoing it forgets the decision. */
    public Undoable markCorrect(OpenEpisode episode, Finding finding) {
        return decide(episode, List.of(finding), 0, Decision.Verdict.CORRECT);
    }

    /** Stores the decisions in one transaction; undoing removes exactly those rows and the findings come back. */
    private Undoable decide(OpenEpisode episode, List<Finding> findings, long episodeId, Decision.Verdict verdict) {
        if (findings.isEmpty()) return Undoable.NOTHING;
        // One row per form: the same words found seven times are one decision, not seven.
        List<Decision> distinct = findings.stream()
                .map(f -> new Decision(0, episodeId, f.found(), f.suggestion(), verdict)).distinct().toList();
        return store(episode, distinct);
    }

    private Undoable store(OpenEpisode episode, List<Decision> decisions) {
        List<Decision> stored = show.store().inOneTransaction(() -> decisions.stream()
                .map(d -> show.decisions().add(new Decision(0, d.episodeId(), d.found(), d.suggestion(), d.verdict())))
                .toList());
        stored.forEach(show::decided);
        OpenEpisode.State s = episode.state();
        episode.update(s.withFindings(withoutDecided(s.findings(), show.decisionsFor(s.episodeId())), s.wordBoundaries()),
                EnumSet.of(OpenEpisode.Aspect.FINDINGS), OpenEpisode.Cause.ACTION);
        return () -> unstore(episode, stored);
    }

    private Undoable unstore(OpenEpisode episode, List<Decision> stored) {
        show.store().inOneTransaction(() -> {
            stored.forEach(d -> show.decisions().remove(d.id()));
            return null;
        });
        show.undecided(stored);
        scanAgain(episode);
        return () -> store(episode, stored);
    }

    /** The whole text scanned again after an undo: what it had hidden or taught is raised (or not) again. */
    private void scanAgain(OpenEpisode episode) {
        OpenEpisode.State s = episode.state();
        episode.update(s.withFindings(scan(show, s.episodeId(), s.text()), s.wordBoundaries()),
                EnumSet.of(OpenEpisode.Aspect.FINDINGS), OpenEpisode.Cause.ACTION);
    }

    /**
     * Teaches the glossary that the found text is a misrecognition of the finding's term, without changing the
     * text. Undoing forgets only what this taught.
     */
    public Undoable learnHeardForm(OpenEpisode episode, Finding finding) {
        return teach(episode, show.glossary().learnVariant(finding.suggestion(), finding.found()).stream().toList());
    }

    private Undoable teach(OpenEpisode episode, List<GlossaryRepository.Learned> learned) {
        if (learned.isEmpty()) return Undoable.NOTHING;
        show.glossaryChanged();
        scanAgain(episode);
        return () -> {
            show.store().inOneTransaction(() -> {
                show.glossary().forget(learned);
                show.glossaryReread();
                return null;
            });
            scanAgain(episode);
            return () -> teach(episode, show.glossary().relearn(learned));
        };
    }

    // ---- changing the text ----

    /**
     * The host typed: records the change as one hand edit. The editor already shows the new text, so the
     * episode's listeners are told with {@link OpenEpisode.Cause#TYPED}; only the text around the change is
     * scanned again.
     */
    public Undoable editText(OpenEpisode episode, TextChange change) {
        TextEdits.Change c = new TextEdits.Change(change.start(), change.end(), change.replacement(), TextEdits.MANUAL,
                "", 1.0);
        return write(episode, List.of(c), List.of(), false, OpenEpisode.Cause.TYPED);
    }

    /**
     * Hand-made changes (find and replace) as one step. {@code expected} is the text the host saw under each
     * change; when the text has changed there since, nothing is applied.
     */
    public Undoable replace(OpenEpisode episode, List<TextChange> changes) {
        if (changes.size() > 1) show.backUpBefore("replace all"); // many places at once: a way back beyond undo
        List<TextEdits.Change> edits = changes.stream().map(c -> new TextEdits.Change(c.start(), c.end(),
                c.replacement(), TextEdits.MANUAL, "", 1.0)).toList();
        return write(episode, edits, List.of(), false, OpenEpisode.Cause.ACTION);
    }

    private Undoable apply(OpenEpisode episode, List<Finding> chosen, Function<Finding, String> replacement) {
        if (chosen.isEmpty()) return Undoable.NOTHING;
        String text = episode.state().text();
        for (Finding f : chosen) {
            if (f.end() > text.length() || !text.substring(f.start(), f.end()).equals(f.found())) {
                rescan(episode);
                throw new ShowdeskException("The text changed under \"" + f.found() + "\" since it was found, so "
                        + "nothing was applied. The transcript has been scanned again: try once more.");
            }
        }
        List<TextEdits.Change> changes = chosen.stream().map(f -> change(f, replacement.apply(f))).toList();
        List<String[]> wrongForms = chosen.stream()
                .filter(f -> EntryTexts.worthCarrying(f.found()))
                .map(f -> new String[]{f.found(), replacement.apply(f)}).toList();
        return write(episode, changes, wrongForms, true, OpenEpisode.Cause.ACTION);
    }

    /**
     * The recorded change for accepting {@code f} as {@code replacement}. A recognition finding teaches the
     * glossary the misheard form of its term; a number check, a host's rule or a style fix teaches nothing.
     */
    static TextEdits.Change change(Finding f, String replacement) {
        String term = f.kind().teachesGlossary() ? replacement : "";
        return new TextEdits.Change(f.start(), f.end(), replacement, f.rule(), term, f.confidence());
    }

    /**
     * Writes text changes and what they carry into the entries, in one transaction, then updates the episode
     * in memory and scans again: the whole text when the glossary learned something, else around the changes.
     */
    private Undoable write(OpenEpisode episode, List<TextEdits.Change> changes, List<String[]> wrongForms, boolean learn,
                           OpenEpisode.Cause cause) {
        OpenEpisode.State before = episode.state();
        List<Entry> entriesAfter = EntryTexts.carry(before.entries(), wrongForms);
        List<String> tagsAfter = EntryTexts.carryTags(before.episode().tags(), wrongForms);
        boolean entriesChange = !entriesAfter.equals(before.entries());
        boolean tagsChange = !tagsAfter.equals(before.episode().tags());
        TextEdits.Applied applied = show.store().inOneTransaction(() -> {
            TextEdits.Applied a = show.edits().applyAndRead(before.episodeId(), changes, learn);
            if (entriesChange) saveEntries(before.entries(), entriesAfter);
            if (tagsChange) show.episodes().saveTags(before.episodeId(), tagsAfter);
            if (!a.learned().isEmpty()) show.glossaryReread(); // inside this transaction: what it just learned
            return a;
        });
        boolean learned = !applied.learned().isEmpty();
        List<Correction> history = new ArrayList<>(before.corrections());
        history.addAll(applied.corrections());
        OpenEpisode.State next = before.withText(applied.transcript(),
                learned ? scan(show, before.episodeId(), applied.transcript().text())
                        : FindingsAround.rescan(before.findings(), before.text(), applied.transcript().text(),
                        t -> scan(show, before.episodeId(), t)), history)
                .withEntries(entriesAfter).withEpisode(before.episode().withTags(tagsAfter)
                        .withCounts(applied.transcript().size(), applied.transcript().length()));
        Set<OpenEpisode.Aspect> aspects = EnumSet.of(OpenEpisode.Aspect.TEXT, OpenEpisode.Aspect.FINDINGS,
                OpenEpisode.Aspect.CORRECTIONS);
        if (entriesChange) aspects.add(OpenEpisode.Aspect.ENTRIES);
        if (tagsChange) aspects.add(OpenEpisode.Aspect.EPISODE);
        episode.update(next, aspects, cause);
        if (applied.corrections().isEmpty() && !entriesChange && !tagsChange) return Undoable.NOTHING;
        return new TextAction(this, episode, applied.corrections(), before.entries(), entriesAfter,
                before.episode().tags(), tagsAfter, wrongForms, applied.learned());
    }

    /** Saves the entries of {@code after} that differ from {@code before} (the same rundown, entry for entry). */
    private void saveEntries(List<Entry> before, List<Entry> after) {
        for (int i = 0; i < after.size(); i++) {
            if (!after.get(i).equals(before.get(i))) show.entries().save(after.get(i));
        }
    }

    /** Takes a text action back: its corrections undone, the entries and tags it reached put back. */
    Undoable takeBack(OpenEpisode episode, TextAction action) {
        OpenEpisode.State s = episode.state();
        List<Entry> entries = EntryTexts.uncarry(s.entries(), action.entriesBefore(), action.entriesAfter(),
                action.wrongForms());
        List<String> tags = EntryTexts.moveTags(s.episode().tags(), action.tagsAfter(), action.tagsBefore(),
                reversedForms(action.wrongForms()));
        Transcript after = show.store().inOneTransaction(() -> {
            Transcript t = action.corrections().isEmpty() ? s.transcript()
                    : show.edits().undoAll(action.corrections().stream().map(Correction::id).toList());
            saveEntries(s.entries(), entries);
            if (!tags.equals(s.episode().tags())) show.episodes().saveTags(s.episodeId(), tags);
            if (!action.learned().isEmpty()) {
                show.glossary().forget(action.learned()); // only what this action taught; older forms stay
                show.glossaryReread();
            }
            return t;
        });
        Set<Long> undone = new HashSet<>();
        action.corrections().forEach(c -> undone.add(c.id()));
        Instant now = Instant.now();
        List<Correction> history = s.corrections().stream().map(c -> undone.contains(c.id()) && c.undoneAt() == null
                ? new Correction(c.id(), c.episodeId(), c.cueId(), c.offsetInCue(), c.before(), c.after(), c.rule(),
                c.term(), c.confidence(), c.appliedAt(), now) : c).toList();
        List<Finding> findings = action.learned().isEmpty() ? FindingsAround.rescan(s.findings(), s.text(),
                after.text(), t -> scan(show, s.episodeId(), t)) : scan(show, s.episodeId(), after.text());
        OpenEpisode.State next = s.withText(after, findings, history).withEntries(entries)
                .withEpisode(s.episode().withTags(tags).withCounts(after.size(), after.length()));
        episode.update(next, EnumSet.allOf(OpenEpisode.Aspect.class), OpenEpisode.Cause.ACTION);
        return () -> redo(episode, action);
    }

    private Undoable redo(OpenEpisode episode, TextAction action) {
        OpenEpisode.State s = episode.state();
        List<Entry> entries = EntryTexts.recarry(s.entries(), action.entriesBefore(), action.entriesAfter(),
                action.wrongForms());
        List<String> tags = EntryTexts.moveTags(s.episode().tags(), action.tagsBefore(), action.tagsAfter(),
                action.wrongForms());
        TextEdits.Applied applied = show.store().inOneTransaction(() -> {
            TextEdits.Applied a = action.corrections().isEmpty() ? new TextEdits.Applied(List.of(), s.transcript())
                    : show.edits().reapplyAndRead(s.episodeId(), action.corrections());
            saveEntries(s.entries(), entries);
            if (!tags.equals(s.episode().tags())) show.episodes().saveTags(s.episodeId(), tags);
            List<GlossaryRepository.Learned> relearned = show.glossary().relearn(action.learned());
            if (!relearned.isEmpty()) show.glossaryReread();
            return new TextEdits.Applied(a.corrections(), a.transcript(), relearned);
        });
        List<Correction> history = new ArrayList<>(s.corrections());
        history.addAll(applied.corrections());
        List<Finding> findings = applied.learned().isEmpty() ? FindingsAround.rescan(s.findings(), s.text(),
                applied.transcript().text(), t -> scan(show, s.episodeId(), t))
                : scan(show, s.episodeId(), applied.transcript().text());
        OpenEpisode.State next = s.withText(applied.transcript(), findings, history)
                .withEntries(entries)
                .withEpisode(s.episode().withTags(tags).withCounts(applied.transcript().size(),
                        applied.transcript().length()));
        episode.update(next, EnumSet.allOf(OpenEpisode.Aspect.class), OpenEpisode.Cause.ACTION);
        return new TextAction(this, episode, applied.corrections(), action.entriesBefore(), action.entriesAfter(),
                action.tagsBefore(), action.tagsAfter(), action.wrongForms(), applied.learned());
    }

    private static List<String[]> reversedForms(List<String[]> forms) {
        return forms.stream().map(wr -> new String[]{wr[1], wr[0]}).toList();
    }

    /** One text action in the undo history: what was written, the entries and tags it reached, what it taught. */
    record TextAction(Corrections owner, OpenEpisode episode, List<Correction> corrections, List<Entry> entriesBefore,
                      List<Entry> entriesAfter, List<String> tagsBefore, List<String> tagsAfter,
                      List<String[]> wrongForms, List<GlossaryRepository.Learned> learned) implements Undoable {
        @Override
        public Undoable undo() {
            return owner.takeBack(episode, this);
        }
    }
}

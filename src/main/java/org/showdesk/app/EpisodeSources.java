package org.showdesk.app;

import org.showdesk.correct.CorrectionEngine;
import org.showdesk.draft.EntrySplitter;
import org.showdesk.draft.NameSpotter;
import org.showdesk.draft.SourceLinker;
import org.showdesk.draft.SourceList;
import org.showdesk.model.Entry;
import org.showdesk.model.Finding;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.files.BoundedRead;
import org.showdesk.model.InputException;
import org.showdesk.model.Source;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The host's sources of an episode (the papers and products it covers, with their links), as one action:
 * the list is stored, every name it gives joins the show's glossary marked with where it came from — so the
 * correction engine flags "Sinclair" for SynCLR with no glossary work — and each link is attached to the
 * entry that talks about the work. Linking runs again whenever entries are suggested ({@link #relink}), so the
 * order of importing sources and splitting does not matter.
 */
public final class EpisodeSources {
    /**
     * What one import or relink did.
     *
     * @param sources    the episode's sources (for an import: the ones in the list, as stored)
     * @param termsAdded the glossary terms that were new
     * @param placements where each placed source sits, in list order
     * @param unmatched  the sources no entry talks about: the host attaches them by hand
     * @param unlinked   the news items without any link
     * @param entries    the rundown as saved
     * @param undo       takes an import back as one step (entries, links, sources and new glossary names as
     *                   they were); nothing for a relink, which is part of the action that asked for it
     */
    public record Outcome(List<Source> sources, List<GlossaryTerm> termsAdded, List<Placement> placements,
                          List<Source> unmatched, List<Entry> unlinked, List<Entry> entries, Undoable undo) {
        /** Works on the list: one a line, however many links (paper, code) the line gives. */
        public int works() {
            return (int) sources.stream().mapToInt(Source::line).distinct().count();
        }

        /** Links stored: a line with a `code:` link gives two. */
        public int links() {
            return (int) sources.stream().filter(s -> !s.url().isBlank()).count();
        }

        /** "5 works, 6 links": works and links counted apart, as the host wrote them. */
        public String counted() {
            return plural(works(), "work") + ", " + plural(links(), "link");
        }

        private static String plural(int n, String word) {
            return n + " " + word + (n == 1 ? "" : "s");
        }
    }

    /**
     * A source attached to an entry.
     *
     * @param reason how it was found: "named", "named, as heard", "sounds like its name", "shares words with its
     *               title" or "the host typed its link"
     * @param heard  the name as the entry says it ("Sinclair"), or ""
     */
    public record Placement(Source source, Entry entry, String reason, String name, String heard) {
    }

    private static final Pattern LAUNCH = Pattern.compile("^\\s*(?:推出|发布|开源|上线|宣布|联合|携手)");

    private final OpenShow show;

    public EpisodeSources(OpenShow show) {
        this.show = show;
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("。") ? t : t + ".";
    }

    /** Reads a sources file (UTF-8) and imports it; a file with a line that cannot be read changes nothing. */
    public Outcome importFile(OpenEpisode episode, Path file) {
        return importText(episode, read(file), file.toString());
    }

    /**
     * Imports a pasted list: all of it, or — when a line cannot be read — nothing, with every such line named.
     *
     * @param where what to call the list in messages (its file name, "the pasted list")
     */
    public Outcome importText(OpenEpisode episode, String text, String where) {
        SourceList.Parsed parsed = SourceList.parse(text);
        if (!parsed.problems().isEmpty()) {
            List<SourceList.Problem> problems = parsed.problems();
            if (problems.size() == 1) {
                throw new InputException(where, problems.get(0).line(), sentence(problems.get(0).message())
                        + " Nothing was imported.");
            }
            // One line per problem, each naming its line once.
            StringBuilder all = new StringBuilder(problems.size() + " lines cannot be read, so nothing was imported:");
            for (SourceList.Problem p : problems) all.append("\n  ").append(p);
            throw new InputException(where, 0, all.toString());
        }
        if (parsed.sources().isEmpty()) {
            throw new InputException(where, 0, "no sources found: write one per line, as \"Title — https://…\". "
                    + "Nothing was imported.");
        }
        return importParsed(episode, parsed.sources());
    }

    private Outcome importParsed(OpenEpisode episode, List<Source> parsed) {
        long episodeId = episode.id();
        OpenEpisode.State state = episode.state();
        Set<Long> sourcesBefore = new java.util.HashSet<>();
        state.sources().forEach(src -> sourcesBefore.add(src.id()));
        Outcome outcome = show.store().inOneTransaction(() -> {
            String title = state.episode().title();
            List<Source> stored = show.sources().add(episodeId, parsed);
            Transcript transcript = state.transcript();
            List<GlossaryTerm> before = show.glossaryTerms();
            List<GlossaryTerm> terms = termsFor(stored, title, episodeId, before, transcript.text());
            show.glossary().addAll(terms);
            show.glossaryReread(); // inside this transaction: the names just added
            Set<String> known = new java.util.HashSet<>();
            before.forEach(t -> known.add(t.term()));
            List<GlossaryTerm> added = terms.stream().filter(t -> !known.contains(t.term())).toList();
            List<Source> all = show.sources().list(episodeId);
            List<Entry> rederived = rederive(state.entries(), transcript, all);
            Outcome linked = relinked(episodeId, rederived, transcript, all);
            // What the undo takes out again: the rows this import created, found by id while they are fresh.
            List<Long> newSources = all.stream().map(Source::id).filter(id -> !sourcesBefore.contains(id)).toList();
            Set<String> addedNames = new java.util.HashSet<>();
            added.forEach(t -> addedNames.add(t.term()));
            List<Long> newTerms = show.glossaryTerms().stream().filter(t -> addedNames.contains(t.term()))
                    .map(GlossaryTerm::id).toList();
            boolean changed = !newSources.isEmpty() || !newTerms.isEmpty() || !linked.entries().equals(state.entries());
            Undoable undo = changed ? () -> takeBack(episode, state.entries(), newSources, newTerms, parsed)
                    : Undoable.NOTHING; // the same list again: nothing for Ctrl+Z to take back
            return new Outcome(stored, added, linked.placements(), linked.unmatched(), linked.unlinked(),
                    linked.entries(), undo);
        });
        // The new names are glossary terms now: the transcript is scanned again for their misrecognitions.
        OpenEpisode.State next = state.withSources(outcome.sources().isEmpty() ? state.sources()
                : show.sources().list(episodeId)).withEntries(outcome.entries());
        episode.update(next.withFindings(Corrections.scan(show, episodeId, next.text()), next.wordBoundaries()),
                EnumSet.of(OpenEpisode.Aspect.SOURCES, OpenEpisode.Aspect.ENTRIES, OpenEpisode.Aspect.FINDINGS),
                OpenEpisode.Cause.ACTION);
        return outcome;
    }

    /**
     * Undoes an import in one transaction: the sources and glossary names it added are removed, the rundown is
     * put back as it was (titles, summaries, organizations and links). Redo imports the same list again.
     */
    private Undoable takeBack(OpenEpisode episode, List<Entry> entriesBefore, List<Long> newSources, List<Long> newTerms,
                              List<Source> parsed) {
        OpenEpisode.State s = episode.state();
        Set<Long> present = new java.util.HashSet<>();
        s.entries().forEach(e -> present.add(e.id()));
        // An entry deleted since comes back as a new row, as the rundown's own undo does.
        List<Entry> restored = entriesBefore.stream().map(e -> e.id() > 0 && !present.contains(e.id()) ? e.withId(0) : e)
                .toList();
        List<Entry> entries = show.store().inOneTransaction(() -> {
            newSources.forEach(id -> show.sources().delete(id));
            newTerms.forEach(id -> show.glossary().delete(id));
            show.glossaryReread();
            return show.entries().replaceAll(s.episodeId(), restored);
        });
        OpenEpisode.State next = s.withSources(show.sources().list(s.episodeId())).withEntries(entries);
        episode.update(next.withFindings(Corrections.scan(show, s.episodeId(), next.text()), next.wordBoundaries()),
                EnumSet.of(OpenEpisode.Aspect.SOURCES, OpenEpisode.Aspect.ENTRIES, OpenEpisode.Aspect.FINDINGS),
                OpenEpisode.Cause.ACTION);
        return () -> importParsed(episode, parsed).undo();
    }

    /**
     * Attaches the episode's sources to its entries again and saves the entries whose links changed: for the
     * split use case to call after it stored new entries, and after the host moved boundaries.
     */
    public Outcome relink(OpenEpisode episode) {
        OpenEpisode.State s = episode.state();
        Outcome outcome = show.store().inOneTransaction(() -> relinked(s.episodeId(), s.entries(), s.transcript(),
                s.sources()));
        episode.update(s.withEntries(outcome.entries()), EnumSet.of(OpenEpisode.Aspect.ENTRIES), OpenEpisode.Cause.ACTION);
        return outcome;
    }

    /** Links {@code entries} to the sources and saves the entries that changed (inside the caller's transaction). */
    Outcome relinked(long episodeId, List<Entry> entries, Transcript transcript, List<Source> sources) {
        SourceLinker.Result result = link(entries, transcript, sources);
        for (Entry e : result.changed()) show.entries().save(e);
        List<Placement> placements = result.matches().stream()
                .map(m -> new Placement(m.source(), result.entries().get(m.entryIndex()), m.reason().label(), m.name(),
                        m.heard()))
                .toList();
        return new Outcome(sources, List.of(), placements, result.unmatched(), result.unlinked(), result.entries(),
                Undoable.NOTHING);
    }

    /**
     * Sources that arrive after the split: the fields Showdesk filled in follow them ("UniChrome：…" becomes
     * "Unicron：…"); the fields the host typed stay.
     */
    private List<Entry> rederive(List<Entry> entries, Transcript transcript, List<Source> sources) {
        if (entries.isEmpty()) return entries;
        EntrySplitter splitter = splitter(show.glossaryTerms(), sources);
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            Entry again = splitter.rederive(e, transcript);
            if (!again.equals(e)) show.entries().save(again);
            out.add(again);
        }
        return out;
    }

    /** The rundown with the sources' links attached (pure: nothing is saved). */
    public static SourceLinker.Result link(List<Entry> entries, Transcript transcript, List<Source> sources) {
        return new SourceLinker(spotter(sources)).link(entries, transcript, sources);
    }

    /** A splitter that titles items with the sources' names as the correction engine hears them. */
    public static EntrySplitter splitter(List<GlossaryTerm> glossary, List<Source> sources) {
        return new EntrySplitter(glossary, sources, spotter(sources));
    }

    /**
     * Finds the sources' names in a text as written and as misheard: the correction engine over a glossary of
     * just those names, so "Sinclair" is found as SynCLR and 童话顺 as 同花顺.
     */
    public static NameSpotter spotter(List<Source> sources) {
        List<String> names = EntrySplitter.namesOf(sources);
        if (names.isEmpty()) return NameSpotter.none();
        List<GlossaryTerm> terms = names.stream().map(n -> GlossaryTerm.of(n).withCategory(TermCategory.PRODUCT)).toList();
        CorrectionEngine engine = CorrectionEngine.build(terms, List.of(), EpisodeCheck.chineseWords());
        Set<String> known = Set.copyOf(names);
        NameSpotter heard = text -> {
            List<NameSpotter.Spot> out = new ArrayList<>();
            for (Finding f : engine.scan(text)) {
                if (!CorrectionEngine.comesFromGlossary(f) || !known.contains(f.suggestion())) continue;
                out.add(new NameSpotter.Spot(f.start(), f.end(), f.found(), f.suggestion(), f.confidence()));
            }
            return out;
        };
        return NameSpotter.alike(names).or(heard);
    }

    /**
     * One glossary term per name, marked with the list line it came from. A name is an organization when it is
     * known as one, or when the transcript has it (as written or as heard) right before a launch verb
     * ("童话顺推出…"); otherwise a product.
     */
    static List<GlossaryTerm> termsFor(List<Source> sources, String episodeTitle, long episodeId,
                                       List<GlossaryTerm> glossary, String transcript) {
        Map<String, GlossaryTerm> out = new LinkedHashMap<>();
        NameSpotter spotter = spotter(sources);
        List<NameSpotter.Spot> spots = spotter.spot(transcript);
        for (Source s : sources) {
            for (String name : s.names()) {
                if (out.containsKey(name)) continue;
                boolean organization = EntrySplitter.isOrganization(name, glossary) || saidAsMaker(name, spots, transcript);
                GlossaryTerm term = GlossaryTerm.of(name)
                        .withCategory(organization ? TermCategory.ORG : TermCategory.PRODUCT)
                        .withOrigin("sources of " + episodeTitle + ", line " + s.line(), episodeId);
                out.put(name, term);
            }
        }
        return List.copyOf(out.values());
    }

    private static boolean saidAsMaker(String name, List<NameSpotter.Spot> spots, String transcript) {
        for (NameSpotter.Spot s : spots) {
            if (s.name().equals(name) && LAUNCH.matcher(transcript.substring(s.end())).lookingAt()) return true;
        }
        return false;
    }

    private static String read(Path file) {
        byte[] bytes = BoundedRead.bytes(file, BoundedRead.Kind.SOURCES); // refuses a show or a binary file, too
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file.toString(), 0, "is not UTF-8 text: save it as UTF-8 and import it again.");
        }
    }
}

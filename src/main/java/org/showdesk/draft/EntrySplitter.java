package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.EntryField;
import org.showdesk.model.Link;
import org.showdesk.model.Source;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggests the rundown of an episode: an intro, one entry per news item, an outro, with the fields a
 * host would otherwise type: organizations, a title "Name：what it is" ({@link EntryTitles}, the name spelled as
 * the episode's sources spell it), a category from {@link EntryCategory}, a summary of whole sentences
 * ({@link EntrySummaries}) and the start time.
 *
 * <p>Built for roundup transcripts in one unbroken paragraph cut into sentence cues, where each item
 * opens with its subject and a launch verb ("…的研究者推出X", "苹果发布X"), or with a phrase that moves on
 * ("再来看一个…", "最后一条,…", "据报道,…"), and the following sentences explain it. It is a suggestion:
 * the host splits, merges and moves boundaries with {@link EntryEdits}.
 */
public final class EntrySplitter {
    private static final Pattern INTRO = Pattern.compile(
            "大家好|这里是|欢迎(?:收看|收听|来到|回到)|本期(?:节目|周报)?(?:我们)?(?:将|会)?(?:为大家)?(?:介绍|带来)|(?i:hello everyone|welcome to)");
    private static final Pattern OUTRO = Pattern.compile(
            "(?:这|本)期(?:节目|周报|内容)?就(?:到这里|是这些|先到这)|以上就是(?:本|这)期|感谢(?:收看|收听|观看|大家)|"
                    + "下(?:期|周|次)(?:再)?见|我们下(?:期|周|次)|拜拜|"
                    + "(?i:thank(?:s| you) for (?:listening|watching)|see you next)");
    /** An outro sits in the last few sentences; "下期见" earlier in an episode is a promise, not the end. */
    private static final int OUTRO_WINDOW = 4;
    private static final int INTRO_WINDOW = 3;
    /** A misheard name is written as the sources spell it in a summary only when the hearing is this sure. */
    private static final double RESPELL_MIN = 0.6;

    private final OrganizationFinder organizations;
    private final WorkNames works;
    private final List<Source> sources;
    private final NameSpotter spotter;

    /** @param glossary the show's glossary: ORG terms are recognized as organizations, PRODUCT terms as works */
    public EntrySplitter(List<GlossaryTerm> glossary) {
        this(glossary, List.of());
    }

    /**
     * @param sources the episode's sources: items are titled with their names as the sources spell them, found
     *                where written alike ("Dual Pivot Tuning" for Dual-Pivot Tuning)
     */
    public EntrySplitter(List<GlossaryTerm> glossary, List<Source> sources) {
        this(glossary, sources, NameSpotter.alike(namesOf(sources)));
    }

    /** @param spotter finds the sources' names as heard, e.g. with the correction engine ("Sinclair" for SynCLR) */
    public EntrySplitter(List<GlossaryTerm> glossary, List<Source> sources, NameSpotter spotter) {
        this.organizations = new OrganizationFinder(glossary);
        List<String> p = new ArrayList<>();
        for (GlossaryTerm t : glossary) if (t.enabled() && t.category() == TermCategory.PRODUCT) p.add(t.term());
        p.sort((a, b) -> b.length() - a.length());
        this.works = new WorkNames(List.copyOf(p), organizations::isOrganization);
        this.sources = List.copyOf(sources);
        this.spotter = spotter;
    }

    /** Whether {@code name} is an organization, not a work: a glossary ORG term, a well-known name, "…大学". */
    public static boolean isOrganization(String name, List<GlossaryTerm> glossary) {
        return new OrganizationFinder(glossary).isOrganization(name);
    }

    /** Every name of {@code sources}, for a spotter. */
    public static List<String> namesOf(List<Source> sources) {
        Set<String> names = new LinkedHashSet<>();
        for (Source s : sources) names.addAll(s.names());
        return List.copyOf(names);
    }

    /** Suggested entries in transcript order, covering every cue; ids are 0 (not yet stored). */
    public List<Entry> suggest(long episodeId, Transcript transcript) {
        List<Cue> cues = transcript.cues();
        if (cues.isEmpty()) return List.of();
        int introEnd = introLength(cues);        // cues [0, introEnd) are the intro
        int outroStart = outroStart(cues, introEnd); // cues [outroStart, n) are the outro
        List<Integer> starts = new ArrayList<>();
        String currentWork = "";
        List<String> currentOrganizations = List.of();
        boolean announced = false; // the previous sentence only announced this item ("再来看一个…")
        for (int i = introEnd; i < outroStart; i++) {
            SentenceReading reading = new SentenceReading(cues.get(i).text());
            boolean opens = i == introEnd || reading.opensItem(currentWork, currentOrganizations);
            if (opens && !announced) starts.add(i);
            if (opens || announced) {
                currentWork = works.find(reading, i + 1 < cues.size() ? cues.get(i + 1).text() : "");
                currentOrganizations = organizations.find(reading.subject(), reading.text());
            }
            announced = opens && reading.isTransition();
        }
        List<Entry> entries = new ArrayList<>();
        List<Draft> drafts = new ArrayList<>();
        if (introEnd > 0) entries.add(frame(episodeId, EntryKind.INTRO, "开场", cues, 0, introEnd - 1));
        for (int k = 0; k < starts.size(); k++) {
            int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : outroStart - 1;
            Draft d = read(transcript, starts.get(k), last);
            drafts.add(d);
            Cue cue = cues.get(starts.get(k));
            entries.add(new Entry(0, episodeId, EntryKind.ITEM, cue.id(), cues.get(last).id(), d.heardWork(), List.of(),
                    "", "", List.of(), cue.startMs(), EntryStatus.DRAFT, ""));
        }
        if (outroStart < cues.size()) entries.add(frame(episodeId, EntryKind.OUTRO, "结尾", cues, outroStart, cues.size() - 1));
        Map<Integer, SourceLinker.Match> matched = bestMatches(entries, transcript);
        int item = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.kind() != EntryKind.ITEM) continue;
            Fields f = finish(drafts.get(item++), matched.get(i));
            entries.set(i, e.withFields(f.title, f.organizations, f.category, f.summary, e.links(), e.startMs(),
                    e.status(), e.notes()));
        }
        return entries;
    }

    /** The entry with its fields filled in again from its span, e.g. after the host split it off. */
    public Entry prefill(Entry entry, Transcript transcript) {
        int first = transcript.indexOfCue(entry.firstCueId());
        int last = transcript.indexOfCue(entry.lastCueId());
        if (first < 0) return entry;
        Fields f = fieldsOf(entry, transcript, first, Math.max(first, last));
        return entry.withFields(f.title, f.organizations, f.category, f.summary, entry.links(),
                transcript.cues().get(first).startMs(), EntryStatus.DRAFT, entry.notes());
    }

    /**
     * The entry with the fields Showdesk filled in derived again from its span as the transcript now reads
     * (after a correction, a merge, a boundary move); the fields the host typed, its links, notes and status stay.
     */
    public Entry rederive(Entry entry, Transcript transcript) {
        int first = transcript.indexOfCue(entry.firstCueId());
        int last = transcript.indexOfCue(entry.lastCueId());
        if (first < 0 || last < first) return entry;
        Set<EntryField> typed = entry.edited();
        String title, summary, category;
        List<String> orgs;
        if (entry.kind() == EntryKind.ITEM) {
            Fields f = fieldsOf(entry, transcript, first, last);
            title = f.title;
            summary = f.summary;
            category = f.category;
            orgs = f.organizations;
        } else {
            Entry framed = frame(entry.episodeId(), entry.kind(), entry.kind() == EntryKind.INTRO ? "开场" : "结尾",
                    transcript.cues(), first, last);
            title = framed.title();
            summary = framed.summary();
            category = "";
            orgs = List.of();
        }
        Long start = transcript.cues().get(first).startMs();
        boolean keepStart = typed.contains(EntryField.START) || start == null;
        Entry out = entry.withFields(
                typed.contains(EntryField.TITLE) ? entry.title() : title,
                typed.contains(EntryField.ORGANIZATIONS) ? entry.organizations() : orgs,
                typed.contains(EntryField.CATEGORY) ? entry.category() : category,
                typed.contains(EntryField.SUMMARY) ? entry.summary() : summary,
                entry.links(), keepStart ? entry.startMs() : start, entry.status(), entry.notes());
        return keepStart ? out : out.withStart(start, entry.startEstimated() && start.equals(entry.startMs()));
    }

    /** One entry's fields, titled after the source its links come from, or else the one it talks about. */
    private Fields fieldsOf(Entry entry, Transcript transcript, int first, int last) {
        Draft d = read(transcript, first, last);
        SourceLinker.Match match = null;
        if (!sources.isEmpty()) {
            Entry probe = entry.withKind(EntryKind.ITEM).withTitle(d.heardWork());
            Set<Long> linked = new HashSet<>();
            for (Link l : entry.links()) if (l.fromSource()) linked.add(l.sourceId());
            List<Source> candidates = sources.stream().filter(s -> linked.contains(s.id())).toList();
            List<SourceLinker.Match> found = new SourceLinker(spotter)
                    .match(List.of(probe), transcript, candidates.isEmpty() ? sources : candidates);
            match = found.isEmpty() ? null : found.get(0);
        }
        return finish(d, match);
    }

    /** For each item, the source the linker places on it (its best when it gets several). */
    private Map<Integer, SourceLinker.Match> bestMatches(List<Entry> entries, Transcript transcript) {
        Map<Integer, SourceLinker.Match> out = new HashMap<>();
        if (sources.isEmpty()) return out;
        for (SourceLinker.Match m : new SourceLinker(spotter).match(entries, transcript, sources)) {
            SourceLinker.Match had = out.get(m.entryIndex());
            if (had == null || m.score() > had.score()) out.put(m.entryIndex(), m);
        }
        return out;
    }

    private record Fields(String title, List<String> organizations, String category, String summary) {
    }

    /**
     * What an item's span says, as heard: its first real sentence (after one that only announced it), the
     * work's name and organizations it gives, its category, its sentences and the source names spotted in them.
     */
    private record Draft(SentenceReading lead, String heardWork, List<String> organizations, String category,
                         List<String> sentences, List<NameSpotter.Spot> spots, int markerEnd) {
    }

    private Draft read(Transcript transcript, int first, int last) {
        List<Cue> cues = transcript.cues();
        SentenceReading opening = new SentenceReading(cues.get(first).text());
        int leadAt = opening.isTransition() && first < last ? first + 1 : first;
        SentenceReading lead = leadAt == first ? opening : new SentenceReading(cues.get(leadAt).text());
        String announcement = leadAt == first ? "" : opening.text();
        StringBuilder later = new StringBuilder();
        for (int i = leadAt + 1; i <= last; i++) later.append(cues.get(i).text());
        String work = works.find(lead, later.toString());
        List<String> sentences = new ArrayList<>();
        for (int i = leadAt; i <= last; i++) sentences.add(cues.get(i).text());
        String said = sentences.get(0);
        String span = String.join("", sentences);
        return new Draft(lead, work, organizations.find(lead.subject(), lead.text()),
                EntryCategory.guess(announcement, lead, work, later.toString()), sentences, spotter.spot(span),
                said.length() - said.stripLeading().length() + lead.markerLength());
    }

    /** The published fields: the name as the sources spell it, what the work is, a whole-sentence summary. */
    private Fields finish(Draft d, SourceLinker.Match match) {
        Naming naming = name(d, match);
        List<String> orgs = new ArrayList<>();
        for (String org : d.organizations()) {
            String spelled = org;
            for (NameSpotter.Spot s : d.spots()) if (s.heard().equals(org)) spelled = s.name();
            if (!orgs.contains(spelled)) orgs.add(spelled);
        }
        String description = EntryTitles.describe(d.lead(), naming.heard(), orgs.isEmpty() ? "" : orgs.get(0));
        String title = EntryTitles.title(naming.name(), description);
        List<String> sentences = new ArrayList<>(respelled(d, naming));
        // "最后一条，Mistral AI开源了…": the words that move on to the item are no part of its summary
        if (d.markerEnd() > 0 && sentences.get(0).length() > d.markerEnd()) {
            sentences.set(0, sentences.get(0).substring(Math.min(d.markerEnd(), sentences.get(0).length())));
        }
        String summary = EntrySummaries.of(sentences, naming.name());
        return new Fields(title, orgs, d.category(), summary);
    }

    /**
     * The item's sentences with the sources' names, where heard surely enough, spelled as the sources do; the
     * work's own name always as its title spells it.
     */
    private static List<String> respelled(Draft d, Naming naming) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (String sentence : d.sentences()) {
            int from = at, to = at + sentence.length();
            List<NameSpotter.Spot> inside = d.spots().stream().filter(s -> s.start() >= from && s.end() <= to)
                    .map(s -> new NameSpotter.Spot(s.start() - from, s.end() - from, s.heard(), s.name(), s.confidence()))
                    .toList();
            String spelled = NameSpotter.respell(sentence, inside, RESPELL_MIN);
            if (!naming.heard().isEmpty() && !naming.heard().equals(naming.name())) {
                spelled = spelled.replace(naming.heard(), naming.name());
            }
            out.add(spelled);
            at = to;
        }
        return out;
    }

    /** @param heard how the lead says the name, for finding what it says about it */
    private record Naming(String name, String heard) {
    }

    private Naming name(Draft d, SourceLinker.Match match) {
        String heard = d.heardWork();
        String lead = d.sentences().get(0);
        int objectFrom = lead.indexOf(d.lead().body()) + Math.max(0, Math.max(d.lead().objectStart(), d.lead().looseStart()));
        int heardAt = heard.isEmpty() ? -1 : lead.indexOf(heard, Math.max(0, objectFrom));
        int clauseEnd = objectFrom + WorkNames.firstClause(lead.substring(Math.min(objectFrom, lead.length()))).length();
        NameSpotter.Spot chosen = null;
        for (NameSpotter.Spot s : d.spots()) {
            if (s.start() >= lead.length() || s.start() < objectFrom || OrganizationFinder.isKnownName(s.name())
                    || SourceEvidence.onlyMentioned(lead, s)) continue;
            boolean atWork = heardAt >= 0 && s.start() < heardAt + heard.length() && s.end() > heardAt;
            if (atWork || (chosen == null && s.start() <= Math.max(clauseEnd, heardAt))) {
                chosen = s;
                if (atWork) break;
            }
        }
        if (chosen != null && (match == null || match.source().names().contains(chosen.name()))) {
            return new Naming(chosen.name(), chosen.heard());
        }
        if (match != null) {
            String within = withinName(heard, match.source().names());
            if (!within.isEmpty()) return new Naming(within, heard);
            boolean sameWork = heard.isEmpty() || match.heard().equals(heard)
                    || SourceEvidence.similarity(heard, match.name()) >= 0.8;
            if (!match.name().isEmpty() && sameWork) {
                return new Naming(match.name(), match.heard().isEmpty() ? heard : match.heard());
            }
        }
        return new Naming(heard, heard);
    }

    /** "Dream Machine" heard, "Luma Dream Machine" listed: the words of the listed name that were said, as listed. */
    private static String withinName(String heard, List<String> names) {
        if (heard.isBlank()) return "";
        String key = SourceEvidence.normalized(heard);
        for (String name : names) {
            String[] words = name.split(" ");
            for (int i = 0; i < words.length; i++) {
                for (int j = i + 1; j <= words.length; j++) {
                    String part = String.join(" ", java.util.Arrays.copyOfRange(words, i, j));
                    if (SourceEvidence.normalized(part).equals(key)) return part;
                }
            }
        }
        return "";
    }

    private static Entry frame(long episodeId, EntryKind kind, String title, List<Cue> cues, int first, int last) {
        Cue cue = cues.get(first);
        return new Entry(0, episodeId, kind, cue.id(), cues.get(last).id(), title, List.of(), "",
                EntrySummaries.whole(cue.displayText(), ""), List.of(), cue.startMs(), EntryStatus.DRAFT, "");
    }

    /** The intro runs from the greeting until the first sentence that opens an item. */
    private static int introLength(List<Cue> cues) {
        if (!INTRO.matcher(cues.get(0).text()).find()) return 0;
        int end = 1;
        while (end < Math.min(INTRO_WINDOW, cues.size() - 1) && !new SentenceReading(cues.get(end).text()).opensItem("", List.of())) {
            end++;
        }
        return end;
    }

    private static int outroStart(List<Cue> cues, int introEnd) {
        int start = cues.size();
        for (int i = cues.size() - 1; i >= Math.max(introEnd + 1, cues.size() - OUTRO_WINDOW); i--) {
            if (OUTRO.matcher(cues.get(i).text()).find()) start = i;
        }
        return start;
    }
}

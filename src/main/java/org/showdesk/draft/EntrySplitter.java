package org.showdesk.draft;

import org.showdesk.model.Cue;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EntryStatus;
import org.showdesk.model.GlossaryTerm;
import org.showdesk.model.TermCategory;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Suggests the rundown of an episode: an intro, one entry per news item, an outro, with the fields a
 * host would otherwise type (organizations, the work's name as title, a category from {@link EntryCategory},
 * a first summary, the start time).
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
    private static final int SUMMARY_MAX = 80;

    private final OrganizationFinder organizations;
    private final WorkNames works;

    /** @param glossary the show's glossary: ORG terms are recognized as organizations, PRODUCT terms as works */
    public EntrySplitter(List<GlossaryTerm> glossary) {
        this.organizations = new OrganizationFinder(glossary);
        List<String> p = new ArrayList<>();
        for (GlossaryTerm t : glossary) if (t.enabled() && t.category() == TermCategory.PRODUCT) p.add(t.term());
        p.sort((a, b) -> b.length() - a.length());
        this.works = new WorkNames(List.copyOf(p), organizations::isOrganization);
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
        if (introEnd > 0) entries.add(frame(episodeId, EntryKind.INTRO, "开场", cues, 0, introEnd - 1));
        for (int k = 0; k < starts.size(); k++) {
            int last = k + 1 < starts.size() ? starts.get(k + 1) - 1 : outroStart - 1;
            entries.add(item(episodeId, cues, starts.get(k), last));
        }
        if (outroStart < cues.size()) entries.add(frame(episodeId, EntryKind.OUTRO, "结尾", cues, outroStart, cues.size() - 1));
        return entries;
    }

    /** The entry with its fields filled in again from its span, e.g. after the host split it off. */
    public Entry prefill(Entry entry, Transcript transcript) {
        int first = transcript.indexOfCue(entry.firstCueId());
        int last = transcript.indexOfCue(entry.lastCueId());
        if (first < 0) return entry;
        Fields f = read(transcript.cues(), first, Math.max(first, last));
        return entry.withFields(f.title, f.organizations, f.category, f.summary, entry.links(),
                transcript.cues().get(first).startMs(), EntryStatus.DRAFT, entry.notes());
    }

    private Entry item(long episodeId, List<Cue> cues, int first, int last) {
        Cue cue = cues.get(first);
        Fields f = read(cues, first, last);
        return new Entry(0, episodeId, EntryKind.ITEM, cue.id(), cues.get(last).id(), f.title, f.organizations,
                f.category, f.summary, List.of(), cue.startMs(), EntryStatus.DRAFT, "");
    }

    private record Fields(String title, List<String> organizations, String category, String summary) {
    }

    /**
     * Reads an item's span: its first real sentence (after a sentence that only announced it) names the
     * work and its organizations; the rest confirms the name and refines the category.
     */
    private Fields read(List<Cue> cues, int first, int last) {
        SentenceReading opening = new SentenceReading(cues.get(first).text());
        int leadAt = opening.isTransition() && first < last ? first + 1 : first;
        SentenceReading lead = leadAt == first ? opening : new SentenceReading(cues.get(leadAt).text());
        String announcement = leadAt == first ? "" : opening.text();
        StringBuilder later = new StringBuilder();
        for (int i = leadAt + 1; i <= last; i++) later.append(cues.get(i).text());
        String title = works.find(lead, later.toString());
        return new Fields(title, organizations.find(lead.subject(), lead.text()),
                EntryCategory.guess(announcement, lead, title, later.toString()), summaryOf(lead.text()));
    }

    private static Entry frame(long episodeId, EntryKind kind, String title, List<Cue> cues, int first, int last) {
        Cue cue = cues.get(first);
        return new Entry(0, episodeId, kind, cue.id(), cues.get(last).id(), title, List.of(), "",
                summaryOf(cue.displayText()), List.of(), cue.startMs(), EntryStatus.DRAFT, "");
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

    /** The first sentence, cut at a comma near {@value #SUMMARY_MAX} characters: a draft the host rewrites. */
    static String summaryOf(String sentence) {
        String s = sentence.strip();
        if (s.length() <= SUMMARY_MAX) return s;
        int cut = -1;
        for (int i = SUMMARY_MAX; i > SUMMARY_MAX / 2; i--) {
            if (",，;；".indexOf(s.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        return (cut > 0 ? s.substring(0, cut) : s.substring(0, SUMMARY_MAX)) + "…";
    }
}

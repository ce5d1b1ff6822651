package org.showdesk.app;

import org.showdesk.draft.SourceLinker;
import org.showdesk.draft.SourceList;
import org.showdesk.draft.SplitFixture;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Link;
import org.showdesk.model.Source;
import org.showdesk.model.Transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a host would keep of the drafted rundown of a labelled fixture, with its list of sources and no other
 * glossary: the split, titles and summaries from the engine-backed splitter, then the links attached.
 * <ul>
 *   <li>a title is kept when it is "Name：description" with the name exactly as labelled (as the sources spell it)
 *       and a description of 4..20 characters, at least 4 of them Chinese, that says one of the labelled words
 *       for what the work is; an item labelled blank keeps a blank title;</li>
 *   <li>a summary is kept when it is whole (ends a sentence, no "…"), at most 100 characters, in Chinese
 *       punctuation (no ASCII comma between Chinese characters) and factual: every clause's Chinese text is in the
 *       item's own text;</li>
 *   <li>a link is right when the k-th work of the list sits on the entry holding the k-th item; works past the
 *       last item must stay unmatched.</li>
 * </ul>
 */
public record SourcesEvaluation(int items, int titlesKept, int summariesKept, int works, int linksRight,
                                List<String> misses, List<String> shown) {
    private static final Pattern ASCII_COMMA_IN_CHINESE = Pattern.compile("\\p{IsHan}\\s*[,;:]|[,;:]\\s*\\p{IsHan}");
    private static final Pattern NOT_HAN = Pattern.compile("[^\\p{IsHan}]");

    public static SourcesEvaluation of(String fixtureName) {
        SplitFixture fixture = SplitFixture.load(fixtureName, true);
        List<Source> sources = new ArrayList<>();
        for (Source s : SourceList.parse(SplitFixture.sourcesOf(fixtureName)).sources()) {
            sources.add(s.withId(sources.size() + 1));
        }
        Transcript t = fixture.transcript();
        List<Entry> suggested = EpisodeSources.splitter(List.of(), sources).suggest(1, t);
        SourceLinker.Result linked = EpisodeSources.link(suggested, t, sources);
        return score(fixture, linked.entries(), sources);
    }

    static SourcesEvaluation score(SplitFixture fixture, List<Entry> entries, List<Source> sources) {
        Transcript t = fixture.transcript();
        int items = 0, titles = 0, summaries = 0;
        List<String> misses = new ArrayList<>(), shown = new ArrayList<>();
        List<SplitFixture.Segment> labelled = fixture.segments().stream()
                .filter(s -> s.kind() == EntryKind.ITEM && s.labelled()).toList();
        for (SplitFixture.Segment s : labelled) {
            items++;
            Entry e = holding(t, entries, s.firstCue());
            String title = e == null ? "" : e.title();
            String summary = e == null ? "" : e.summary();
            String itemText = itemText(fixture, s);
            boolean titleOk = titleKept(title, s);
            boolean summaryOk = summaryKept(summary, itemText);
            if (titleOk) titles++;
            if (summaryOk) summaries++;
            shown.add(fixture.name() + " | " + title + " | " + summary);
            if (!titleOk) misses.add(fixture.name() + ": title \"" + title + "\" (name " + s.title() + ", about " + s.what() + ")");
            if (!summaryOk) misses.add(fixture.name() + ": summary \"" + summary + "\" (" + summary.length() + ")");
        }
        Map<String, List<Source>> works = new LinkedHashMap<>();
        for (Source src : sources) works.computeIfAbsent(src.line() + src.title(), k -> new ArrayList<>()).add(src);
        int k = 0, right = 0;
        for (List<Source> work : works.values()) {
            Entry want = k < labelled.size() ? holding(t, entries, labelled.get(k).firstCue()) : null;
            Entry got = carrying(entries, work.get(0));
            boolean ok = want == null ? got == null : got != null && got == want;
            if (ok) right++;
            else misses.add(fixture.name() + ": link of \"" + work.get(0).title() + "\" on "
                    + (got == null ? "nothing" : "\"" + got.title() + "\"") + ", want "
                    + (want == null ? "nothing" : "\"" + want.title() + "\""));
            k++;
        }
        return new SourcesEvaluation(items, titles, summaries, works.size(), right, misses, shown);
    }

    static boolean titleKept(String title, SplitFixture.Segment s) {
        if (s.title().isEmpty()) return title.isEmpty();
        String prefix = s.title() + "：";
        if (!title.startsWith(prefix)) return false;
        String description = title.substring(prefix.length());
        int han = NOT_HAN.matcher(description).replaceAll("").length();
        return description.length() <= 20 && han >= 4 && s.what().stream().anyMatch(description::contains);
    }

    static boolean summaryKept(String summary, String itemText) {
        if (summary.isEmpty() || summary.length() > 100 || summary.contains("…")) return false;
        if ("。！？!?".indexOf(summary.charAt(summary.length() - 1)) < 0) return false;
        if (ASCII_COMMA_IN_CHINESE.matcher(summary).find()) return false;
        String source = NOT_HAN.matcher(itemText).replaceAll("");
        for (String clause : summary.split("[，。；：！？、]")) {
            String han = NOT_HAN.matcher(clause).replaceAll("");
            if (!han.isEmpty() && !nearlyIn(han, source)) return false;
        }
        return true;
    }

    /** In the text but for two characters: a name the summary spells as the sources do (云鹊 → 云雀). */
    private static boolean nearlyIn(String clause, String text) {
        if (text.contains(clause)) return true;
        for (int at = 0; at + clause.length() <= text.length(); at++) {
            int differ = 0;
            for (int i = 0; i < clause.length() && differ <= 2; i++) if (clause.charAt(i) != text.charAt(at + i)) differ++;
            if (differ <= 2) return true;
        }
        return false;
    }

    private static String itemText(SplitFixture f, SplitFixture.Segment s) {
        int i = f.segments().indexOf(s);
        int end = i + 1 < f.segments().size() ? f.segments().get(i + 1).firstCue() : f.transcript().size();
        Transcript t = f.transcript();
        return t.text().substring(t.startOf(s.firstCue()), t.endOf(end - 1));
    }

    private static Entry holding(Transcript t, List<Entry> entries, int cue) {
        for (Entry e : entries) {
            if (e.kind() == EntryKind.ITEM && t.indexOfCue(e.firstCueId()) <= cue && cue <= t.indexOfCue(e.lastCueId())) {
                return e;
            }
        }
        return null;
    }

    private static Entry carrying(List<Entry> entries, Source source) {
        for (Entry e : entries) for (Link l : e.links()) if (l.sourceId() == source.id()) return e;
        return null;
    }

    public SourcesEvaluation plus(SourcesEvaluation o) {
        List<String> m = new ArrayList<>(misses);
        m.addAll(o.misses);
        List<String> s = new ArrayList<>(shown);
        s.addAll(o.shown);
        return new SourcesEvaluation(items + o.items, titlesKept + o.titlesKept, summariesKept + o.summariesKept,
                works + o.works, linksRight + o.linksRight, m, s);
    }

    @Override
    public String toString() {
        return String.format("titles kept %d/%d, summaries kept %d/%d, links right %d/%d", titlesKept, items,
                summariesKept, items, linksRight, works);
    }
}

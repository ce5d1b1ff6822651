package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.Link;
import org.showdesk.model.LinkKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The values a template can use, built from an episode as plain maps, lists and strings (templates see
 * nothing else). Drafted text (titles, summaries, organizations, notes) is in the show's Chinese
 * typography. The default templates in resources/templates/ show every field; in short:
 * <pre>
 * show, episode.title, episode.id, episode.source, title (the suggested video title), itemCount, lead
 * ("本期…共20条：A、B、C 等。"),
 * intro / outro: {title, summary, time}, items / entries: {number, kind, isIntro, isItem, isOutro, title,
 * name, organizations, category, summary, time, notes, hasLinks, links: [{label, url, title}],
 * refs: [{ref, title, url}], linksMoved}, hasChapters, chapters: [{time, title}], tags: [strings],
 * tagsLine ("#a #b"), hashtags: [strings], hashtagsLine ("#a #b"), headline (first three works),
 * hasReferences, references: [{ref, title, url}], hasMovedLinks, movedLinkItems ("第12–20条")
 * </pre>
 * A field with no value is the empty string, which a section treats as false.
 */
final class TemplateValues {
    /** Works named in a title's headline before "等". */
    static final int HEADLINE_WORKS = 3;

    private TemplateValues() {
    }

    static Map<String, Object> of(Draft d, String title) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("show", d.showName);
        Map<String, Object> episode = new LinkedHashMap<>();
        episode.put("id", String.valueOf(d.content.episode().id()));
        episode.put("title", d.typeset(d.content.episode().title()));
        episode.put("source", nullToEmpty(d.content.episode().sourceName()));
        v.put("episode", episode);
        v.put("title", title);
        List<Object> entries = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        List<Object> references = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < d.content.entries().size(); i++) {
            Entry e = d.content.entries().get(i);
            if (e.kind() == EntryKind.ITEM) number++;
            Map<String, Object> m = entry(d, e, number, references);
            if (e.kind() == EntryKind.ITEM) {
                m.put("number", String.valueOf(number));
                items.add(m);
            } else {
                m.put("number", "");
                v.putIfAbsent(e.kind() == EntryKind.INTRO ? "intro" : "outro", m);
            }
            entries.add(m);
        }
        v.putIfAbsent("intro", false);
        v.putIfAbsent("outro", false);
        v.put("entries", entries);
        v.put("items", items);
        v.put("itemCount", String.valueOf(items.size()));
        String headline = headline(d.subjects().works(), HEADLINE_WORKS);
        v.put("headline", headline);
        v.put("lead", items.isEmpty() ? "" : d.typeset("本期" + d.showName + "共" + items.size() + "条"
                + (headline.isEmpty() ? "" : "：" + headline) + "。"));
        List<Object> chapterValues = new ArrayList<>();
        for (Chapter c : d.chapters().chapters()) chapterValues.add(Map.of("time", c.clock(), "title", d.typeset(c.title())));
        v.put("hasChapters", d.chapters().isShown());
        v.put("chapters", chapterValues);
        List<String> tags = d.tags();
        v.put("tags", List.copyOf(tags));
        v.put("tagsLine", hashLine(tags.stream().map(TitleAndTags::asHashtag).toList()));
        List<String> hashtags = d.hashtags();
        v.put("hashtags", List.copyOf(hashtags));
        v.put("hashtagsLine", hashLine(hashtags));
        v.put("hasReferences", !references.isEmpty());
        v.put("references", references);
        v.put("hasMovedLinks", false);
        v.put("movedLinkItems", "");
        return v;
    }

    /**
     * The same values with the links of the given items (by number) taken out of the items, for a
     * description too long to hold them: each such item is marked {@code linksMoved}.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withLinksMoved(Map<String, Object> values, SortedSet<Integer> itemNumbers) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        List<Object> items = new ArrayList<>();
        for (Object o : (List<Object>) values.get("items")) {
            Map<String, Object> item = new LinkedHashMap<>((Map<String, Object>) o);
            if (itemNumbers.contains(Integer.parseInt((String) item.get("number")))) {
                item.put("links", List.of());
                item.put("hasLinks", false);
                item.put("linksMoved", true);
            }
            items.add(item);
        }
        v.put("items", items);
        v.put("hasMovedLinks", !itemNumbers.isEmpty());
        v.put("movedLinkItems", itemNumbers.isEmpty() ? "" : "第" + ranges(itemNumbers) + "条");
        return v;
    }

    /** "12–14、16" for 12, 13, 14, 16. */
    static String ranges(SortedSet<Integer> numbers) {
        List<String> parts = new ArrayList<>();
        Integer start = null, previous = null;
        for (int n : numbers) {
            if (start != null && n == previous + 1) {
                previous = n;
                continue;
            }
            if (start != null) parts.add(range(start, previous));
            start = n;
            previous = n;
        }
        if (start != null) parts.add(range(start, previous));
        return String.join("、", parts);
    }

    private static String range(int from, int to) {
        return from == to ? String.valueOf(from) : to == from + 1 ? from + "、" + to : from + "–" + to;
    }

    /** @param itemNumber the item's number in the list (for an intro or outro: the last item's before it) */
    private static Map<String, Object> entry(Draft d, Entry e, int itemNumber, List<Object> references) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("isIntro", e.kind() == EntryKind.INTRO);
        m.put("isItem", e.kind() == EntryKind.ITEM);
        m.put("isOutro", e.kind() == EntryKind.OUTRO);
        String title = d.typeset(e.title().isBlank() ? Chapters.titleOf(e, itemNumber) : e.title().strip());
        m.put("title", title);
        m.put("name", TitleAndTags.workName(title));
        m.put("organizations", d.typeset(String.join("、", e.organizations())));
        m.put("category", e.category());
        m.put("summary", d.typeset(e.summary().strip()));
        Long start = Chapters.startOf(e, d.content.transcript());
        m.put("time", start == null ? "" : TimeCodes.clock(Math.max(0, start + d.content.episode().timeOffsetMs())));
        m.put("notes", d.typeset(e.notes().strip()));
        List<Object> links = new ArrayList<>();
        List<Object> refs = new ArrayList<>();
        for (Link link : Links.publishable(e.links())) {
            String linkTitle = d.typeset(link.title().strip());
            links.add(Map.of("label", link.kind().label(), "url", link.url(), "title", linkTitle));
            if (e.kind() != EntryKind.ITEM) continue;
            String ref = "[" + (references.size() + 1) + "]";
            String name = TitleAndTags.workName(title).isEmpty() ? title : TitleAndTags.workName(title);
            String refTitle = linkTitle.isEmpty() ? name + " · " + chineseLabel(link.kind()) : linkTitle;
            Map<String, Object> r = Map.of("ref", ref, "title", refTitle, "url", link.url());
            refs.add(r);
            references.add(r);
        }
        m.put("hasLinks", !links.isEmpty());
        m.put("links", links);
        m.put("refs", refs);
        m.put("linksMoved", false);
        return m;
    }

    private static String chineseLabel(LinkKind kind) {
        return switch (kind) {
            case PAPER -> "论文";
            case CODE -> "代码";
            case PROJECT -> "项目主页";
            case OTHER -> "链接";
        };
    }

    /** The first works by name, for a title: "SynCLR、RichDreamer、MathPile 等". */
    static String headline(List<String> works, int count) {
        int n = Math.min(count, works.size());
        String head = String.join("、", works.subList(0, n));
        return n > 0 && works.size() > n ? head + " 等" : head;
    }

    private static String hashLine(List<String> tags) {
        return String.join(" ", tags.stream().filter(t -> !t.isEmpty()).map(t -> "#" + t).toList());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

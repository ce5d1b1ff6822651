package org.showdesk.draft;

import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a template can use, built from an episode as plain maps, lists and strings (templates see
 * nothing else). The default templates in resources/templates/ show every field; in short:
 * <pre>
 * show, episode.title, episode.id, episode.source, title (the suggested video title), itemCount,
 * intro / outro: {title, summary, time}, items / entries: {number, kind, isIntro, isItem, isOutro, title,
 * organizations, category, summary, time, notes, links: [{label, url}]}, hasChapters,
 * chapters: [{time, title}], tags: [strings], tagsLine ("#a #b"), headline (first three works)
 * </pre>
 * A field with no value is the empty string, which a section treats as false.
 */
final class TemplateValues {
    private TemplateValues() {
    }

    static Map<String, Object> of(EpisodeContent content, String showName, Chapters.Plan chapters, String title,
                                  List<String> tags) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("show", showName == null ? "" : showName);
        Map<String, Object> episode = new LinkedHashMap<>();
        episode.put("id", String.valueOf(content.episode().id()));
        episode.put("title", content.episode().title());
        episode.put("source", nullToEmpty(content.episode().sourceName()));
        v.put("episode", episode);
        v.put("title", title);
        List<Object> entries = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < content.entries().size(); i++) {
            Entry e = content.entries().get(i);
            Map<String, Object> m = entry(e, content, i);
            if (e.kind() == EntryKind.ITEM) {
                m.put("number", String.valueOf(++number));
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
        v.put("headline", headline(content.entries()));
        List<Object> chapterValues = new ArrayList<>();
        for (Chapter c : chapters.chapters()) chapterValues.add(Map.of("time", c.clock(), "title", c.title()));
        v.put("hasChapters", chapters.isShown());
        v.put("chapters", chapterValues);
        v.put("tags", List.copyOf(tags));
        v.put("tagsLine", String.join(" ", tags.stream().map(t -> "#" + t.replace(" ", "")).toList()));
        return v;
    }

    private static Map<String, Object> entry(Entry e, EpisodeContent content, int index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("isIntro", e.kind() == EntryKind.INTRO);
        m.put("isItem", e.kind() == EntryKind.ITEM);
        m.put("isOutro", e.kind() == EntryKind.OUTRO);
        m.put("title", e.title().isBlank() ? Chapters.titleOf(e, index) : e.title().strip());
        m.put("organizations", String.join("、", e.organizations()));
        m.put("category", e.category());
        m.put("summary", e.summary().strip());
        Long start = Chapters.startOf(e, content.transcript());
        m.put("time", start == null ? "" : TimeCodes.clock(start));
        m.put("notes", e.notes().strip());
        List<Object> links = new ArrayList<>();
        for (Link link : Links.publishable(e.links())) links.add(Map.of("label", link.kind().label(), "url", link.url()));
        m.put("links", links);
        return m;
    }

    /** The first three works by name, for a title. */
    private static String headline(List<Entry> entries) {
        List<String> names = entries.stream().filter(e -> e.kind() == EntryKind.ITEM && !e.title().isBlank())
                .map(e -> e.title().strip()).toList();
        String head = String.join("、", names.subList(0, Math.min(3, names.size())));
        return names.size() > 3 ? head + " 等" : head;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

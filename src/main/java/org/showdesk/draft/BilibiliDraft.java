package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.OutputPart;
import org.showdesk.model.LengthReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What Bilibili's upload form takes, each field under its own heading: 标题, 简介, 标签, and — when the links
 * would push the 简介 past 2000 字 — a block for the pinned comment (置顶评论) or a 动态 with the links that did
 * not fit, numbered like the items. Nothing is cut: what is still too long is reported with a plan.
 */
final class BilibiliDraft {
    private BilibiliDraft() {
    }

    /** @param values the template values, with the suggested title */
    static Output render(Draft d, TemplateSet templates, Map<String, Object> values, List<String> notes) {
        String title = (String) values.get("title");
        String description = Exporter.tidy(templates.render("bilibili", values));
        int full = PlatformLimits.characters(description);
        SortedSet<Integer> moved = new TreeSet<>();
        List<Integer> withLinks = itemsWithLinks(values);
        // Move links out from the last item back, until the 简介 fits or none are left in it.
        for (int k = withLinks.size() - 1; k >= 0 && PlatformLimits.characters(description) > PlatformLimits.BILIBILI_DESCRIPTION_CHARS; k--) {
            moved.add(withLinks.get(k));
            description = Exporter.tidy(templates.render("bilibili", TemplateValues.withLinksMoved(values, moved)));
        }
        String pinned = moved.isEmpty() ? "" : pinnedBlock(values, moved);
        if (!moved.isEmpty()) {
            notes.add("With every link the 简介 would be " + full + " / " + PlatformLimits.BILIBILI_DESCRIPTION_CHARS
                    + " 字: the links of items " + TemplateValues.ranges(moved) + " are in the 置顶评论 / 动态 block instead.");
        }
        int length = PlatformLimits.characters(description);
        if (length > PlatformLimits.BILIBILI_DESCRIPTION_CHARS) notes.add(cutPlan(values, length));
        List<String> tags = d.tags();
        List<OutputPart> parts = new ArrayList<>();
        parts.add(new OutputPart("title", "标题", title, List.of(
                new LengthReport("Bilibili title", "characters", PlatformLimits.characters(title), PlatformLimits.BILIBILI_TITLE_CHARS))));
        parts.add(new OutputPart("description", "简介", description, List.of(
                new LengthReport("Bilibili 简介", "characters", length, PlatformLimits.BILIBILI_DESCRIPTION_CHARS))));
        parts.add(new OutputPart("tags", "标签", String.join("\n", tags) + "\n", List.of(
                new LengthReport("Bilibili tags", "tags", tags.size(), PlatformLimits.BILIBILI_TAGS))));
        if (!pinned.isEmpty()) {
            parts.add(new OutputPart("pinned", "置顶评论 / 动态", pinned, List.of(
                    LengthReport.unlimited("Bilibili 置顶评论 / 动态", "characters", PlatformLimits.characters(pinned)))));
        }
        List<LengthReport> lengths = new ArrayList<>(PlatformLimits.bilibili(description, title, tags));
        parts.stream().filter(p -> p.key().equals("pinned")).forEach(p -> lengths.addAll(p.lengths()));
        return new Output(OutputFormat.BILIBILI, sections(parts), lengths, notes, title, tags, parts);
    }

    /** The file a host reads top to bottom: each part under a heading that says what it is and how long. */
    private static String sections(List<OutputPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (OutputPart p : parts) {
            if (sb.length() > 0) sb.append('\n');
            LengthReport r = p.lengths().get(0);
            String unit = r.unit().equals("tags") ? " 个" : " 字";
            sb.append("【").append(p.heading()).append("】 ").append(r.count())
                    .append(r.hasLimit() ? " / " + r.limit() : "").append(unit).append('\n');
            sb.append(p.text().endsWith("\n") ? p.text() : p.text() + "\n");
        }
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> itemsWithLinks(Map<String, Object> values) {
        List<Integer> out = new ArrayList<>();
        for (Object o : (List<Object>) values.get("items")) {
            Map<String, Object> item = (Map<String, Object>) o;
            if (!((List<Object>) item.get("links")).isEmpty()) out.add(Integer.parseInt((String) item.get("number")));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static String pinnedBlock(Map<String, Object> values, SortedSet<Integer> moved) {
        StringBuilder sb = new StringBuilder("本期链接（接简介）：\n");
        for (Object o : (List<Object>) values.get("items")) {
            Map<String, Object> item = (Map<String, Object>) o;
            if (!moved.contains(Integer.parseInt((String) item.get("number")))) continue;
            sb.append('\n').append(item.get("number")).append(". ").append(item.get("title")).append('\n');
            for (Object l : (List<Object>) item.get("links")) {
                Map<String, Object> link = (Map<String, Object>) l;
                sb.append(link.get("label")).append("：").append(link.get("url")).append('\n');
            }
        }
        return sb.toString();
    }

    /** Over the limit with no link left to move: where the host can cut, the longest summaries first. */
    @SuppressWarnings("unchecked")
    private static String cutPlan(Map<String, Object> values, int length) {
        int over = length - PlatformLimits.BILIBILI_DESCRIPTION_CHARS;
        List<Map<String, Object>> items = new ArrayList<>();
        for (Object o : (List<Object>) values.get("items")) items.add((Map<String, Object>) o);
        items.sort(Comparator.comparingInt((Map<String, Object> m) -> PlatformLimits.characters((String) m.get("summary"))).reversed());
        List<String> longest = new ArrayList<>();
        int room = 0;
        for (Map<String, Object> m : items) {
            int chars = PlatformLimits.characters((String) m.get("summary"));
            if (chars == 0 || (room >= over && longest.size() >= 3)) break;
            longest.add("item " + m.get("number") + " (" + chars + " 字)");
            room += chars;
        }
        return "Even with every link in the 置顶评论 block the 简介 is " + length + " / "
                + PlatformLimits.BILIBILI_DESCRIPTION_CHARS + " 字: cut " + over + " more"
                + (longest.isEmpty() ? "." : " — the longest summaries are " + String.join(", ", longest) + ".");
    }
}

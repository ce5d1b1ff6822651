package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.OutputPart;
import org.showdesk.model.LengthReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Bilibili's upload form takes, each field under its own heading: 标题, 简介, 标签, and — when the links
 * would push the 简介 past 2000 字 — a block for the pinned comment (置顶评论) or a 动态 with the links that did
 * not fit, numbered like the items. Nothing is cut: what is still too long is reported with a plan.
 */
final class BilibiliDraft {
    private BilibiliDraft() {
    }

    private static final DescriptionFit.Measure CHARACTERS = new DescriptionFit.Measure(PlatformLimits::characters,
            PlatformLimits.BILIBILI_DESCRIPTION_CHARS, "字");

    /** @param values the template values, with the suggested title */
    static Output render(Draft d, TemplateSet templates, Map<String, Object> values, List<String> notes) {
        String title = (String) values.get("title");
        DescriptionFit.Result fit = DescriptionFit.fit(values, v -> Exporter.tidy(templates.render("bilibili", v)),
                CHARACTERS, "本期链接（接简介）：");
        String description = fit.description();
        if (!fit.moved().isEmpty()) {
            notes.add("With every link the 简介 would be " + fit.full() + " / " + PlatformLimits.BILIBILI_DESCRIPTION_CHARS
                    + " 字: the links of items " + TemplateValues.ranges(fit.moved()) + " are in the 置顶评论 / 动态 block instead.");
        }
        long estimated = d.content.entries().stream().filter(e -> e.kind() == org.showdesk.model.EntryKind.ITEM
                && e.startMs() != null && e.startEstimated()).count();
        if (estimated > 0) {
            notes.add(estimated + " item time(s) in the 简介 are estimates (≈ in the entry list): check them against "
                    + "the video, then confirm them or set them from the player.");
        }
        int length = PlatformLimits.characters(description);
        if (!CHARACTERS.fits(description)) notes.add(DescriptionFit.cutPlan(values, description, CHARACTERS, "置顶评论", "简介"));
        List<String> tags = d.tags();
        List<OutputPart> parts = new ArrayList<>();
        parts.add(new OutputPart("title", "标题", title, List.of(
                new LengthReport("Bilibili title", "characters", PlatformLimits.characters(title), PlatformLimits.BILIBILI_TITLE_CHARS))));
        parts.add(new OutputPart("description", "简介", description, List.of(
                new LengthReport("Bilibili 简介", "characters", length, PlatformLimits.BILIBILI_DESCRIPTION_CHARS))));
        parts.add(new OutputPart("tags", "标签", String.join("\n", tags) + "\n", List.of(
                new LengthReport("Bilibili tags", "tags", tags.size(), PlatformLimits.BILIBILI_TAGS))));
        if (!fit.pinned().isEmpty()) {
            parts.add(new OutputPart("pinned", "置顶评论 / 动态", fit.pinned(), List.of(
                    LengthReport.unlimited("Bilibili 置顶评论 / 动态", "characters", PlatformLimits.characters(fit.pinned())))));
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
}

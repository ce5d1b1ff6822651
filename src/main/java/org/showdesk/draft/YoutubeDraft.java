package org.showdesk.draft;

import org.showdesk.model.LengthReport;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.OutputPart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What YouTube's upload page takes: the title, and the description with its chapters and hashtags, in the
 * episode's script. YouTube counts the description in UTF-8 bytes (5000, three to a Chinese character), so a
 * Chinese description with every link can be too long: the last items' links then go to a block for the pinned
 * comment, as on Bilibili, and what is still too long is reported with a plan. Nothing is cut.
 */
final class YoutubeDraft {
    private static final DescriptionFit.Measure BYTES = new DescriptionFit.Measure(PlatformLimits::utf8Bytes,
            PlatformLimits.YOUTUBE_DESCRIPTION_BYTES, "bytes");

    private YoutubeDraft() {
    }

    /** @param values the template values, with the suggested title */
    static Output render(Draft d, TemplateSet templates, Map<String, Object> values, List<String> notes) {
        String title = d.inScript((String) values.get("title"));
        DescriptionFit.Result fit = DescriptionFit.fit(values,
                v -> d.inScript(Exporter.tidy(templates.render("youtube", v))), BYTES, d.inScript("本期链接（接说明）："));
        String text = fit.description();
        // Which names are converted character by character: moving links changes no name, so the full text tells.
        d.noteNamesWithoutOwnForm(Exporter.tidy(templates.render("youtube", values)), notes);
        if (!fit.moved().isEmpty()) {
            notes.add("With every link the YouTube description would be " + fit.full() + " / "
                    + PlatformLimits.YOUTUBE_DESCRIPTION_BYTES + " UTF-8 bytes: the links of items "
                    + TemplateValues.ranges(fit.moved()) + " are in the pinned-comment block instead.");
        }
        if (!BYTES.fits(text)) notes.add(DescriptionFit.cutPlan(values, text, BYTES, "pinned-comment", "description"));
        notes.addAll(PlatformLimits.youtubeDescriptionProblems(text));
        List<String> hashtags = d.hashtags().stream().map(d::inScript).toList();
        List<LengthReport> lengths = new ArrayList<>(PlatformLimits.youtube(text, title));
        List<OutputPart> parts = new ArrayList<>();
        parts.add(new OutputPart("title", "Title", title, lengths.subList(2, 3)));
        parts.add(new OutputPart("description", "Description", text, lengths.subList(0, 2)));
        if (!fit.pinned().isEmpty()) {
            LengthReport pinned = LengthReport.unlimited("YouTube pinned comment", "characters",
                    PlatformLimits.characters(fit.pinned()));
            parts.add(new OutputPart("pinned", "Pinned comment", fit.pinned(), List.of(pinned)));
            lengths.add(pinned);
        }
        parts.add(new OutputPart("hashtags", "Hashtags", String.join(" ", hashtags.stream().map(h -> "#" + h).toList()),
                List.of(new LengthReport("YouTube hashtags", "tags", hashtags.size(), TitleAndTags.MAX_HASHTAGS))));
        return new Output(OutputFormat.YOUTUBE, sections(parts), List.copyOf(lengths), notes, title, hashtags, parts);
    }

    /**
     * The file a host reads top to bottom: title, description, pinned comment, each under a heading with its
     * length. The hashtags are not repeated: they close the description, where YouTube reads them.
     */
    private static String sections(List<OutputPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (OutputPart p : parts) {
            if (p.key().equals("hashtags")) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append("【").append(p.heading()).append("】 ").append(String.join(", ", p.lengths().stream()
                    .map(r -> r.count() + (r.hasLimit() ? " / " + r.limit() : "") + " " + r.unit()).toList())).append('\n');
            sb.append(p.text().endsWith("\n") ? p.text() : p.text() + "\n");
        }
        return sb.toString();
    }
}

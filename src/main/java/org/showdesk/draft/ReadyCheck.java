package org.showdesk.draft;

import org.showdesk.model.ReadyReport;
import org.showdesk.model.ReadyItem;
import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.LengthReport;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.ShowdeskException;

import java.util.ArrayList;
import java.util.List;

/**
 * "Ready to publish?" for the rundown and the outputs: items without a title, summary, link or time, fields
 * longer than a published field should be, and outputs over a platform's limit. Pure: the app layer adds
 * what only it can see (open findings, unmatched sources) with {@link ReadyReport#with}.
 */
public final class ReadyCheck {
    /** An item title shows in full in chapter lists and 公众号 headings up to about this length. */
    public static final int ENTRY_TITLE_CHARS = 70;
    /** One or two sentences: longer summaries make the 简介 too long for 20 items. */
    public static final int SUMMARY_CHARS = 100;

    private final Exporter exporter;

    public ReadyCheck(Exporter exporter) {
        this.exporter = exporter;
    }

    public ReadyReport check(EpisodeContent content, String showName, ExportOptions options) {
        List<ReadyItem> out = new ArrayList<>();
        int number = 0;
        for (Entry e : content.entries()) {
            if (e.kind() != EntryKind.ITEM) continue;
            checkItem(e, ++number, content, out);
        }
        if (number == 0) {
            out.add(new ReadyItem(ReadyItem.Kind.NO_ITEMS, 0, "No news items yet: split the transcript into entries."));
            return new ReadyReport(out);
        }
        for (OutputFormat format : List.of(OutputFormat.BILIBILI, OutputFormat.YOUTUBE, OutputFormat.WECHAT)) {
            checkOutput(format, content, showName, options, out);
        }
        return new ReadyReport(out);
    }

    private static void checkItem(Entry e, int number, EpisodeContent content, List<ReadyItem> out) {
        String name = "Item " + number + (e.title().isBlank() ? "" : " \"" + e.title().strip() + "\"");
        long id = e.id();
        if (e.title().isBlank()) {
            out.add(new ReadyItem(ReadyItem.Kind.ITEM_WITHOUT_TITLE, id, name + ": no title — type the work's name and what it does."));
        } else if (PlatformLimits.characters(e.title().strip()) > ENTRY_TITLE_CHARS) {
            out.add(overLimit(id, name, "title", PlatformLimits.characters(e.title().strip()), ENTRY_TITLE_CHARS));
        }
        if (e.summary().isBlank()) {
            out.add(new ReadyItem(ReadyItem.Kind.ITEM_WITHOUT_SUMMARY, id, name + ": no summary — one or two sentences on what is new."));
        } else if (PlatformLimits.characters(e.summary().strip()) > SUMMARY_CHARS) {
            out.add(overLimit(id, name, "summary", PlatformLimits.characters(e.summary().strip()), SUMMARY_CHARS));
        }
        if (Links.publishable(e.links()).isEmpty()) {
            String why = e.links().isEmpty() ? "no link" : "no link that can be published (only http and https pages are)";
            out.add(new ReadyItem(ReadyItem.Kind.ITEM_WITHOUT_LINK, id, name + ": " + why + " — add the paper, code or project page."));
        }
        if (Chapters.startOf(e, content.transcript()) == null) {
            out.add(new ReadyItem(ReadyItem.Kind.ITEM_WITHOUT_TIME, id, name + ": no start time — set it from the video for its chapter."));
        } else if (e.startEstimated()) {
            out.add(new ReadyItem(ReadyItem.Kind.TIME_ESTIMATED, id, name + ": the start time "
                    + TimeCodes.clock(e.startMs()) + " is an estimate — check it against the video."));
        }
    }

    private static ReadyItem overLimit(long id, String name, String field, int count, int limit) {
        return new ReadyItem(ReadyItem.Kind.FIELD_OVER_LIMIT, id, name + ": the " + field + " is " + count
                + " characters, over " + limit + " — cut " + (count - limit) + ".");
    }

    private void checkOutput(OutputFormat format, EpisodeContent content, String showName, ExportOptions options,
                             List<ReadyItem> out) {
        Output output;
        try {
            output = exporter.render(format, content, showName, options);
        } catch (ShowdeskException e) {
            out.add(new ReadyItem(ReadyItem.Kind.OUTPUT_PROBLEM, 0, format.cliName() + ": " + e.getMessage()));
            return;
        }
        for (LengthReport r : output.lengths()) {
            if (r.isOver()) out.add(new ReadyItem(ReadyItem.Kind.OUTPUT_OVER_LIMIT, 0, r.message()));
        }
        if (format == OutputFormat.YOUTUBE) {
            Chapters.Plan chapters = Chapters.plan(content.entries(), content.transcript(), content.episode().timeOffsetMs(),
                    content.episode().timesEstimated());
            if (!chapters.isShown()) {
                // the notes say "No chapters: …" themselves
                out.add(new ReadyItem(ReadyItem.Kind.OUTPUT_PROBLEM, 0, "YouTube: " + String.join(" ", chapters.notes())));
            }
        }
    }
}

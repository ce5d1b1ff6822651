package org.showdesk.draft;

import org.showdesk.model.Output;
import org.showdesk.model.OutputFormat;
import org.showdesk.model.OutputPart;
import org.showdesk.model.LengthReport;
import org.showdesk.model.TemplateException;
import org.showdesk.model.Entry;
import org.showdesk.model.EntryKind;
import org.showdesk.model.EpisodeContent;
import org.showdesk.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one entry point for every output of an episode. Pure: no files, no store; the caller saves or
 * copies {@link Output#text()}. Nothing is ever cut to fit a platform — lengths come back as
 * {@link LengthReport}s and problems as notes.
 */
public final class Exporter {
    private final TemplateSet templates;
    private final WordBreaks words;

    public Exporter(TemplateSet templates) {
        this(templates, WordBreaks.NONE);
    }

    /** @param words where Chinese words are, so subtitles cut from estimated times do not split them */
    public Exporter(TemplateSet templates, WordBreaks words) {
        this.templates = templates;
        this.words = words;
    }

    /** With the default templates. */
    public Exporter() {
        this(TemplateSet.defaults());
    }

    /** With the default options: Simplified Chinese, no glossary. */
    public Output render(OutputFormat format, EpisodeContent content, String showName) {
        return render(format, content, showName, ExportOptions.defaults());
    }

    /**
     * @param showName the show's name, used in titles, tags and the JSON
     * @param options  script, glossary and typography (see {@link ExportOptions})
     * @throws TemplateException              when a template of the show is broken (with line and column)
     * @throws org.showdesk.model.ShowdeskException for SRT/VTT of a transcript without timings
     */
    public Output render(OutputFormat format, EpisodeContent content, String showName, ExportOptions options) {
        Draft d = new Draft(content, showName, options);
        List<String> notes = new ArrayList<>();
        if (d.traditional() && !format.convertsScript()) {
            notes.add(format.cliName() + " stays in Simplified Chinese: Traditional Chinese is made for youtube, md, html, txt, srt and vtt.");
        }
        return switch (format) {
            case BILIBILI -> {
                noteUnfinishedEntries(content, notes);
                yield BilibiliDraft.render(d, templates, values(d, notes), notes);
            }
            case YOUTUBE -> youtube(d, notes);
            case MD -> plain(format, markdown(d, notes), notes);
            case HTML -> plain(format, ShowNotesHtml.page(d.inScript(d.typeset(content.episode().title())),
                    markdown(d, notes), options.script()), notes);
            case WECHAT -> wechat(d, notes);
            case TXT -> plain(format, d.inScript(TranscriptParagraphs.txt(content.transcript(), content.entries())), notes);
            case SRT -> plain(format, TranscriptExport.srt(content.episode(), d.transcriptInScript(), notes, words), notes);
            case VTT -> plain(format, TranscriptExport.vtt(content.episode(), d.transcriptInScript(), notes, words), notes);
            case JSON -> plain(format, EpisodeJson.write(content, showName), notes);
        };
    }

    /**
     * The show notes as one styled {@code <article>} element (no page around it), to put on the clipboard
     * as HTML: pasted into a rich editor it keeps its look. Same safety as the HTML export.
     */
    public String showNotesFragment(EpisodeContent content, String showName) {
        return showNotesFragment(content, showName, ExportOptions.defaults());
    }

    public String showNotesFragment(EpisodeContent content, String showName, ExportOptions options) {
        Draft d = new Draft(content, showName, options);
        return ShowNotesHtml.fragment(markdown(d, new ArrayList<>()), options.script());
    }

    /** The WeChat article as one styled {@code <section>}, for the clipboard as rich text. */
    public String wechatFragment(EpisodeContent content, String showName, ExportOptions options) {
        Draft d = new Draft(content, showName, options);
        return WechatArticle.fragment(wechatMarkdown(d, new ArrayList<>()));
    }

    /** The values the templates see, e.g. for a template editor's preview or field list. */
    public Map<String, Object> templateValues(EpisodeContent content, String showName) {
        return templateValues(content, showName, ExportOptions.defaults());
    }

    public Map<String, Object> templateValues(EpisodeContent content, String showName, ExportOptions options) {
        return values(new Draft(content, showName, options), new ArrayList<>());
    }

    private Output youtube(Draft d, List<String> notes) {
        noteUnfinishedEntries(d.content, notes);
        notes.addAll(d.chapters().notes());
        return YoutubeDraft.render(d, templates, values(d, notes), notes);
    }

    private Output wechat(Draft d, List<String> notes) {
        String markdown = wechatMarkdown(d, notes);
        String title = d.typeset(d.content.episode().title());
        String fragment = WechatArticle.fragment(markdown);
        return new Output(OutputFormat.WECHAT, WechatArticle.page(title, markdown),
                WechatArticle.lengths(fragment), notes, title, List.of());
    }

    private String wechatMarkdown(Draft d, List<String> notes) {
        noteUnfinishedEntries(d.content, notes);
        return tidy(templates.render("wechat", values(d, notes)));
    }

    /**
     * The template values with the suggested title: the title template with as many works in its headline as
     * fit Bilibili's 80 字 (the stricter of the two sites), in the show's typography.
     */
    private Map<String, Object> values(Draft d, List<String> notes) {
        Map<String, Object> values = TemplateValues.of(d, "");
        List<String> works = d.subjects().works();
        String title = "";
        for (int n = TemplateValues.HEADLINE_WORKS; n >= 0; n--) {
            values.put("headline", TemplateValues.headline(works, n));
            title = d.typeset(TitleAndTags.firstLine(templates.render("title", values)));
            if (PlatformLimits.characters(title) <= PlatformLimits.BILIBILI_TITLE_CHARS) break;
            if (n == 0) {
                notes.add("The title is " + PlatformLimits.characters(title) + " characters even without works in it; "
                        + "Bilibili allows " + PlatformLimits.BILIBILI_TITLE_CHARS
                        + ": shorten the episode's title or the title template.");
            }
        }
        values.put("title", title);
        return values;
    }

    private String markdown(Draft d, List<String> notes) {
        noteUnfinishedEntries(d.content, notes);
        String simplified = tidy(templates.render("md", values(d, notes)));
        d.noteNamesWithoutOwnForm(simplified, notes);
        return d.inScript(simplified);
    }


    private static Output plain(OutputFormat format, String text, List<String> notes) {
        List<LengthReport> lengths = List.of(LengthReport.unlimited(format.cliName(), "characters", PlatformLimits.characters(text)));
        return new Output(format, text, lengths, notes, "", List.of());
    }

    /** What an output publishes that the host has not finished: placeholder titles and links left out. */
    private static void noteUnfinishedEntries(EpisodeContent content, List<String> notes) {
        noteUntitledItems(content, notes);
        noteUnpublishableLinks(content, notes);
    }

    private static void noteUntitledItems(EpisodeContent content, List<String> notes) {
        int number = 0;
        for (Entry e : content.entries()) {
            if (e.kind() != EntryKind.ITEM) continue;
            number++;
            if (e.title().isBlank()) {
                notes.add("Item " + number + " has no title yet: it is published as \"" + Chapters.untitledItem(number)
                        + "\" — type the work's name and what it does.");
            }
        }
    }

    private static void noteUnpublishableLinks(EpisodeContent content, List<String> notes) {
        for (Entry e : content.entries()) {
            for (LinkIssue issue : Links.check(e.links())) {
                if (issue.problem() == LinkIssue.Problem.INVALID) {
                    Link link = e.links().get(issue.index());
                    notes.add("Left out of \"" + (e.title().isBlank() ? "untitled entry" : e.title()) + "\": "
                            + link.url() + " — " + issue.message());
                }
            }
        }
    }

    /** Templates leave runs of blank lines where optional sections were empty; two line breaks are enough. */
    static String tidy(String text) {
        String t = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return t + "\n";
    }
}
